/**
 * Writes the bundled sample: samples/recommendation-sample.xlsx, a 深圳市 municipal 推荐汇总表 with one sheet per
 * district (南山区, 福田区) after a 填表说明 sheet without a table, and samples/previous-winners-sample.csv, the
 * previous winners list to check it against. Run `npx tsx scripts/make-sample.ts`; the output is byte-identical on
 * every run (no clock, no randomness: the zip entries carry a fixed timestamp).
 *
 * Every company, code and phone number is fictional. Codes are built with usccCheckCharacter over 91440300 + a
 * 9-character organisation code (8 characters and their GB 11714 check character).
 *
 * Layout of both district sheets, columns A–I:
 *   row 1  title, merged A1:I1
 *   row 2  blank
 *   row 3  推荐单位（盖章）：深圳市…区工业和信息化局 (A3:E3)   填报日期：2021年11月16日 (G3:I3)
 *   row 4  序号 | 申报单位 | 统一社会信用代码 | 项目名称 | 所属类别 | 揭榜方向 | 联系人 (G4:H4) | 是否推荐
 *   row 5  (A–F and I merged down from row 4)         | 姓名 | 联系电话 |
 *   data from row 6: 南山区 rows 6–14 (9 rows), 福田区 rows 6–15 (10 rows)
 *   then three footer rows, each merged: 合计 (A:C, D:I), 填报人…审核人… (A:I), 注：… (A:I)
 *   (南山区 rows 15, 16, 17; 福田区 rows 16, 17, 18)
 * Columns: A 序号, B 申报单位, C 统一社会信用代码, D 项目名称, E 所属类别, F 揭榜方向, G 姓名, H 联系电话, I 是否推荐.
 * 南山区 B6:B7 and C6:C7 are merged (one unit over its two rows). 南山区 row 13 is hidden (a clean row, 否).
 * 福田区 row 15 is a clean visible row (否).
 * 是否推荐 is 是 on 南山区 rows 6–9 and 11 and 福田区 rows 6–10: 10 in all; the city cap is 5 (深圳 is a 计划单列市).
 * The four rows of 深圳市星河智算科技有限公司 are all 是: a unit's limit counts only its chosen rows. The rows that
 * plant previous-winner, duplicate-project and similar-project are 是 too: a row left out (否) goes up to nobody, and
 * those rules pass it by.
 *
 * Planted problems (sheet, Excel row, column, rule id, severity):
 *   南山区  6  B  unit-over-limit       error    深圳市星河智算科技有限公司 has 4 projects: 南山区 6, 7 and 福田区 6, 7
 *   南山区  7  B  unit-over-limit       error    (same unit; its name and code are merged over rows 6–7)
 *   福田区  6  B  unit-over-limit       error    (same unit)
 *   福田区  7  B  unit-over-limit       error    (same unit)
 *   福田区  6  I  quota-exceeded        error    the 6th 是 in sheet order (南山区 first), cap 5
 *   福田区  7  I  quota-exceeded        error    the 7th 是
 *   福田区  8  I  quota-exceeded        error    the 8th 是
 *   福田区  9  I  quota-exceeded        error    the 9th 是
 *   福田区 10  I  quota-exceeded        error    the 10th 是; 须再减少 5 项
 *   南山区  9  D  previous-winner       error    title and unit both on the winners CSV
 *   福田区 10  B  previous-winner-unit  warning  深圳市灵犀语联科技有限公司 won before with another project
 *   南山区 11  D  duplicate-project     error    面向跨境电商的多语种机器翻译系统（二期） (full-width brackets)
 *   福田区  8  D  duplicate-project     error    面向跨境电商的多语种机器翻译系统(二期)  (ASCII brackets, trailing space)
 *   南山区  8  D  similar-project       warning  …声学传感器研发及产业化
 *   福田区  9  D  similar-project       warning  …声学传感器研发及产业化应用 (two characters more)
 *   福田区 12  C  uscc-invalid          warning  91440300MA5G8N2Y8Q: wrong check character (valid: …8R)
 *   福田区 14  C  uscc-invalid          error    91440300MAF7X1K81: 17 characters (a digit dropped)
 *   南山区 10  C  id-as-number          error    code stored as the number 914403003425961000, General: 9.14403E+17
 *   南山区 14  H  id-as-number          error    landline stored as the number 75586001234 (0755-86001234 lost its 0)
 *   福田区  6  H  phone-invalid         warning  1380013800 (10 digits, text)
 *   福田区 12  F  direction-unknown     warning  机器翻译平台 (nearest: 机器翻译系统); an error once the list is complete
 *   南山区 12  E  category-mismatch     warning  所属类别 核心基础, but 人工智能训练资源库 is 公共支撑
 *   福田区 13  D  required-missing      error    empty 项目名称
 *   南山区 11  B  not-legal-entity      warning  北京华辰智语信息技术有限公司深圳分公司
 *   南山区 14  B  uscc-conflict         warning  one code (C14, C11) under 深圳市鹏城视界智能科技有限公司 …
 *   福田区 11  B  uscc-conflict         warning  … and 深圳市福华云智信息技术有限公司 (marked on the unit column)
 * The reference (§6) and DESIGN.md make a landline that lost its leading 0 an id-as-number error, not a
 * phone-invalid warning. The 填表说明 sheet has no table and must be skipped. Everything else is valid: the
 * remaining codes pass GB 32100-2015, mobiles are 1[3-9] + 9 digits, landlines 0755-xxxxxxxx, every other direction
 * is one of the six that the notice names, and every other 所属类别 matches its direction.
 *
 * `PLANTED` below is the same table as data, computed from the rows that carry each problem, for tests.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { usccCheckCharacter } from '../src/core/uscc';

// ---------------------------------------------------------------------------------------------------------------
// Codes

/** GB 11714 check character of an 8-character organisation code base: weights 3 7 9 10 5 8 4 2, mod 11. */
function orgCodeCheck(base8: string): string {
  const weights = [3, 7, 9, 10, 5, 8, 4, 2];
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const ch = base8.charAt(i);
    const value = /\d/u.test(ch) ? Number(ch) : ch.charCodeAt(0) - 55;
    sum += value * (weights[i] ?? 0);
  }
  const check = 11 - (sum % 11);
  return check === 10 ? 'X' : check === 11 ? '0' : String(check);
}

