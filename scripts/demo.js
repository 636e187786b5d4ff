#!/usr/bin/env node
// `npm run demo`: checks the bundled sample workbook with the bundled previous-winners list, prints the report for
// people and writes it, with the JSON report and the marked copy of the workbook, under out/. The sample has planted
// problems, so the check's own exit code is 1; the demo succeeds whenever the check ran.
'use strict';
const { spawnSync } = require('node:child_process');
const { mkdirSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..');
const cli = join(root, 'bin', 'quota-check.js');
const args = [
  join(root, 'samples', 'recommendation-sample.xlsx'),
  '--winners',
  join(root, 'samples', 'previous-winners-sample.csv'),
];

function run(extra) {
  const result = spawnSync(process.execPath, [cli, ...args, ...extra], { encoding: 'utf8' });
  if (result.status !== 0 && result.status !== 1) {
    process.stderr.write(result.stderr);
    process.exit(result.status ?? 2);
  }
  return result.stdout;
}

const outDir = join(root, 'out');
mkdirSync(outDir, { recursive: true });
const marked = join(outDir, 'sample-已校验.xlsx');
const text = run(['--out', marked]);
writeFileSync(join(outDir, 'sample-report.txt'), text);
writeFileSync(join(outDir, 'sample-report.json'), run(['--json']));
process.stdout.write(text);
process.stdout.write(
  `\n报告已写入 ${join('out', 'sample-report.txt')} 和 ${join('out', 'sample-report.json')}；` +
    `带校验标记的副本：${join('out', 'sample-已校验.xlsx')}\n`,
);
