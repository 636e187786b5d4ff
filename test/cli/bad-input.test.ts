import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { SAMPLE, cfbBytes, garbageBytes, useTempDir, zipOfTextFile } from '../helpers/cli-inputs';
import { expectChineseFailure, expectFailure } from '../helpers/cli-failure';
import { spawnCli } from '../helpers/spawn-cli';
import { editParts, twoProjects, xlsxBytes } from '../helpers/xlsx';

const tmp = useTempDir();

/** The bundled sample, copied into the test's temp dir. */
function sample(): string {
  return tmp.current().copy(SAMPLE.workbook, 'recommendation.xlsx');
}

describe('the workbook cannot be read', () => {
  test('a file that does not exist', () => {
    const missing = tmp.current().file('no-such-file.xlsx');
    expectChineseFailure(spawnCli([missing]), ['找不到文件', 'no-such-file.xlsx', '请检查路径']);
  });

  test('a directory given as the file', () => {
    const folder = tmp.current().file('folder.xlsx');
    mkdirSync(folder);
    expectChineseFailure(spawnCli([folder]), ['是一个文件夹', 'folder.xlsx']);
  });

  test('an empty (0-byte) .xlsx', () => {
    const empty = tmp.current().write('empty.xlsx', new Uint8Array(0));
    expectChineseFailure(spawnCli([empty]), ['empty.xlsx', '是空的', '重新下载']);
  });

  test('the owner file that Excel keeps beside an open workbook (~$推荐表.xlsx), picked in its place', () => {
    const owner = new Uint8Array(165);
    owner.set(new TextEncoder().encode('\u000bZhang San'));
    const file = tmp.current().write('~$推荐表.xlsx', owner);
    expectChineseFailure(spawnCli([file]), ['~$推荐表.xlsx', '临时文件', '不是推荐表本身', '不以“~$”']);
  });

  test('random bytes named .xlsx', () => {
    const random = tmp.current().write('random.xlsx', garbageBytes());
    expectChineseFailure(spawnCli([random]), ['random.xlsx', '不是 Excel 工作簿', '另存为']);
  });

  test('a CSV text renamed .xlsx', () => {
    const csv = tmp
      .current()
      .write('renamed.xlsx', '序号,申报单位,项目名称\r\n1,深圳市示例科技有限公司,示例项目\r\n');
    expectChineseFailure(spawnCli([csv]), ['renamed.xlsx', 'CSV', '不是 Excel 工作簿', '另存为']);
  });

  test('an HTML table and an XML Spreadsheet 2003 file saved as .xls: told what they are', () => {
    const html = tmp
      .current()
      .write(
        '导出.xls',
        '<html><head><style>td{font-family:宋体, serif}</style></head><body><table><tr><td>申报单位</td></tr></table></body></html>',
      );
    expectChineseFailure(spawnCli([html]), ['导出.xls', '网页（HTML）', '另存为 .xlsx']);
    const xml = tmp
      .current()
      .write(
        '推荐表.xls',
        '<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet/></Workbook>',
      );
    expectChineseFailure(spawnCli([xml]), ['推荐表.xls', 'XML 电子表格 2003', '另存为 .xlsx']);
  });

  test('a .zip attachment holding the workbook: told to extract it first', async () => {
    const zip = new JSZip();
    zip.file('推荐表.xlsx', await xlsxBytes((workbook) => workbook.addWorksheet('S')));
    const attachment = tmp.current().write('附件.zip', await zip.generateAsync({ type: 'uint8array' }));
    expectChineseFailure(spawnCli([attachment]), ['附件.zip', '压缩包', '解压']);
  });

  test('a legacy .xls (OLE2 compound file)', () => {
    const xls = tmp.current().write('推荐汇总表.xls', cfbBytes());
    expectChineseFailure(spawnCli([xls]), ['推荐汇总表.xls', '旧版 .xls', '另存为']);
  });

  test('a password-protected .xlsx (OLE2 with an EncryptedPackage stream)', () => {
    const encrypted = tmp.current().write('locked.xlsx', cfbBytes({ encrypted: true }));
    expectChineseFailure(spawnCli([encrypted]), ['locked.xlsx', '密码']);
  });

  test('a zip that is no workbook', async () => {
    const zip = tmp.current().write('archive.xlsx', await zipOfTextFile());
    expectChineseFailure(spawnCli([zip]), ['archive.xlsx', '不是 Excel 工作簿', '另存为']);
  });

  test('the stamped scan (a PDF), a Word document or a binary workbook picked in place of the .xlsx', async () => {
    const pdf = tmp.current().write('推荐汇总表（盖章）.pdf', '%PDF-1.7\n%\xe2\xe3\n1 0 obj\n');
    expectChineseFailure(spawnCli([pdf]), [
      '推荐汇总表（盖章）.pdf',
      '是一个 PDF 文件',
      '请选择推荐表的 Excel 文件',
    ]);
    const docx = tmp.current().write('申报书.docx', await zipOfTextFile('word/document.xml'));
    expectChineseFailure(spawnCli([docx]), ['申报书.docx', '是一份 Word 文档', '请选择推荐表的 Excel 文件']);
    const xlsb = tmp.current().write('推荐汇总表.xlsb', await zipOfTextFile('xl/workbook.bin'));
    expectChineseFailure(spawnCli([xlsb]), ['推荐汇总表.xlsb', '二进制工作簿（.xlsb）', '另存为']);
  });

  test('a truncated .xlsx (a download cut short)', () => {
    const whole = readFileSync(SAMPLE.workbook);
    const cut = tmp.current().write('cut.xlsx', whole.subarray(0, Math.floor(whole.length / 2)));
    expectChineseFailure(spawnCli([cut]), ['cut.xlsx', '已损坏', '重新下载']);
  });

  test('a workbook with zero sheets', async () => {
    const none = tmp.current().write('no-sheets.xlsx', await xlsxBytes(() => undefined));
    expectChineseFailure(spawnCli([none]), ['no-sheets.xlsx', '没有任何工作表']);
  });

  test('a workbook whose only sheet is empty (no table)', async () => {
    const blank = tmp
      .current()
      .write('blank.xlsx', await xlsxBytes((workbook) => workbook.addWorksheet('Sheet1')));
    expectChineseFailure(spawnCli([blank]), ['blank.xlsx', '没有找到推荐表', '--sheet']);
  });

  test('formulas in the table that the file holds no result of (written by a program that does not calculate)', async () => {
    const uncalculated = await xlsxBytes((workbook: ExcelJS.Workbook) => {
      workbook.calcProperties.fullCalcOnLoad = true;
      const sheet = workbook.addWorksheet('深圳');
      sheet.addRow(['序号', '申报单位', '项目名称', '揭榜方向', '是否推荐']);
      for (let i = 1; i <= 8; i++) {
        sheet.addRow([i, `单位${i}`, `项目${i}号`, '智能传感器']);
        sheet.getCell(i + 1, 5).value = { formula: `IF(A${i + 1}>0,"是","否")`, date1904: false };
      }
    });
    const file = tmp.current().write('openpyxl.xlsx', uncalculated);
    expectChineseFailure(spawnCli([file]), ['“深圳”', 'E2', '没有保存计算结果', '保存一次']);
  });

  test('formulas saved without a result and no request to calculate (POI, EasyExcel, excelize: =B5 “同上”)', async () => {
    const bytes = await xlsxBytes((workbook: ExcelJS.Workbook) => {
      const sheet = workbook.addWorksheet('江岸区');
      sheet.addRow(['序号', '申报单位', '项目名称', '揭榜方向']);
      for (let i = 1; i <= 4; i++) sheet.addRow([i, '甲科技有限公司', `项目${i}号`, '智能传感器']);
    });
    const sameAsAbove = await editParts(bytes, {
      'xl/worksheets/sheet1.xml': (xml) =>
        xml.replace(
          /<c r="B([3-5])" t="s"><v>\d+<\/v><\/c>/gu,
          (_, row: string) => `<c r="B${row}"><f>B${Number(row) - 1}</f></c>`,
        ),
    });
    const file = tmp.current().write('poi.xlsx', sameAsAbove);
    expectChineseFailure(spawnCli([file]), ['“江岸区”', 'B3', '没有保存计算结果', '保存一次']);
  });

  test('formulas whose stored results are all XlsxWriter’s placeholder 0 (是否推荐 read 0 on every row)', async () => {
    const placeholders = await xlsxBytes((workbook: ExcelJS.Workbook) => {
      workbook.calcProperties.fullCalcOnLoad = true;
      const sheet = workbook.addWorksheet('深圳');
      sheet.addRow(['序号', '申报单位', '项目名称', '揭榜方向', '是否推荐']);
      for (let i = 1; i <= 8; i++) {
        sheet.addRow([i, `单位${i}`, `项目${i}号`, '智能传感器']);
        sheet.getCell(i + 1, 5).value = { formula: `IF(A${i + 1}>0,"是","否")`, result: 0, date1904: false };
      }
    });
    const file = tmp.current().write('xlsxwriter.xlsx', placeholders);
    expectChineseFailure(spawnCli([file]), ['“深圳”', 'E2', '没有保存计算结果', '保存一次']);
  });

  test('a blank template: the header, numbers and a total, and no project filled in', async () => {
    const blank = await xlsxBytes((workbook: ExcelJS.Workbook) => {
      const sheet = workbook.addWorksheet('推荐汇总表');
      sheet.addRow(['推荐单位（盖章）：']);
      sheet.addRow(['序号', '申报单位', '统一社会信用代码', '项目名称', '所属类别', '揭榜方向', '联系电话']);
      for (let i = 1; i <= 15; i++) sheet.addRow([i]);
      sheet.addRow(['合计']);
    });
    const file = tmp.current().write('template.xlsx', blank);
    expectChineseFailure(spawnCli([file, '--json']), ['template.xlsx', '推荐汇总表', '没有填写任何项目']);
  });

  test('no recognisable table in any sheet', async () => {
    const words = await xlsxBytes((workbook: ExcelJS.Workbook) => {
      const first = workbook.addWorksheet('会议纪要');
      first.getCell('A1').value = '会议纪要';
      first.getCell('B3').value = '天气晴';
      first.getCell('C5').value = '午餐 12:00';
      const second = workbook.addWorksheet('Sheet2');
      second.getCell('A1').value = '备忘';
      second.getCell('A2').value = 42;
    });
    const file = tmp.current().write('notes.xlsx', words);
    expectChineseFailure(spawnCli([file]), ['notes.xlsx', '没有找到推荐表']);
  });

  test('--sheet naming a sheet without a table: told of that sheet, not of every sheet of the workbook', () => {
    const run = spawnCli([sample(), '--sheet', '填表说明']);
    expectChineseFailure(run, ['填表说明', '没有找到推荐表', '--sheet']);
    expect(run.stderr).not.toContain('各个工作表');
  });

  test.each(['校验报告', '汇总-按方向'])(
    '--sheet naming %s, a sheet of ours: told that it is never checked, and the officer’s sheets',
    (ours) => {
      const marked = tmp.current().file('marked.xlsx');
      expect(spawnCli([sample(), '--out', marked]).status).toBe(1);
      const run = spawnCli([marked, '--sheet', ours]);
      expectChineseFailure(run, [`“${ours}”`, '本工具生成', '填表说明、南山区、福田区', '--sheet']);
      expect(run.stderr).not.toContain('没有找到推荐表');
    },
  );

  test('--sheet naming none of many sheets: told the nearest names first, and how many sheets there are', async () => {
    const file = tmp.current().file('districts.xlsx');
    writeFileSync(
      file,
      await xlsxBytes((workbook) => {
        for (let i = 1; i <= 30; i++) workbook.addWorksheet(`第${i}区`).addRows(twoProjects());
        workbook.addWorksheet('南山区推荐表').addRows(twoProjects());
      }),
    );
    const run = spawnCli([file, '--sheet', '南山区']);
    expectChineseFailure(run, [
      '没有名为',
      '“南山区”',
      '其中的工作表有：南山区推荐表、第1区',
      '等 31 张',
      '--sheet',
    ]);
    expect(run.stderr).not.toContain('第30区');
  });

  test('--sheet naming a sheet that does not exist: told the names of the sheets there are', () => {
    expectChineseFailure(spawnCli([sample(), '--sheet', '不存在的表']), [
      '没有名为',
      '不存在的表',
      '其中的工作表有：填表说明、南山区、福田区',
      '--sheet',
    ]);
  });
});