/** A valid code: 91 (enterprise, market regulation) 440300 (深圳市) + organisation code + check character. */
export function shenzhenUscc(orgBase8: string): string {
  const first17 = `91440300${orgBase8}${orgCodeCheck(orgBase8)}`;
  return first17 + usccCheckCharacter(first17);
}

/** The stored value of a number typed into Excel: only 15 significant digits survive. */
function asExcelNumber(digits: string): number {
  return Number(digits.slice(0, 15) + '0'.repeat(digits.length - 15));
}

/** The same code with a wrong (but well-formed) check character. */
function withWrongCheck(code: string): string {
  const wrong = code.endsWith('Q') ? 'R' : 'Q';
  return code.slice(0, 17) + wrong;
}

// ---------------------------------------------------------------------------------------------------------------
// Directions (only the six that the notice names) and units

const CLOUD_CHIP = '高性能云端人工智能芯片';
const EDGE_CHIP = '高性能边缘端/终端计算人工智能芯片';
const SENSOR = '智能传感器';
const INFERENCE = '终端人工智能推断框架';
const TRANSLATION = '机器翻译系统';
const TRAINING_DATA = '人工智能训练资源库';

const CORE = '核心基础';
const PRODUCT = '重点产品';
const SUPPORT = '公共支撑';

