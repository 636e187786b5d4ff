import { readTableFile } from '../../src/xlsx/read-table-file';
import { failureOf } from '../helpers/failure';
import { cfbBytes } from '../helpers/cli-inputs';
import { latin1, xlsxBytes } from '../helpers/xlsx';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const UTF8_BOM = [0xef, 0xbb, 0xbf];
/** 申报单位 in GBK. */
const GBK_UNIT = [0xc9, 0xea, 0xb1, 0xa8, 0xb5, 0xa5, 0xce, 0xbb];

const values = (grid: Awaited<ReturnType<typeof readTableFile>>) =>
  grid.sheets[0]?.rows.map((row) => row.map((cell) => cell?.value));

describe('readTableFile', () => {
  it('reads a UTF-8 CSV with a BOM into one sheet named after the file', async () => {
    const bytes = new Uint8Array([
      ...UTF8_BOM,
      ...utf8('项目名称,申报单位\r\n智能工厂,华科智能有限公司\r\n'),
    ]);
    const grid = await readTableFile(bytes, 'lists/往届入围名单.csv', 'winners-unreadable');
    expect(grid.sheets).toHaveLength(1);
    expect(grid.sheets[0]?.name).toBe('往届入围名单');
    expect(grid.sheets[0]?.visibility).toBe('visible');
    expect(values(grid)).toEqual([
      ['项目名称', '申报单位'],
      ['智能工厂', '华科智能有限公司'],
    ]);
    expect(grid.sheets[0]?.rows[1]?.[0]).toEqual({ value: '智能工厂', text: '智能工厂' });
  });

  it('reads a GBK CSV as saved by Chinese Windows Excel', async () => {
    const bytes = new Uint8Array([...GBK_UNIT, ...latin1(',A\r\n')]);
    expect(values(await readTableFile(bytes, 'winners.CSV', 'winners-unreadable'))).toEqual([
      ['申报单位', 'A'],
    ]);
  });

  it('keeps blank lines, so that row numbers are line numbers, and keeps codes as text', async () => {
    const csv = '单位,代码\n\n"华科, 北京","0911"\n"多行\n标题",911201163000123456\n';
    expect(values(await readTableFile(utf8(csv), 'w.csv', 'winners-unreadable'))).toEqual([
      ['单位', '代码'],
      [undefined],
      ['华科, 北京', '0911'],
      ['多行\n标题', '911201163000123456'],
    ]);
  });

  it('reads a .txt whose lines are separated by commas and hold no tab as comma-separated, a title line too', async () => {
    const text = '前期揭榜优胜项目名单\n项目名称,申报单位\n甲项目,甲科技有限公司\n乙项目,乙科技有限公司';
    expect(values(await readTableFile(utf8(text), 'winners.txt', 'winners-unreadable'))).toEqual([
      ['前期揭榜优胜项目名单'],
      ['项目名称', '申报单位'],
      ['甲项目', '甲科技有限公司'],
      ['乙项目', '乙科技有限公司'],
    ]);
  });

  it('keeps a comma in one line of a one-column .txt in its text', async () => {
    const text = '智能传感器\n机器翻译, 多语种\n人工智能训练资源库';
    expect(values(await readTableFile(utf8(text), 'directions.txt', 'directions-unreadable'))).toEqual([
      ['智能传感器'],
      ['机器翻译, 多语种'],
      ['人工智能训练资源库'],
    ]);
  });

  it('reads a .txt or .tsv as tab-separated, commas included in the text', async () => {
    const text = '方向\t类别\n智能传感器\t基础\n机器翻译, 多语种\t应用';
    const expected = [
      ['方向', '类别'],
      ['智能传感器', '基础'],
      ['机器翻译, 多语种', '应用'],
    ];
    expect(values(await readTableFile(utf8(text), 'directions.txt', 'directions-unreadable'))).toEqual(
      expected,
    );
    expect(values(await readTableFile(utf8(text), 'directions.tsv', 'directions-unreadable'))).toEqual(
      expected,
    );
  });

  it('reads a .csv that is tab-separated as such, and a one-column .csv whole', async () => {
    const tabs = '项目名称\t申报单位\n智能工厂, 一期\t华科智能有限公司\n';
    expect(values(await readTableFile(utf8(tabs), 'winners.csv', 'winners-unreadable'))).toEqual([
      ['项目名称', '申报单位'],
      ['智能工厂, 一期', '华科智能有限公司'],
    ]);
    const commas = '项目名称,申报单位\n"智能\t工厂",华科智能有限公司\n';
    expect(values(await readTableFile(utf8(commas), 'winners.csv', 'winners-unreadable'))).toEqual([
      ['项目名称', '申报单位'],
      ['智能\t工厂', '华科智能有限公司'],
    ]);
    const oneColumn = '揭榜方向\n智能传感器\n机器翻译系统\n';
    expect(values(await readTableFile(utf8(oneColumn), 'directions.csv', 'directions-unreadable'))).toEqual([
      ['揭榜方向'],
      ['智能传感器'],
      ['机器翻译系统'],
    ]);
  });

  it('reads a .csv that is semicolon-separated as such, as Excel saves it where the comma is the decimal mark', async () => {
    const semicolons = '揭榜方向;项目名称;申报单位\r\n智能传感器;"惯导模组, 一期";华科智能有限公司\r\n';
    expect(values(await readTableFile(utf8(semicolons), 'winners.csv', 'winners-unreadable'))).toEqual([
      ['揭榜方向', '项目名称', '申报单位'],
      ['智能传感器', '惯导模组, 一期', '华科智能有限公司'],
    ]);
  });

  it('reads an .xlsx saved under a .csv name as the workbook it is', async () => {
    const bytes = await xlsxBytes((workbook) => {
      const sheet = workbook.addWorksheet('优胜名单');
      sheet.addRow(['项目名称', '申报单位']);
      sheet.addRow(['智能工厂', '华科智能有限公司']);
    });
    const grid = await readTableFile(bytes, 'winners.csv', 'winners-unreadable');
    expect([grid.sheets[0]?.name, values(grid)]).toEqual([
      '优胜名单',
      [
        ['项目名称', '申报单位'],
        ['智能工厂', '华科智能有限公司'],
      ],
    ]);
  });

  it('says that an empty file is empty, whatever its name', async () => {
    for (const file of ['winners.csv', 'directions.xlsx', 'winners.txt']) {
      const failure = await failureOf(readTableFile(new Uint8Array(), file, 'winners-unreadable'));
      expect([failure.key, failure.values]).toEqual(['file-empty', { file }]);
    }
  });

  it('reads an .xlsx as a workbook', async () => {
    const bytes = await xlsxBytes((workbook) => {
      const sheet = workbook.addWorksheet('2020年入围');
      sheet.addRow(['项目名称', '申报单位']);
      sheet.addRow(['智能工厂', '华科智能有限公司']);
    });
    const grid = await readTableFile(bytes, 'winners.xlsx', 'winners-unreadable');
    expect(grid.sheets[0]?.name).toBe('2020年入围');
    expect(values(grid)).toEqual([
      ['项目名称', '申报单位'],
      ['智能工厂', '华科智能有限公司'],
    ]);
  });

  it('fails with the given key for an unreadable .xlsx or an unknown extension', async () => {
    const cases: [Uint8Array, string, 'winners-unreadable' | 'directions-unreadable'][] = [
      [latin1('a,b\n'), 'winners.xlsx', 'winners-unreadable'],
      [utf8('a,b\n'), 'winners.xls', 'winners-unreadable'],
      [utf8('a,b\n'), 'winners', 'winners-unreadable'],
    ];
    for (const [bytes, file, key] of cases) {
      const failure = await failureOf(readTableFile(bytes, file, key));
      expect([failure.key, failure.values]).toEqual([key, { file }]);
    }
  });

  it('says that a list published as a legacy .xls is one, to be saved as .xlsx, and reads an .xlsx named .xls', async () => {
    const legacy = await failureOf(readTableFile(cfbBytes(), '2020年优胜名单.xls', 'winners-unreadable'));
    expect([legacy.key, legacy.values]).toEqual(['legacy-xls', { file: '2020年优胜名单.xls' }]);
    const bytes = await xlsxBytes((workbook) =>
      workbook.addWorksheet('名单').addRow(['项目名称', '申报单位']),
    );
    const grid = await readTableFile(bytes, '优胜名单.xls', 'winners-unreadable');
    expect(grid.sheets.map((sheet) => sheet.name)).toEqual(['名单']);
  });

  it('says that an .xlsx list cut short is damaged, in the sentence that tells how to get it whole', async () => {
    const whole = await xlsxBytes((workbook) =>
      workbook.addWorksheet('优胜名单').addRow(['项目名称', '申报单位']),
    );
    const cut = whole.subarray(0, whole.length - 100);
    const failure = await failureOf(readTableFile(cut, 'winners.xlsx', 'winners-unreadable'));
    expect([failure.key, failure.values]).toEqual(['workbook-damaged', { file: 'winners.xlsx' }]);
  });

  it('names the line where a CSV field opens a quote it does not close properly', async () => {
    const cases: [string, string][] = [
      ['单位,项目\n华科,"未闭合的引号\n下一行\n', '2'],
      ['单位,项目\n"多行\n单位",智能工厂\n某局,"基于"大模型"的翻译\n', '4'],
    ];
    for (const [csv, line] of cases) {
      const failure = await failureOf(readTableFile(utf8(csv), 'lists/winners.csv', 'winners-unreadable'));
      expect([failure.key, failure.values]).toEqual(['csv-quotes', { file: 'lists/winners.csv', line }]);
    }
  });
});