describe('a side file cannot be read', () => {
  test('--winners pointing at a missing file', () => {
    const missing = tmp.current().file('no-winners.csv');
    expectChineseFailure(spawnCli([sample(), '--winners', missing]), ['找不到文件', 'no-winners.csv']);
  });

  test.each([
    ['--winners', '前期揭榜优胜项目名单'],
    ['--directions', '揭榜方向清单'],
    ['--profile', '政策配置文件'],
  ])('%s pointing at a folder: told that it is a folder, and asked for that list in it', (option, list) => {
    const folder = tmp.current().file('lists');
    mkdirSync(folder);
    expectChineseFailure(spawnCli([sample(), option, folder]), [
      '是一个文件夹',
      `请指定其中的${list}`,
      'lists',
    ]);
  });

  test('--winners pointing at a garbage .xlsx', () => {
    const garbage = tmp.current().write('winners.xlsx', garbageBytes());
    expectChineseFailure(spawnCli([sample(), '--winners', garbage]), [
      '无法读取前期揭榜优胜项目名单',
      'winners.xlsx',
    ]);
  });

  test('--winners pointing at garbage bytes named .csv', () => {
    const garbage = tmp.current().write('winners.csv', garbageBytes());
    expectChineseFailure(spawnCli([sample(), '--winners', garbage]), ['前期揭榜优胜项目名单', 'winners.csv']);
  });

  test('--winners pointing at a CSV without a 项目名称 column, nor a 揭榜方向 beside its units', () => {
    const csv = tmp
      .current()
      .write('winners.csv', '申报单位,推荐单位\r\n深圳市示例科技有限公司,深圳市工业和信息化局\r\n');
    expectChineseFailure(spawnCli([sample(), '--winners', csv]), [
      '前期揭榜优胜项目名单',
      'winners.csv',
      '项目名称',
    ]);
  });

  test.each(['winners.csv', 'winners.xlsx'])(
    '--winners pointing at an empty %s: told that it is empty',
    (name) => {
      const empty = tmp.current().write(name, '');
      expectChineseFailure(spawnCli([sample(), '--winners', empty]), [name, '是空的', '重新下载']);
    },
  );

  test('--winners pointing at a CSV of its header alone', () => {
    const csv = tmp.current().write('winners.csv', '揭榜方向,项目名称,申报单位,推荐单位\r\n');
    expectChineseFailure(spawnCli([sample(), '--winners', csv]), [
      '前期揭榜优胜项目名单',
      'winners.csv',
      '没有读到任何优胜项目',
    ]);
  });

  test('--winners pointing at an .xlsx whose formulas the file holds no results of', async () => {
    const uncalculated = await xlsxBytes((workbook: ExcelJS.Workbook) => {
      const sheet = workbook.addWorksheet('优胜名单');
      sheet.addRow(['序号', '揭榜方向', '项目名称', '申报单位']);
      sheet.addRow([
        1,
        { formula: '"智能传感器"' },
        { formula: '"车规级惯性测量单元"' },
        { formula: '"甲公司"' },
      ]);
    });
    const list = tmp.current().write('winners.xlsx', uncalculated);
    expectChineseFailure(spawnCli([sample(), '--winners', list]), [
      'winners.xlsx',
      '“优胜名单”',
      'B2',
      '没有保存计算结果',
      '保存一次',
    ]);
  });

  test('--directions pointing at an .xlsx whose formulas the file holds no results of', async () => {
    const uncalculated = await xlsxBytes((workbook: ExcelJS.Workbook) => {
      const sheet = workbook.addWorksheet('方向清单');
      sheet.addRow(['所属类别', '揭榜方向']);
      sheet.addRow(['核心基础', '智能传感器']);
      sheet.addRow([{ formula: '"重点产品"' }, { formula: '"机器翻译系统"' }]);
    });
    const list = tmp.current().write('directions.xlsx', uncalculated);
    expectChineseFailure(spawnCli([sample(), '--directions', list]), [
      'directions.xlsx',
      '“方向清单”',
      'A3',
      '没有保存计算结果',
      '保存一次',
    ]);
  });

  test.each([
    ['--winners', 'a password', { encrypted: true }, ['密码', '取消密码']],
    ['--winners', 'a legacy .xls', {}, ['旧版 .xls', '另存为']],
    ['--directions', 'a password', { encrypted: true }, ['密码', '取消密码']],
    ['--directions', 'a legacy .xls', {}, ['旧版 .xls', '另存为']],
  ])(
    '%s pointing at an .xlsx with %s: told what the file is, not asked for the .xlsx it already is',
    (option, _, kind, keyWords) => {
      const list = tmp.current().write('list.xlsx', cfbBytes(kind));
      expectChineseFailure(spawnCli([sample(), option, list]), ['list.xlsx', ...keyWords]);
    },
  );

  test('--directions pointing at a garbage .xlsx', () => {
    const garbage = tmp.current().write('directions.xlsx', garbageBytes());
    expectChineseFailure(spawnCli([sample(), '--directions', garbage]), [
      '无法读取揭榜方向清单',
      'directions.xlsx',
    ]);
  });

  test('--directions pointing at an empty .txt', () => {
    const empty = tmp.current().write('directions.txt', '');
    expectChineseFailure(spawnCli([sample(), '--directions', empty]), [
      '揭榜方向清单',
      'directions.txt',
      '没有任何方向',
    ]);
  });

  test('--directions pointing at a workbook renamed .txt', () => {
    const renamed = tmp.current().copy(SAMPLE.workbook, 'directions.txt');
    expectChineseFailure(spawnCli([sample(), '--directions', renamed]), [
      '无法读取揭榜方向清单',
      'directions.txt',
      '.txt（每行一个方向）',
    ]);
  });

  test.each([
    // 智能传感器, a line break
    ['--directions', 'directions.txt', [0xd6, 0xc7, 0xc4, 0xdc, 0xb4, 0xab, 0xb8, 0xd0, 0xc6, 0xf7, 0x0a]],
    // 揭榜方向,项目名称,申报单位 and a line break
    [
      '--winners',
      'winners.csv',
      [
        0xbd, 0xd2, 0xb0, 0xf1, 0xb7, 0xbd, 0xcf, 0xf2, 0x2c, 0xcf, 0xee, 0xc4, 0xbf, 0xc3, 0xfb, 0xb3, 0xc6,
        0x2c, 0xc9, 0xea, 0xb1, 0xa8, 0xb5, 0xa5, 0xce, 0xbb, 0x0d, 0x0a,
      ],
    ],
  ])('%s pointing at %s whose UTF-8 BOM stands before GBK text', (option, name, gbk) => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...gbk]);
    expectChineseFailure(spawnCli([sample(), option, tmp.current().write(name, bytes)]), [
      name,
      'UTF-8',
      '另存为',
      '不带 BOM 的 GBK',
    ]);
  });

  test('--winners pointing at a CSV with a quote left open', () => {
    const csv = tmp
      .current()
      .write('winners.csv', '揭榜方向,项目名称,申报单位\r\n机器翻译系统,"基于"大模型"的翻译,某公司\r\n');
    expectChineseFailure(spawnCli([sample(), '--winners', csv]), [
      'winners.csv',
      '第 2 行',
      '引号不成对',
      '另存为',
    ]);
  });

  test('--profile with invalid JSON: told where the error is', () => {
    const trailingComma = '{\n  "id": "my-2022",\n  "caps": { "province": 20, },\n}\n';
    const profile = tmp.current().write('profile.json', trailingComma);
    expectChineseFailure(spawnCli([sample(), '--profile', profile]), [
      '政策配置文件',
      'profile.json',
      '不是有效的 JSON',
      '第 3 行第 29 列',
    ]);
    const cut = tmp.current().write('cut.json', '{ "id": "miit-ai-2021", ');
    expectChineseFailure(spawnCli([sample(), '--profile', cut]), [
      'cut.json',
      '不是有效的 JSON',
      '第 1 行第 25 列',
    ]);
  });

  test('--profile without an id: told that it is missing, and where the bundled profile to copy is', () => {
    const profile = tmp.current().write('profile.json', '{ "caps": { "province": 20 } }\n');
    const run = spawnCli([sample(), '--profile', profile]);
    expectChineseFailure(run, ['profile.json', '缺少“id”一项']);
    const bundled = /自带的配置文件“([^”]+)”/u.exec(run.stderr)?.[1];
    expect(bundled && existsSync(bundled) && bundled.endsWith('miit-ai-2021.json')).toBe(true);
  });

  test('--profile with valid JSON of the wrong shape', () => {
    const profile = tmp.current().write('profile.json', JSON.stringify({ id: 2021, caps: 'none' }));
    const run = spawnCli([sample(), '--profile', profile]);
    expectChineseFailure(run, ['政策配置文件', 'profile.json', '格式不对', '“id”一项']);
    expect(run.stderr).not.toMatch(/Invalid|Expected/u);
  });

  test('--profile with a JSON array', () => {
    const profile = tmp.current().write('profile.json', '[]');
    expectChineseFailure(spawnCli([sample(), '--profile', profile]), [
      '政策配置文件',
      'profile.json',
      '格式不对',
    ]);
  });
});