const XINGHE = { name: '深圳市星河智算科技有限公司', code: shenzhenUscc('MA5F3K8R') };
const SHENGLIAN = { name: '深圳市声联智能传感技术有限公司', code: shenzhenUscc('MA5DQ2W7') };
const LANJING = { name: '深圳市蓝鲸语言智能科技有限公司', code: shenzhenUscc('35928714') };
const QIANHAI = { name: '深圳市前海深视科技有限公司', code: shenzhenUscc('34259612') };
const HUACHEN_BRANCH = { name: '北京华辰智语信息技术有限公司深圳分公司', code: shenzhenUscc('MA5G1T4N') };
const SHUJU = { name: '深圳市数聚云图数据服务有限公司', code: shenzhenUscc('MA5EP7C2') };
const WEIPAI = { name: '深圳市微湃感知电子有限公司', code: shenzhenUscc('MA5H0B6L') };
const PENGCHENG = { name: '深圳市鹏城视界智能科技有限公司', code: shenzhenUscc('27935184') };
const YIYU = { name: '深圳市译语通达信息技术有限公司', code: shenzhenUscc('MA5FR9J3') };
const HAIAN = { name: '深圳市海岸声学科技有限公司', code: shenzhenUscc('31156820') };
const LINGXI = { name: '深圳市灵犀语联科技有限公司', code: shenzhenUscc('MA5DW4E9') };
const FUHUA = { name: '深圳市福华云智信息技术有限公司', code: shenzhenUscc('MA5K2A7D') };
const ZHIGAN = { name: '深圳市智感未来科技有限公司', code: shenzhenUscc('MA5G8N2Y') };
const ZHIXING = { name: '深圳市知行数智科技有限公司', code: shenzhenUscc('MA5HC3U6') };
const TIANHENG = { name: '深圳市天衡遥感信息技术有限公司', code: shenzhenUscc('MA5F7X1K') };
const FANGZHOU = { name: '深圳市算力方舟科技有限公司', code: shenzhenUscc('MA5EK6T2') };

const LANJING_WINNING_TITLE = '蓝鲸多语种神经网络机器翻译系统';
const DUPLICATE_TITLE = '面向跨境电商的多语种机器翻译系统';
const SIMILAR_TITLE = '基于MEMS工艺的多模态智能声学传感器研发及产业化';

// ---------------------------------------------------------------------------------------------------------------
// Rows

/** Column letters of the table. */
const COL = {
  seq: 'A',
  unit: 'B',
  uscc: 'C',
  project: 'D',
  category: 'E',
  direction: 'F',
  contact: 'G',
  phone: 'H',
  choice: 'I',
} as const;
type Column = (typeof COL)[keyof typeof COL];

export type RuleId =
  | 'unit-over-limit'
  | 'quota-exceeded'
  | 'previous-winner'
  | 'previous-winner-unit'
  | 'duplicate-project'
  | 'similar-project'
  | 'uscc-invalid'
  | 'uscc-conflict'
  | 'id-as-number'
  | 'direction-unknown'
  | 'category-mismatch'
  | 'required-missing'
  | 'not-legal-entity'
  | 'phone-invalid';

interface Plant {
  rule: RuleId;
  column: Column;
  severity: 'error' | 'warning';
}

interface SampleRow {
  unit: string;
  /** Text, or a number as the officer typed it (then formatted General, not text). */
  code: string | number;
  title: string;
  category: string;
  direction: string;
  contact: string;
  phone: string | number;
  choice: '是' | '否';
  hidden?: boolean;
  /** The unit and code cells of this row are merged with the next row's (which leaves them empty). */
  mergeUnitWithNext?: boolean;
  plants?: Plant[];
}

const p = (rule: RuleId, column: Column, severity: 'error' | 'warning'): Plant => ({
  rule,
  column,
  severity,
});

interface DistrictSheet {
  name: string;
  recommender: string;
  rows: SampleRow[];
}

