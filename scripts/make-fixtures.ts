/**
 * Writes the golden workbooks under test/fixtures/golden/: small .xlsx files, each named after its case, whose
 * expected findings are written by hand beside them (`<case>.expected.json`). Run `npx tsx scripts/make-fixtures.ts`
 * after changing a case here, then check the expectations by hand; the tests never regenerate them.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { usccCheckCharacter } from '../src/core/uscc';

const dir = join(__dirname, '..', 'test', 'fixtures', 'golden');
const HEADER = ['序号', '申报单位', '统一社会信用代码', '项目名称', '揭榜方向', '所属类别', '联系电话'];

/** A valid fictional enterprise code. */
function code(n: number): string {
  const body = `91440300MA${String(n).padStart(7, '0')}`;
  return body + usccCheckCharacter(body);
}

type Row = (string | number | null)[];

function addSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  above: Row[],
  rows: Row[],
  header: string[] = HEADER,
) {
  const sheet = workbook.addWorksheet(name);
  for (const row of above) sheet.addRow(row);
  sheet.addRow(header);
  for (const row of rows) sheet.addRow(row);
  for (const column of [3, 7]) sheet.getColumn(column).numFmt = '@';
  return sheet;
}

async function write(workbook: ExcelJS.Workbook, name: string) {
  workbook.created = workbook.modified = new Date(Date.UTC(2021, 10, 16));
  await workbook.xlsx.writeFile(join(dir, `${name}.xlsx`));
}

async function unitOverLimit() {
  const wb = new ExcelJS.Workbook();
  const titles = ['云端训练芯片', '边缘推理模组', '毫米波雷达感知', '轻量化推断引擎'];
  const rows: Row[] = titles.map((title, i) => [
    i + 1,
    '深圳市星河智算科技有限公司',
    code(1),
    title,
    '高性能云端人工智能芯片',
    '核心基础',
    '13912345678',
  ]);
  rows.push([
    5,
    '深圳市云帆智能科技有限公司',
    code(2),
    '终端推断框架',
    '终端人工智能推断框架',
    '核心基础',
    '0755-86001234',
  ]);
  addSheet(wb, '推荐表', [['推荐单位（盖章）：深圳市工业和信息化局']], rows);
  await write(wb, 'invalid.unit-over-limit.four-projects');
}

async function cleanProvince() {
  const wb = new ExcelJS.Workbook();
  const rows: Row[] = [
    [
      1,
      '广州星河智算科技有限公司',
      code(11),
      '云端训练芯片',
      '高性能云端人工智能芯片',
      '核心基础',
      '020-83606658',
    ],
    [
      2,
      '广州云帆智能科技有限公司',
      code(12),
      '多语种机器翻译系统',
      '机器翻译系统',
      '重点产品',
      '13812345678',
    ],
    [
      3,
      '华南人工智能研究院',
      code(13),
      '中文语音训练资源库',
      '人工智能训练资源库',
      '公共支撑',
      '(020)68205244',
    ],
  ];
  addSheet(
    wb,
    'Sheet1',
    [['广东省2021年人工智能产业创新任务揭榜单位推荐表'], ['推荐单位（盖章）：广东省工业和信息化厅']],
    rows,
  );
  await write(wb, 'valid.province.three-clean-rows');
}

async function quotaAcrossDistricts() {
  const wb = new ExcelJS.Workbook();
  const header = [...HEADER, '是否推荐'];
  const titles = [
    '声学传感器',
    '视觉传感芯片',
    '柔性触觉阵列',
    '气体检测模组',
    '光学测距单元',
    '惯性导航组件',
    '红外热成像',
    '力矩感知关节',
  ];
  const district = (name: string, start: number, chosen: string[], names: string[]) =>
    addSheet(
      wb,
      name,
      [[`推荐单位（盖章）：深圳市${name}工业和信息化局`]],
      chosen.map((yes, i) => [
        i + 1,
        `${name}单位${i}科技有限公司`,
        code(start + i),
        names[i] ?? '',
        '智能传感器',
        '核心基础',
        '13912345678',
        yes,
      ]),
      header,
    );
  district('南山区', 100, ['是', '是', '否', '是'], titles.slice(0, 4));
  district('福田区', 200, ['是', '是', '是', '否'], titles.slice(4));
  await write(wb, 'invalid.quota-exceeded.two-district-sheets');
}

async function numbersAsText() {
  const wb = new ExcelJS.Workbook();
  const sheet = addSheet(
    wb,
    '推荐表',
    [['推荐单位（盖章）：深圳市工业和信息化局']],
    [
      [
        1,
        '深圳市鹏城视界智能科技有限公司',
        914403003425961000,
        '视觉传感器',
        '智能传感器',
        '核心基础',
        75586001234,
      ],
      [
        2,
        '深圳市福华云智信息技术有限公司',
        code(31),
        '云端推理芯片',
        '高性能云端人工智能芯片',
        '核心基础',
        13912345678,
      ],
    ],
  );
  // Typed as numbers, as an officer's Excel keeps them: General shows 9.14403E+17 and 75586001234.
  for (const address of ['C3', 'G3', 'G4']) sheet.getCell(address).numFmt = 'General';
  await write(wb, 'invalid.id-as-number.code-and-landline');
}

async function mergedAndHidden() {
  const wb = new ExcelJS.Workbook();
  const sheet = addSheet(
    wb,
    '推荐表',
    [['推荐单位（盖章）：宁波市经济和信息化局']],
    [
      [
        1,
        '宁波星河智能科技有限公司',
        code(41),
        '边缘计算芯片',
        '高性能边缘端/终端计算人工智能芯片',
        '核心基础',
        '0574-86001234',
      ],
      [2, null, null, '车载智能传感器', '智能传感器', '核心基础', '13912345678'],
      [3, '宁波云帆科技有限公司', code(42), '语音翻译机', '机器翻译系统', '重点产品', '86001234'],
    ],
  );
  sheet.mergeCells('B3:B4');
  sheet.mergeCells('C3:C4');
  sheet.getRow(5).hidden = true;
  await write(wb, 'warning.merged-unit-and-hidden-row');
}

async function templateExampleLeftIn() {
  const wb = new ExcelJS.Workbook();
  const titles = ['云端训练芯片', '边缘推理模组', '毫米波雷达感知', '轻量化推断引擎', '多语种翻译平台'];
  const directions = [
    '高性能云端人工智能芯片',
    '高性能边缘端/终端计算人工智能芯片',
    '智能传感器',
    '终端人工智能推断框架',
    '机器翻译系统',
  ];
  const rows: Row[] = titles.map((title, i) => [
    i + 1,
    `厦门市${['星河', '云帆', '蓝鲸', '灵犀', '天衡'][i]}智能科技有限公司`,
    code(51 + i),
    title,
    directions[i]!,
    i < 4 ? '核心基础' : '重点产品',
    '0592-86001234',
  ]);
  rows.unshift([
    '示例',
    'XX科技有限公司',
    '91350200XXXXXXXXXX',
    'XXXX研发及产业化',
    '智能传感器',
    '核心基础',
    '138XXXXXXXX',
  ]);
  addSheet(wb, '推荐表', [['推荐单位（盖章）：厦门市工业和信息化局']], rows);
  await write(wb, 'invalid.example-row.template-example-left-in');
}

async function main() {
  mkdirSync(dir, { recursive: true });
  await unitOverLimit();
  await cleanProvince();
  await quotaAcrossDistricts();
  await numbersAsText();
  await mergedAndHidden();
  await templateExampleLeftIn();
}

void main();