describe('the command line is wrong', () => {
  test('an unknown option', () => {
    expectChineseFailure(spawnCli([sample(), '--frobnicate']), ['不认识的选项', '--frobnicate', '--help']);
  });

  test('an option misspelt by a letter: told the option it is near', () => {
    const run = spawnCli([sample(), '--direction', '方向.txt']);
    expectChineseFailure(run, ['不认识的选项', '“--direction”', '可能是 --directions', '--help']);
  });

  test('a file whose name starts with "-", read as options: the sentence shows how to write it', () => {
    const file = tmp.current().copy(SAMPLE.workbook, '-推荐表.xlsx');
    expectChineseFailure(spawnCli(['-推荐表.xlsx'], tmp.current().path), [
      '“-推荐表.xlsx”',
      './-推荐表.xlsx',
      '--',
    ]);
    expect(spawnCli(['./-推荐表.xlsx'], tmp.current().path).status).not.toBe(2);
    expect(spawnCli(['--', file]).status).not.toBe(2);
  });

  test('an option without its value', () => {
    expectChineseFailure(spawnCli([sample(), '--sheet']), ['--sheet', '需要一个值']);
  });

  test.each([['——json'], ['－－json'], ['—json']])(
    '%s, typed with a Chinese input method or pasted from a document: told to write --json',
    (option) => {
      expectChineseFailure(spawnCli([sample(), option]), [option, '英文减号', '--json']);
    },
  );

  test('a full-width space between the file and an option, typed with a Chinese input method', () => {
    const joined = `${sample()}\u3000--json`;
    expectChineseFailure(spawnCli([joined]), ['全角空格', '--json', '半角空格']);
  });

  test('a switch given a value', () => {
    expectChineseFailure(spawnCli([sample(), '--json=1']), ['--json', '不能带值']);
  });

  test.each([
    ['--winners', ['a.csv', 'b.csv']],
    ['--directions', ['a.txt', 'b.txt']],
    ['--recommender-type', ['central', 'province']],
    ['--out', ['a.xlsx', 'b.xlsx']],
  ])('%s given twice, the first of which would be dropped without a word', (option, [first, second]) => {
    const run = spawnCli([sample(), option, first!, `${option}=${second!}`], tmp.current().path);
    expectChineseFailure(run, [option, '只能给一次']);
  });

  test('--recommender-type city', () => {
    expectChineseFailure(spawnCli([sample(), '--recommender-type', 'city']), [
      '不认识的推荐单位类型',
      'city',
      'planned-city',
    ]);
  });

  test('--recommender-type 城市: told each type’s id and Chinese name', () => {
    expectChineseFailure(spawnCli([sample(), '--recommender-type', '城市']), [
      '不认识的推荐单位类型“城市”',
      '代号或中文名',
      'province（省、自治区、直辖市）',
      'planned-city（计划单列市）',
      'ministry-unit（部属单位）',
    ]);
  });

  test('--lang fr', () => {
    expectChineseFailure(spawnCli([sample(), '--lang', 'fr']), ['不支持的语言', 'fr', 'zh-CN', 'en-US']);
  });

  test('no file argument', () => {
    expectChineseFailure(spawnCli([], tmp.current().path), ['请指定要检查的推荐表文件', 'quota-check']);
  });

  test('a file name with a space, not quoted: the shell gave two arguments', () => {
    expectChineseFailure(spawnCli(['推荐', '汇总表.xlsx'], tmp.current().path), [
      '一次只能检查一个工作簿',
      '引号',
    ]);
  });

  test('a --lang after --, which is a file name like the others after it: told in Chinese', () => {
    const other = tmp.current().copy(SAMPLE.workbook, 'other.xlsx');
    expectChineseFailure(spawnCli([sample(), '--', other, '--lang', 'en-US']), [
      '一次只能检查一个工作簿',
      'other.xlsx、--lang、en-US',
    ]);
  });

  test('two file arguments', () => {
    const other = tmp.current().copy(SAMPLE.workbook, 'other.xlsx');
    expectChineseFailure(spawnCli([sample(), other]), [
      '一次只能检查一个工作簿',
      'recommendation.xlsx',
      'other.xlsx',
    ]);
  });
});

