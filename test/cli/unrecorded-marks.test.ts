import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { SAMPLE, useTempDir } from '../helpers/cli-inputs';
import { spawnCli } from '../helpers/spawn-cli';

/**
 * Marks of ours that the workbook's record does not cover, on real files: the tester's marked sheet copied into
 * another workbook without our record (移动或复制工作表), and a marked row pasted over a clean one.
 */

const NOTE_HEADER = '【推荐表校验助手】';
const MARK_FILLS = new Set(['FFFFC7CE', 'FFFFEB9C']);
const MARKS_PRESENT = '本工作簿仍带有校验标记';
const UNRECORDED = '原底色无法确定';
const OURS = ['校验报告', '汇总-按单位', '汇总-按方向', '汇总-按推荐单位', 'quota-check-marks'];

const tmp = useTempDir();

async function open(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

const noteOf = (cell: ExcelJS.Cell) => JSON.stringify(cell.note ?? null);

/** The cells that still carry our note or a mark's fill, as `sheet!A1`. */
function marksLeft(workbook: ExcelJS.Workbook): string[] {
  const left: string[] = [];
  for (const worksheet of workbook.worksheets)
    worksheet.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        const fill = cell.fill?.type === 'pattern' ? cell.fill.fgColor?.argb : undefined;
        if (noteOf(cell).includes(NOTE_HEADER) || (fill !== undefined && MARK_FILLS.has(fill)))
          left.push(`${worksheet.name}!${cell.address}`);
      }),
    );
  return left;
}

/** The cells the sentence of unrecorded marks names, as `sheet!A1`: `请核对：福田区 A6、B6；南山区 A6`. */
function namedCells(stdout: string): string[] {
  const line = stdout.split('\n').find((text) => text.includes(UNRECORDED))!;
  return line
    .slice(line.indexOf('请核对：') + '请核对：'.length)
    .split('；')
    .flatMap((places) => {
      const [sheet, refs] = places.split(' ');
      return refs!.split('、').map((ref) => `${sheet}!${ref}`);
    });
}

/** The sample, marked by the command. */
function marked(): string {
  const input = tmp.current().copy(SAMPLE.workbook, 'recommendation.xlsx');
  const copy = tmp.current().file('marked.xlsx');
  expect(spawnCli([input, '--out', copy]).status).toBe(1);
  return copy;
}

/**
 * The marked sample's sheets copied into a province's workbook without our sheets, its record among them; and the
 * duplicate project fixed there (福田区 D8 renamed).
 */
async function copiedWithoutRecord(): Promise<string> {
  const workbook = await open(marked());
  for (const name of OURS) workbook.removeWorksheet(workbook.getWorksheet(name)!.id);
  workbook.getWorksheet('福田区')!.getCell('D8').value = '城市轨道交通客流智能调度系统';
  const path = tmp.current().file('copied.xlsx');
  await workbook.xlsx.writeFile(path);
  return path;
}