const NANSHAN: DistrictSheet = {
  name: '南山区',
  recommender: '深圳市南山区工业和信息化局',
  rows: [
    {
      ...unitOf(XINGHE),
      title: '面向大模型训练的云端人工智能加速芯片研发',
      category: CORE,
      direction: CLOUD_CHIP,
      contact: '张伟',
      phone: '13823456781',
      choice: '是',
      mergeUnitWithNext: true,
      plants: [p('unit-over-limit', COL.unit, 'error')],
    },
    {
      unit: '',
      code: '',
      title: '星河轻量化端侧推断框架研发及应用',
      category: CORE,
      direction: INFERENCE,
      contact: '李娜',
      phone: '13902658843',
      choice: '是',
      plants: [p('unit-over-limit', COL.unit, 'error')],
    },
    {
      ...unitOf(SHENGLIAN),
      title: SIMILAR_TITLE,
      category: CORE,
      direction: SENSOR,
      contact: '王磊',
      phone: '0755-26731058',
      choice: '是',
      plants: [p('similar-project', COL.project, 'warning')],
    },
    {
      ...unitOf(LANJING),
      title: LANJING_WINNING_TITLE,
      category: PRODUCT,
      direction: TRANSLATION,
      contact: '刘洋',
      phone: '15012873496',
      choice: '是',
      plants: [p('previous-winner', COL.project, 'error')],
    },
    {
      unit: QIANHAI.name,
      code: asExcelNumber(QIANHAI.code),
      title: '面向智能制造的低功耗边缘视觉AI芯片研发',
      category: CORE,
      direction: EDGE_CHIP,
      contact: '陈晨',
      phone: '18617329054',
      choice: '否',
      plants: [p('id-as-number', COL.uscc, 'error')],
    },
    {
      ...unitOf(HUACHEN_BRANCH),
      title: `${DUPLICATE_TITLE}（二期）`,
      category: PRODUCT,
      direction: TRANSLATION,
      contact: '杨帆',
      phone: '0755-86329571',
      choice: '是',
      plants: [p('not-legal-entity', COL.unit, 'warning'), p('duplicate-project', COL.project, 'error')],
    },
    {
      ...unitOf(SHUJU),
      title: '自动驾驶多场景感知训练数据资源库建设',
      category: CORE,
      direction: TRAINING_DATA,
      contact: '赵敏',
      phone: '13713685220',
      choice: '否',
      plants: [p('category-mismatch', COL.category, 'warning')],
    },
    {
      ...unitOf(WEIPAI),
      title: '车规级高精度惯性测量单元传感器研制',
      category: CORE,
      direction: SENSOR,
      contact: '黄俊',
      phone: '0755-26017739',
      choice: '否',
      hidden: true,
    },
    {
      ...unitOf(PENGCHENG),
      title: '基于国产芯片的终端人工智能推断框架适配与优化',
      category: CORE,
      direction: INFERENCE,
      contact: '周婷',
      phone: 75586001234,
      choice: '否',
      plants: [p('uscc-conflict', COL.unit, 'warning'), p('id-as-number', COL.phone, 'error')],
    },
  ],
};