describe('with --lang en-US a failure is in English', () => {
  function expectEnglish(line: string): void {
    expect(line).not.toMatch(/\p{Script=Han}/u);
    expect(line).toMatch(/^[\x20-\x7e]+$/u);
  }

  test('a missing file', () => {
    const missing = tmp.current().file('missing.xlsx');
    expectEnglish(expectFailure(spawnCli([missing, '--lang', 'en-US']), ['not found', 'missing.xlsx']));
  });

  test('a legacy .xls', () => {
    const xls = tmp.current().write('old.xls', cfbBytes());
    expectEnglish(expectFailure(spawnCli([xls, '--lang', 'en-US']), ['old.xls', 'legacy .xls', '.xlsx']));
  });

  test('an unknown option, with --lang=en-US written before it', () => {
    expectEnglish(
      expectFailure(spawnCli([sample(), '--lang=en-US', '--frobnicate']), ['Unknown option', '--frobnicate']),
    );
  });

  test('an unknown recommender type', () => {
    const run = spawnCli([sample(), '--recommender-type', 'city', '--lang', 'en-US']);
    expectEnglish(expectFailure(run, ['Unknown recommender type', 'city']));
  });

  test('two file arguments, listed as English lists them', () => {
    const other = tmp.current().copy(SAMPLE.workbook, 'other.xlsx');
    const run = spawnCli([sample(), other, '--lang', 'en-US']);
    expectEnglish(expectFailure(run, ['one workbook at a time', 'recommendation.xlsx, ', 'other.xlsx']));
  });
});