describe('a marked sheet copied into another workbook without our record', () => {
  test('is reported as still carrying marks, in JSON and in text', async () => {
    const copied = await copiedWithoutRecord();
    const json = spawnCli([copied, '--json']);
    expect((JSON.parse(json.stdout) as { marksPresent: boolean }).marksPresent).toBe(true);
    expect(spawnCli([copied]).stdout).toContain(MARKS_PRESENT);
  });

  test('is cleared of every mark, with the cells named whose fill could not be known; the input is unchanged', async () => {
    const copied = await copiedWithoutRecord();
    const before = sha256(copied);
    const marksBefore = marksLeft(await open(copied));
    expect(marksBefore).toContain('福田区!D8');
    const cleared = tmp.current().file('cleared.xlsx');
    const run = spawnCli([copied, '--clear', '--out', cleared]);
    expect(run.status).toBe(0);
    expect(namedCells(run.stdout).sort()).toEqual([...marksBefore].sort());
    expect(marksLeft(await open(cleared))).toEqual([]);
    expect(sha256(copied)).toBe(before);
    expect(spawnCli([cleared]).stdout).not.toContain(MARKS_PRESENT);
  });

  test('is marked again without the stale marks of the fixed duplicate, and then cleared of all', async () => {
    const copied = await copiedWithoutRecord();
    const remarked = tmp.current().file('remarked.xlsx');
    const run = spawnCli([copied, '--out', remarked]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(UNRECORDED);
    const fixed = (await open(remarked)).getWorksheet('福田区')!;
    expect(noteOf(fixed.getCell('D8'))).not.toContain(NOTE_HEADER);
    expect(fixed.getCell('D8').fill?.type === 'pattern' && fixed.getCell('D8').fill).not.toMatchObject({
      pattern: 'solid',
    });
    // The row is still past the recommender's cap: its 序号 cell names that finding alone, no longer the project's.
    expect(noteOf(fixed.getCell('A8'))).toContain('I 列');
    expect(noteOf(fixed.getCell('A8'))).not.toContain('D 列');
    const cleared = tmp.current().file('cleared.xlsx');
    const clear = spawnCli([remarked, '--clear', '--all', '--out', cleared]);
    expect(clear.status).toBe(0);
    expect(clear.stdout).not.toContain(UNRECORDED);
    expect(marksLeft(await open(cleared))).toEqual([]);
  });
});

describe('a marked row pasted over a clean row in the marked copy', () => {
  test('is cleared with the recorded marks, and its cells are named', async () => {
    const workbook = await open(marked());
    const sheet = workbook.getWorksheet('福田区')!;
    for (const column of ['A', 'D']) {
      const from = sheet.getCell(`${column}8`);
      const to = sheet.getCell(`${column}15`);
      to.style = structuredClone(from.style);
      to.note = from.note!;
    }
    const pasted = tmp.current().file('pasted.xlsx');
    await workbook.xlsx.writeFile(pasted);
    const before = sha256(pasted);
    const cleared = tmp.current().file('cleared.xlsx');
    const run = spawnCli([pasted, '--clear', '--all', '--out', cleared]);
    expect(run.status).toBe(0);
    expect(namedCells(run.stdout)).toEqual(['福田区!A15', '福田区!D15']);
    expect(marksLeft(await open(cleared))).toEqual([]);
    expect(sha256(pasted)).toBe(before);
  });
});

describe('a marked copy with a marked row deleted and another pasted', () => {
  test('is cleared with the lost row named by its unit and project and the pasted cells named apart', async () => {
    const workbook = await open(marked());
    const sheet = workbook.getWorksheet('福田区')!;
    const [unit, project] = [sheet.getCell('B12').text, sheet.getCell('D12').text];
    sheet.spliceRows(12, 1);
    for (const column of ['A', 'D']) {
      const to = sheet.getCell(`${column}15`);
      to.style = structuredClone(sheet.getCell(`${column}8`).style);
      to.note = sheet.getCell(`${column}8`).note!;
    }
    const edited = tmp.current().file('edited.xlsx');
    await workbook.xlsx.writeFile(edited);
    const cleared = tmp.current().file('cleared.xlsx');
    const run = spawnCli([edited, '--clear', '--all', '--out', cleared]);
    expect(run.status).toBe(0);
    const lines = run.stdout.split('\n');
    const lost = lines.find((line) => line.includes('找不到'))!;
    expect(lost).toContain(
      `福田区：申报单位“${unit.replace(/\s/gu, '')}”、项目名称“${project.replace(/\s/gu, '')}”（原第 12 行）`,
    );
    expect(lost).not.toContain(UNRECORDED);
    const unrecorded = lines.find((line) => line.includes(UNRECORDED))!;
    expect(namedCells(unrecorded)).toEqual(['福田区!A15', '福田区!D15']);
    expect(marksLeft(await open(cleared))).toEqual([]);
  });
});