const FUTIAN: DistrictSheet = {
  name: '福田区',
  recommender: '深圳市福田区工业和信息化局',
  rows: [
    {
      ...unitOf(XINGHE),
      title: '面向智能安防的边缘端人工智能芯片研发',
      category: CORE,
      direction: EDGE_CHIP,
      contact: '吴昊',
      phone: '1380013800',
      choice: '是',
      plants: [
        p('unit-over-limit', COL.unit, 'error'),
        p('phone-invalid', COL.phone, 'warning'),
        p('quota-exceeded', COL.choice, 'error'),
      ],
    },
    {
      ...unitOf(XINGHE),
      title: '星河智算开放式AI训练数据集与标注平台',
      category: SUPPORT,
      direction: TRAINING_DATA,
      contact: '吴昊',
      phone: '13528840617',
      choice: '是',
      plants: [p('unit-over-limit', COL.unit, 'error'), p('quota-exceeded', COL.choice, 'error')],
    },
    {
      ...unitOf(YIYU),
      title: `${DUPLICATE_TITLE}(二期) `,
      category: PRODUCT,
      direction: TRANSLATION,
      contact: '徐静',
      phone: '0755-83275164',
      choice: '是',
      plants: [p('duplicate-project', COL.project, 'error'), p('quota-exceeded', COL.choice, 'error')],
    },
    {
      ...unitOf(HAIAN),
      title: `${SIMILAR_TITLE}应用`,
      category: CORE,
      direction: SENSOR,
      contact: '孙浩',
      phone: '13631597208',
      choice: '是',
      plants: [p('similar-project', COL.project, 'warning'), p('quota-exceeded', COL.choice, 'error')],
    },
    {
      ...unitOf(LINGXI),
      title: '面向可穿戴设备的低功耗语音推断引擎研发',
      category: CORE,
      direction: INFERENCE,
      contact: '马琳',
      phone: '17688204153',
      choice: '是',
      plants: [p('previous-winner-unit', COL.unit, 'warning'), p('quota-exceeded', COL.choice, 'error')],
    },
    {
      unit: FUHUA.name,
      code: PENGCHENG.code,
      title: '面向法律文书的中英专业领域机器翻译系统',
      category: PRODUCT,
      direction: TRANSLATION,
      contact: '朱涛',
      phone: '0755-82916630',
      choice: '否',
      plants: [p('uscc-conflict', COL.unit, 'warning')],
    },
    {
      unit: ZHIGAN.name,
      code: withWrongCheck(ZHIGAN.code),
      title: '面向医疗问诊的实时语音翻译平台研发',
      category: PRODUCT,
      direction: '机器翻译平台',
      contact: '胡斌',
      phone: '13316725948',
      choice: '否',
      plants: [p('uscc-invalid', COL.uscc, 'warning'), p('direction-unknown', COL.direction, 'warning')],
    },
    {
      ...unitOf(ZHIXING),
      title: '',
      category: SUPPORT,
      direction: TRAINING_DATA,
      contact: '郭雪',
      phone: '18928467315',
      choice: '否',
      plants: [p('required-missing', COL.project, 'error')],
    },
    {
      unit: TIANHENG.name,
      code: TIANHENG.code.slice(0, 10) + TIANHENG.code.slice(11),
      title: '面向城市治理的多源遥感影像训练样本库建设',
      category: SUPPORT,
      direction: TRAINING_DATA,
      contact: '何军',
      phone: '0755-83109426',
      choice: '否',
      plants: [p('uscc-invalid', COL.uscc, 'error')],
    },
    {
      ...unitOf(FANGZHOU),
      title: '高能效可重构数据中心AI推理芯片研发',
      category: CORE,
      direction: CLOUD_CHIP,
      contact: '谢磊',
      phone: '0755-83541267',
      choice: '否',
    },
  ],
};

function unitOf(unit: { name: string; code: string }): { unit: string; code: string } {
  return { unit: unit.name, code: unit.code };
}

/** The previous winners list (揭榜方向, 项目名称, 申报单位, 推荐单位): two rows match the sample, three don't. */
const WINNERS: readonly (readonly [string, string, string, string])[] = [
  [TRANSLATION, LANJING_WINNING_TITLE, LANJING.name, '深圳市工业和信息化局'],
  [INFERENCE, '灵犀端侧语音识别推断框架', LINGXI.name, '深圳市工业和信息化局'],
  [CLOUD_CHIP, '面向数据中心的高能效训练芯片', '杭州云岫微电子有限公司', '浙江省经济和信息化厅'],
  [SENSOR, '工业级多维力觉智能传感器', '苏州衡感智能科技有限公司', '江苏省工业和信息化厅'],
  [TRAINING_DATA, '中文医疗影像标注数据资源库', '成都锦数医疗科技有限公司', '四川省经济和信息化厅'],
];

