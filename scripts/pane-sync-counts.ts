/**
 * `npx tsx scripts/pane-sync-counts.ts [rows…]`: the `context.sync()` calls the task pane's three actions make
 * through the Office.js adapter, from the in-memory fake Excel: 开始校验's read (the engine itself makes none), its
 * marking (marks, report sheet, record), and 清除标记. Prints one line per size (default 100, 10,000, 100,000 rows).
 */
import { check } from '../src/core/check';
import { defaultProfile } from '../src/core/profile';
import { officeWorkbook } from '../src/excel/office-workbook';
import { writeTexts } from '../src/i18n/write-texts';
import { clearMarks } from '../src/workbook/clear-marks';
import { markWorkbook } from '../src/workbook/mark-workbook';
import { FakeExcel, type FakeCellInput } from '../test/helpers/fake-excel';
import { validUscc } from '../test/helpers/uscc';

/** A title of eight CJK characters that differs from every other row's in most of them. */
const title = (i: number): string =>
  Array.from({ length: 8 }, (_, k) => String.fromCharCode(0x4e00 + ((i * 7919 + k * 104729) % 20000))).join(
    '',
  );

/** A table of `rows` projects: every 40th unit applies four times (errors), every 10th phone lacks digits (warnings). */
function workbook(rows: number): FakeExcel {
  const excel = new FakeExcel();
  const body: FakeCellInput[][] = Array.from({ length: rows }, (_, i) => {
    const unit = i % 40 < 4 ? Math.floor(i / 40) * 40 : i;
    return [
      i + 1,
      `第${unit}号人工智能科技有限公司`,
      validUscc(unit),
      title(i),
      '智能传感器',
      '核心基础',
      i % 10 === 0 ? '12345' : '13912345678',
    ];
  });
  excel.addSheet({
    name: '推荐表',
    rows: [['序号', '申报单位', '统一社会信用代码', '项目名称', '揭榜方向', '所属类别', '联系电话'], ...body],
  });
  return excel;
}

async function figures(rows: number) {
  const excel = workbook(rows);
  const port = officeWorkbook(excel.host);
  const profile = defaultProfile();
  const grid = await port.read();
  const read = excel.log.syncs.length;
  const outcome = check(grid, { profile });
  if (!outcome.ok) throw new Error(outcome.failure);
  const before = excel.log.syncs.length;
  await markWorkbook(port, grid, outcome.result, {
    profile,
    texts: writeTexts('zh-CN'),
    checkedAt: '2026-11-25 09:30',
    summaries: false,
  });
  const mark = excel.log.syncs.length - before;
  const beforeClear = excel.log.syncs.length;
  // A failure is a figure too: the fake refuses what Excel would refuse (a response over 5 MB, say).
  const clear = await clearMarks(port, profile, false).then(
    (cleared) => (cleared.ok ? String(excel.log.syncs.length - beforeClear) : cleared.reason),
    (error: unknown) =>
      `fails after ${excel.log.syncs.length - beforeClear} (${(error as { code?: string }).code ?? String(error)})`,
  );
  return {
    rows,
    findings: outcome.result.findings.length,
    check: read,
    mark,
    clear,
    largestRequestKB: Math.round(Math.max(...excel.log.syncs.map((s) => s.requestBytes)) / 1024),
    largestResponseKB: Math.round(Math.max(...excel.log.syncs.map((s) => s.responseBytes)) / 1024),
  };
}

async function main(sizes: number[]) {
  console.log('rows\tfindings\tcheck\tmark\tclear\tlargest request\tlargest response');
  for (const rows of sizes) {
    const f = await figures(rows);
    console.log(
      `${f.rows}\t${f.findings}\t${f.check}\t${f.mark}\t${f.clear}\t${f.largestRequestKB} KB\t${f.largestResponseKB} KB`,
    );
  }
}

const sizes = process.argv.slice(2).map(Number);
void main(sizes.length > 0 ? sizes : [100, 10_000, 100_000]);