// ---------------------------------------------------------------------------------------------------------------
// Planted problems as data

export interface PlantedProblem extends Plant {
  sheet: string;
  row: number;
}

/** Excel row of the first data row on both district sheets. */
export const FIRST_DATA_ROW = 6;

export const PLANTED: readonly PlantedProblem[] = [NANSHAN, FUTIAN].flatMap((sheet) =>
  sheet.rows.flatMap((row, index) =>
    (row.plants ?? []).map((plant) => ({ sheet: sheet.name, row: FIRST_DATA_ROW + index, ...plant })),
  ),
);

// ---------------------------------------------------------------------------------------------------------------
// Workbook

const TITLE = '深圳市2021年人工智能产业创新任务揭榜挂帅项目推荐汇总表';
const FILL_DATE = '填报日期：2021年11月16日';
/** Every timestamp in the file: the workbook's properties and the zip entries. */
export const FIXED_TIME = new Date(Date.UTC(2021, 10, 16, 1, 0, 0));

export const BODY_FONT: Partial<ExcelJS.Font> = { name: '宋体', size: 11 };
export const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};
const WIDTHS = [6, 34, 22, 40, 10, 26, 9, 16, 9];

function addInstructions(workbook: ExcelJS.Workbook): void {
  const sheet = workbook.addWorksheet('填表说明', { properties: { tabColor: { argb: 'FF808080' } } });
  sheet.getColumn(1).width = 110;
  const lines = [
    '填表说明',
    '1. 本表按区分设工作表，由各区工业和信息化主管部门汇总填写，请勿增删列或改动表头。',
    '2. 统一社会信用代码为18位，请先将单元格设置为文本格式再录入，勿以数字形式录入。',
    '3. 所属类别填写核心基础、重点产品或公共支撑；揭榜方向按申报指南所列细化揭榜方向填写。',
    '4. 每个申报主体申报不超过3个项目；已列入前期揭榜优胜项目的不得重复申报。',
    '5. 是否推荐一栏填写是或否，全市推荐项目原则上不超过5个。',
    '6. 请于2021年11月18日前将盖章纸质件一式五份报送市工业和信息化局，电子版同步发送。',
  ];
  lines.forEach((line, index) => {
    const cell = sheet.getCell(index + 1, 1);
    cell.value = line;
    cell.font = index === 0 ? { ...BODY_FONT, size: 14, bold: true } : BODY_FONT;
    cell.alignment = { vertical: 'middle', wrapText: true };
    sheet.getRow(index + 1).height = index === 0 ? 28 : 22;
  });
}

function addDistrict(workbook: ExcelJS.Workbook, district: DistrictSheet): void {
  const sheet = workbook.addWorksheet(district.name, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 5, topLeftCell: 'A6', activeCell: 'A6' }],
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.5, right: 0.5, top: 0.7, bottom: 0.7, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: '第 &P 页，共 &N 页' },
  });
  WIDTHS.forEach((width, index) => (sheet.getColumn(index + 1).width = width));

  // Title, blank row, 推荐单位 line.
  sheet.mergeCells('A1:I1');
  const title = sheet.getCell('A1');
  title.value = TITLE;
  title.font = { name: '方正小标宋简体', size: 18, bold: true };
  title.alignment = { horizontal: 'center', vertical: 'middle' };
  sheet.getRow(1).height = 40;
  sheet.getRow(2).height = 10;
  sheet.mergeCells('A3:E3');
  sheet.getCell('A3').value = `推荐单位（盖章）：${district.recommender}`;
  sheet.getCell('A3').font = { ...BODY_FONT, size: 12 };
  sheet.getCell('A3').alignment = { horizontal: 'left', vertical: 'middle' };
  sheet.mergeCells('G3:I3');
  sheet.getCell('G3').value = FILL_DATE;
  sheet.getCell('G3').font = { ...BODY_FONT, size: 12 };
  sheet.getCell('G3').alignment = { horizontal: 'right', vertical: 'middle' };
  sheet.getRow(3).height = 24;

  // Two-row header: 联系人 spans G4:H4 over 姓名 | 联系电话; every other header cell spans rows 4–5.
  const top: [string, string][] = [
    ['A', '序号'],
    ['B', '申报单位'],
    ['C', '统一社会信用代码'],
    ['D', '项目名称'],
    ['E', '所属类别'],
    ['F', '揭榜方向'],
    ['I', '是否推荐'],
  ];
  for (const [column, text] of top) {
    sheet.mergeCells(`${column}4:${column}5`);
    sheet.getCell(`${column}4`).value = text;
  }
  sheet.mergeCells('G4:H4');
  sheet.getCell('G4').value = '联系人';
  sheet.getCell('G5').value = '姓名';
  sheet.getCell('H5').value = '联系电话';
  for (const r of [4, 5]) {
    sheet.getRow(r).height = 20;
    for (let c = 1; c <= 9; c++) {
      const cell = sheet.getCell(r, c);
      cell.font = { ...BODY_FONT, bold: true };
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
      cell.border = THIN;
    }
  }

  // Data rows.
  district.rows.forEach((data, index) => {
    const r = FIRST_DATA_ROW + index;
    const row = sheet.getRow(r);
    row.values = [
      index + 1,
      data.unit,
      data.code,
      data.title,
      data.category,
      data.direction,
      data.contact,
      data.phone,
      data.choice,
    ].map((value) => (value === '' ? null : value));
    row.height = 32;
    if (data.hidden) row.hidden = true;
    for (let c = 1; c <= 9; c++) {
      const cell = row.getCell(c);
      cell.font = BODY_FONT;
      cell.border = THIN;
      const centred = c === 1 || c === 5 || c === 7 || c === 9;
      cell.alignment = { horizontal: centred ? 'center' : 'left', vertical: 'middle', wrapText: true };
    }
    // Codes and phones are text, except where the officer typed a number.
    row.getCell(3).numFmt = typeof data.code === 'number' ? 'General' : '@';
    row.getCell(8).numFmt = typeof data.phone === 'number' ? 'General' : '@';
    row.getCell(9).dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: ['"是,否"'],
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: '输入有误',
      error: '请选择“是”或“否”。',
    };
  });
  // Merge after every row is written: assigning row.values drops a merge that covers the row.
  district.rows.forEach((data, index) => {
    if (!data.mergeUnitWithNext) return;
    const r = FIRST_DATA_ROW + index;
    sheet.mergeCells(r, 2, r + 1, 2);
    sheet.mergeCells(r, 3, r + 1, 3);
  });

  // Footer: 合计, 填报人/审核人, 注.
  const lastData = FIRST_DATA_ROW + district.rows.length - 1;
  const total = lastData + 1;
  const chosen = district.rows.filter((row) => row.choice === '是').length;
  sheet.mergeCells(total, 1, total, 3);
  sheet.getCell(total, 1).value = '合计';
  sheet.mergeCells(total, 4, total, 9);
  sheet.getCell(total, 4).value = `共${district.rows.length}项，其中拟推荐${chosen}项`;
  sheet.getRow(total).height = 24;
  for (let c = 1; c <= 9; c++) {
    const cell = sheet.getCell(total, c);
    cell.font = { ...BODY_FONT, bold: c === 1 };
    cell.border = THIN;
    cell.alignment = { horizontal: c === 1 ? 'center' : 'left', vertical: 'middle' };
  }
  const signer = total + 1;
  sheet.mergeCells(signer, 1, signer, 9);
  sheet.getCell(signer, 1).value =
    district.name === '南山区'
      ? '填报人：李明          审核人：陈静          联系电话：0755-26881035'
      : '填报人：林峰          审核人：罗晶          联系电话：0755-82907146';
  sheet.getCell(signer, 1).font = BODY_FONT;
  sheet.getCell(signer, 1).alignment = { horizontal: 'left', vertical: 'middle' };
  sheet.getRow(signer).height = 26;
  const note = signer + 1;
  sheet.mergeCells(note, 1, note, 9);
  sheet.getCell(note, 1).value =
    '注：1. 每个申报主体申报不超过3个项目，已列入前期揭榜优胜项目的不得重复申报；2. 统一社会信用代码、联系电话请以' +
    '文本格式填写；3. 是否推荐填“是”或“否”，全市推荐项目原则上不超过5个；4. 本表一式五份，随正式文件报送。';
  sheet.getCell(note, 1).font = { ...BODY_FONT, size: 10 };
  sheet.getCell(note, 1).alignment = { horizontal: 'left', vertical: 'top', wrapText: true };
  sheet.getRow(note).height = 44;

  sheet.pageSetup.printArea = `A1:I${note}`;
  sheet.pageSetup.printTitlesRow = '4:5';
}

/** The sample workbook, in memory. */
export function buildSampleWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '深圳市工业和信息化局';
  workbook.lastModifiedBy = '深圳市工业和信息化局';
  workbook.created = FIXED_TIME;
  workbook.modified = FIXED_TIME;
  workbook.calcProperties.fullCalcOnLoad = false;
  addInstructions(workbook);
  addDistrict(workbook, NANSHAN);
  addDistrict(workbook, FUTIAN);
  workbook.views = [
    { x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 1, visibility: 'visible' },
  ];
  return workbook;
}

/** The winners list as CSV text (UTF-8, CRLF line ends, no byte-order mark). */
export function winnersCsv(): string {
  const lines = [['揭榜方向', '项目名称', '申报单位', '推荐单位'], ...WINNERS].map((fields) =>
    fields.join(','),
  );
  return lines.join('\r\n') + '\r\n';
}

/**
 * Sets every zip entry's DOS timestamp (local headers and central directory) to a fixed time, so that the file is
 * byte-identical on every run. JSZip stamps entries with the current time.
 */
function fixZipTimestamps(zip: Buffer, when: Date): void {
  const dosTime = (when.getUTCHours() << 11) | (when.getUTCMinutes() << 5) | (when.getUTCSeconds() >> 1);
  const dosDate = ((when.getUTCFullYear() - 1980) << 9) | ((when.getUTCMonth() + 1) << 5) | when.getUTCDate();
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error('no end of central directory record');
  const entries = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  for (let i = 0; i < entries; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error('bad central directory entry');
    zip.writeUInt16LE(dosTime, at + 12);
    zip.writeUInt16LE(dosDate, at + 14);
    const local = zip.readUInt32LE(at + 42);
    if (zip.readUInt32LE(local) !== 0x04034b50) throw new Error('bad local file header');
    zip.writeUInt16LE(dosTime, local + 10);
    zip.writeUInt16LE(dosDate, local + 12);
    at += 46 + zip.readUInt16LE(at + 28) + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
}

async function main(): Promise<void> {
  const dir = path.resolve(__dirname, '..', 'samples');
  fs.mkdirSync(dir, { recursive: true });
  const buffer = Buffer.from(await buildSampleWorkbook().xlsx.writeBuffer());
  fixZipTimestamps(buffer, FIXED_TIME);
  const workbookPath = path.join(dir, 'recommendation-sample.xlsx');
  const winnersPath = path.join(dir, 'previous-winners-sample.csv');
  fs.writeFileSync(workbookPath, buffer);
  fs.writeFileSync(winnersPath, winnersCsv(), 'utf8');
  console.log(`wrote ${path.relative(process.cwd(), workbookPath)} (${buffer.length} bytes)`);
  console.log(`wrote ${path.relative(process.cwd(), winnersPath)} (${WINNERS.length} winners)`);
  console.log(`${PLANTED.length} planted problems`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
