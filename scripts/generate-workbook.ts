/**
 * Generates a large recommendation workbook for benchmarks: one sheet, 推荐汇总表, with the layout of the bundled
 * sample (title row, blank row, 推荐单位 line, two-row header with 联系人 over 姓名 | 联系电话, columns A–I), then
 * `rows` project rows and the 合计 / 填报人 / 注 footer. Written with ExcelJS's streaming WorkbookWriter, so 100,000 rows
 * take seconds and little memory. Deterministic: a seeded PRNG, no clock in the content.
 *
 *   npx tsx scripts/generate-workbook.ts [ROWS] [OUT.xlsx]     (default 100000 rows, test-artifacts/generated-ROWS.xlsx)
 *
 * What the rows hold, roughly (the fractions are of rows). They are set so that 20,000 rows give about 2,000 findings
 * in all, of every rule the generator plants: the workbook on which issue 4 times the marked copy.
 * - Units: each new unit gets 1–6 projects (60% 1, 25% 2, 14.5% 3, 0.5% 4–6), so a few units exceed the limit of 3. A
 *   unit's rows are mostly adjacent; about 8% of rows are swapped elsewhere, so some units spread over the sheet.
 *   About a third of adjacent runs of one unit have 申报单位 and 统一社会信用代码 merged vertically. Unit names are
 *   distinct per unit (a bijection from the unit number); about 0.5% of units are a …分公司.
 * - Codes: text, valid for the unit's city (440100 广州 … 442000 中山); 0.7% a wrong check character, 0.3% a dropped
 *   character, 0.2% typed as a number (numFmt General). A unit with one mistyped code has two codes, so each of its
 *   rows is also a uscc-conflict.
 * - Titles: built from a vocabulary (industry, task, technical approach, code name, modifier, action, and an object
 *   of the row's direction) through a Reed–Solomon codeword of the row number, so that two titles differ in at least
 *   three words (below 923,521 rows) and are neither equal nor near duplicates unless planted: 0.3% of rows repeat an
 *   earlier title with ASCII brackets or a trailing space, 0.5% repeat one with a couple of characters changed.
 * - Directions: only the six that the notice names; 0.5% a wrong 所属类别, 0.3% a typo (机器翻译平台 …).
 * - Phones: 70% mobiles, 25% landlines with the city's area code, 0.5% without area code, 0.5% 10 digits, 0.5% a
 *   landline stored as a number that lost its leading 0, the rest mobiles stored as numbers.
 * - 是否推荐: 是 on 1% of rows (each one past the province's cap of 15 is a quota-exceeded); 0.1% of rows hidden; 1% of
 *   project names empty.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { USCC_ALPHABET, usccCheckCharacter } from '../src/core/uscc';
import { BODY_FONT, FIRST_DATA_ROW, FIXED_TIME, THIN } from './make-sample';

// ---------------------------------------------------------------------------------------------------------------
// Seeded randomness

/** The seed of every generated workbook: the same row count gives the same rows. */
const SEED = 20211116;

/** mulberry32: a 32-bit seeded PRNG, uniform in [0, 1). */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;

function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

/** The i-th item of a list (modulo its length). */
function nth<T>(items: readonly T[], i: number): T {
  return items[((i % items.length) + items.length) % items.length] as T;
}

/** A bijection of 0..size-1 (multiplier coprime with size), so consecutive numbers give unrelated combinations. */
function scramble(index: number, size: number, multiplier: number): number {
  return Number((BigInt(index) * BigInt(multiplier) + 12345n) % BigInt(size));
}

/** Digits of a number in a mixed radix: the combination of vocabulary slots for a scrambled index. */
function mixedRadix(value: number, radices: readonly number[]): number[] {
  const digits: number[] = [];
  let rest = value;
  for (const radix of radices) {
    digits.push(rest % radix);
    rest = Math.floor(rest / radix);
  }
  return digits;
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

/** A multiplier near the golden ratio of the size that is coprime with it. */
function coprimeMultiplier(size: number): number {
  let m = Math.floor(size * 0.6180339887) | 1;
  while (gcd(m, size) !== 1) m += 2;
  return m;
}

// ---------------------------------------------------------------------------------------------------------------
// Vocabulary

/** A word list written as one line of space-separated words. */
function words(line: string): readonly string[] {
  return line.split(' ');
}

const CITIES = [
  { name: '广州市', region: '440100', area: '020' },
  { name: '深圳市', region: '440300', area: '0755' },
  { name: '珠海市', region: '440400', area: '0756' },
  { name: '佛山市', region: '440600', area: '0757' },
  { name: '惠州市', region: '441300', area: '0752' },
  { name: '东莞市', region: '441900', area: '0769' },
  { name: '中山市', region: '442000', area: '0760' },
] as const;

const BRAND_CHARS = [
  ...'星河蓝鲸灵犀天衡云帆海岸鹏程智感知行方舟微湃声联数聚译语通达华辰明远博瑞睿思启航卓越恒信宏图',
];
const FIELDS = words('智能 智算 微电子 信息 数据 感知 视觉 语音 芯片 机器人 网络 软件');
const SUFFIXES = ['科技有限公司', '技术有限公司', '科技股份有限公司', '科技发展有限公司'];

/**
 * Six title slots of exactly 31 words each: a row number picks one word per slot through a Reed–Solomon codeword over
 * GF(31) (see titleSlots), so any two generated titles differ in at least three slots and are no near duplicates.
 */
const SLOT_SIZE = 31;
const INDUSTRIES = words(
  '智能制造 智慧医疗 智能网联汽车 智慧城市 金融 电子信息 智慧能源 智慧港口 公共安全 跨境电商 智慧农业 轨道交通 智能家居 在线教育 司法 政务服务 生物医药 新能源 电力 物流仓储 矿山 水利 气象 文化旅游 应急管理 海洋 卫星遥感 航空 半导体 钢铁冶金 石油化工',
);
const TASKS = words(
  '缺陷检测 故障诊断 语音交互 目标识别 路径规划 风险预警 质量追溯 身份认证 智能巡检 辅助决策 实时监测 精准营销 智能问答 内容审核 病理分析 安全防护 能耗优化 产线调度 客流分析 作物识别 车路协同 环境感知 行为分析 文档理解 知识检索 舆情分析 图像增强 三维重建 姿态估计 声纹识别 异常检测',
);
const APPROACHES = words(
  '深度学习 强化学习 知识蒸馏 图神经网络 联邦学习 注意力机制 神经架构搜索 自监督学习 迁移学习 脉冲神经网络 存内计算 三维堆叠 芯粒集成 RISC-V 稀疏计算 混合精度 光电融合 多传感器融合 事件驱动 硅光互连 大模型 预训练 对比学习 生成式模型 数字孪生 边缘智能 类脑计算 近似计算 动态量化 主动学习 持续学习',
);
const CODE_NAMES = words(
  '天枢 玄武 青鸾 启明 北辰 长庚 织女 天璇 天权 玉衡 开阳 摇光 朱雀 白泽 烛龙 毕方 精卫 夸父 应龙 句芒 望舒 云中 青云 凌霄 扶摇 乘风 破晓 曦光 澄明 远帆 听涛',
);
const MODIFIERS = words(
  '高精度 低功耗 高可靠 自主可控 多模态 轻量化 高性能 国产化 大规模 高能效 开源 安全可信 自适应 实时 分布式 云边协同 小样本 可解释 高鲁棒 全栈 超大规模 知识增强 隐私保护 通用型 低时延 高吞吐 全场景 跨平台 端到端 软硬协同 可重构',
);
const ACTIONS = words(
  '研发 研制 研发及产业化 研制与应用 研发与示范应用 关键技术研究 技术攻关 开发及推广应用 设计与验证 产业化 研发与产业化应用 建设 构建与应用 集成与验证 研发及规模化应用 工程化 开发 攻关与示范 研究及应用 研发与推广 平台化开发 标准化研究 产品化 测试验证 示范应用 创新应用 规模化部署 研发与验证 迭代升级 国产化替代 优化与部署',
);
for (const list of [INDUSTRIES, TASKS, APPROACHES, CODE_NAMES, MODIFIERS, ACTIONS]) {
  if (list.length !== SLOT_SIZE) throw new Error(`a title slot needs ${SLOT_SIZE} words, not ${list.length}`);
}

const CATEGORY = { core: '核心基础', product: '重点产品', support: '公共支撑' } as const;

/** The six directions that the notice names, with their category, share of rows and project objects. */
const DIRECTIONS = [
  {
    name: '高性能云端人工智能芯片',
    category: CATEGORY.core,
    weight: 0.15,
    objects: words(
      '云端训练芯片 云端推理芯片 AI加速卡 大模型训练芯片 可重构计算芯片 存算一体芯片 高带宽互联AI芯片 张量处理器 异构计算芯片 稀疏计算加速器',
    ),
  },
  {
    name: '高性能边缘端/终端计算人工智能芯片',
    category: CATEGORY.core,
    weight: 0.2,
    objects: words(
      '边缘推理芯片 端侧AI芯片 视觉处理SoC 神经网络处理器 车规级AI芯片 智能摄像头芯片 语音AI芯片 边缘计算模组 类脑计算芯片 AI微控制器',
    ),
  },
  {
    name: '智能传感器',
    category: CATEGORY.core,
    weight: 0.2,
    objects: words(
      '智能视觉传感器 MEMS惯性传感器 毫米波雷达 激光雷达 柔性触觉传感器 智能气体传感器 声学传感器 红外热成像传感器 多维力传感器 生物电传感器',
    ),
  },
  {
    name: '终端人工智能推断框架',
    category: CATEGORY.core,
    weight: 0.15,
    objects: words(
      '端侧推断框架 推理引擎 模型压缩工具链 异构推理框架 移动端深度学习框架 神经网络编译器 嵌入式推理库 端云协同推理框架 低比特量化推理框架 模型部署平台',
    ),
  },
  {
    name: '机器翻译系统',
    category: CATEGORY.product,
    weight: 0.12,
    objects: words(
      '神经机器翻译系统 多语种翻译引擎 语音翻译系统 同声传译系统 专业领域翻译平台 文档翻译系统 民族语言翻译系统 多模态翻译系统 实时字幕翻译系统 低资源语种翻译模型',
    ),
  },
  {
    name: '人工智能训练资源库',
    category: CATEGORY.support,
    weight: 0.18,
    objects: words(
      '训练数据集 标注数据资源库 多模态语料库 知识图谱资源库 行业数据集 仿真训练平台 数据标注平台 基准测试数据集 语音语料库 开放数据资源平台',
    ),
  },
] as const;

const DIRECTION_TYPOS = words(
  '机器翻译平台 智能传感器件 边缘端人工智能芯片 人工智能训练资源平台 云端人工智能芯片',
);

const SURNAMES = [
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高梁郑谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余于杜叶程苏',
];
const GIVEN = [...'伟娜敏静丽强磊军洋勇艳杰涛明超霞平刚桂芳燕浩宇晨婷昊琳斌雪峰晶欣怡鹏辉俊'];

// ---------------------------------------------------------------------------------------------------------------
// Units and codes

export interface Unit {
  name: string;
  code: string;
  city: (typeof CITIES)[number];
}

/** GB 11714 check character of an 8-character organisation code base. */
function orgCodeCheck(base8: string): string {
  const weights = [3, 7, 9, 10, 5, 8, 4, 2];
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const ch = base8.charAt(i);
    sum += (/\d/u.test(ch) ? Number(ch) : ch.charCodeAt(0) - 55) * (weights[i] ?? 0);
  }
  const check = 11 - (sum % 11);
  return check === 10 ? 'X' : check === 11 ? '0' : String(check);
}

const UNIT_RADICES = [BRAND_CHARS.length, BRAND_CHARS.length, FIELDS.length, CITIES.length, SUFFIXES.length];
const UNIT_SPACE = UNIT_RADICES.reduce((a, b) => a * b, 1);
const UNIT_MULTIPLIER = coprimeMultiplier(UNIT_SPACE);
const ORG_SPACE = 31 ** 6;
const ORG_MULTIPLIER = coprimeMultiplier(ORG_SPACE);

/** The unit with a given number: distinct numbers give distinct names and codes. */
function unitNumber(n: number, branch: boolean): Unit {
  const [b1 = 0, b2 = 0, field = 0, city = 0, suffix = 0] = mixedRadix(
    scramble(n % UNIT_SPACE, UNIT_SPACE, UNIT_MULTIPLIER),
    UNIT_RADICES,
  );
  const place = nth(CITIES, city);
  const brand = nth(BRAND_CHARS, b1) + nth(BRAND_CHARS, b2);
  const tail = n >= UNIT_SPACE ? `第${Math.floor(n / UNIT_SPACE) + 1}` : '';
  const stem = `${brand}${nth(FIELDS, field)}${tail}${nth(SUFFIXES, suffix)}`;
  const name = branch ? `北京${stem}${place.name.replace('市', '')}分公司` : `${place.name}${stem}`;
  // Organisation code: 'MA' + 6 characters of the scrambled unit number in the code alphabet (31^6 = 887,503,681).
  let rest = scramble(n, ORG_SPACE, ORG_MULTIPLIER);
  let org = '';
  for (let i = 0; i < 6; i++) {
    org = USCC_ALPHABET.charAt(rest % 31) + org;
    rest = Math.floor(rest / 31);
  }
  const base8 = 'MA' + org;
  const first17 = `91${place.region}${base8}${orgCodeCheck(base8)}`;
  return { name, code: first17 + usccCheckCharacter(first17), city: place };
}

// ---------------------------------------------------------------------------------------------------------------
// Titles

const TITLE_SPACE = SLOT_SIZE ** 4;
const TITLE_MULTIPLIER = coprimeMultiplier(TITLE_SPACE);

/**
 * The six slot words of a row number: the number's four base-31 digits are the coefficients of a cubic over GF(31),
 * and the slots are its values at 0…5. Two cubics agree at 3 points at most, so two numbers below 31^4 (923,521)
 * give slot lists that differ in at least 3 of 6 places.
 */
function titleSlots(n: number): number[] {
  const coefficients = mixedRadix(scramble(n % TITLE_SPACE, TITLE_SPACE, TITLE_MULTIPLIER), [31, 31, 31, 31]);
  return [0, 1, 2, 3, 4, 5].map((x) =>
    coefficients.reduce((sum, c, power) => (sum + c * x ** power) % SLOT_SIZE, 0),
  );
}

/** A title for a row number: distinct and far apart for numbers below 923,521; templates vary the shape. */
function titleNumber(n: number, direction: (typeof DIRECTIONS)[number], random: Random): string {
  const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = titleSlots(n);
  const industry = nth(INDUSTRIES, a);
  const task = nth(TASKS, b);
  const approach = nth(APPROACHES, c);
  const name = nth(CODE_NAMES, d);
  const modifier = nth(MODIFIERS, e);
  const action = nth(ACTIONS, f);
  const object = pick(random, direction.objects);
  const round = n >= TITLE_SPACE ? `（第${Math.floor(n / TITLE_SPACE) + 1}批）` : '';
  switch (n % 4) {
    case 0:
      return `面向${industry}${task}的${approach}${modifier}${object}“${name}”${action}${round}`;
    case 1:
      return `基于${approach}的${industry}${task}${modifier}${object}（${name}）${action}${round}`;
    case 2:
      return `“${name}”${approach}${modifier}${object}${action}（${industry}${task}方向）${round}`;
    default:
      return `${industry}${task}场景下${approach}${modifier}${object}（${name}）${action}${round}`;
  }
}

/** A near duplicate of a title: a couple of characters changed, added or dropped. */
function nearDuplicate(random: Random, title: string): string {
  const variants: [RegExp, string][] = [
    [/研发$/u, '研制'],
    [/建设$/u, '构建'],
    [/研发及产业化$/u, '研发与产业化'],
  ];
  for (const [pattern, replacement] of variants)
    if (pattern.test(title)) return title.replace(pattern, replacement);
  return random() < 0.5 ? `${title}应用` : `${title}（一期）`;
}

/** The same title as people retype it: ASCII brackets for full-width ones, or a trailing space. */
function retyped(title: string): string {
  return /[（）]/u.test(title) ? title.replace(/（/gu, '(').replace(/）/gu, ')') : `${title} `;
}

// ---------------------------------------------------------------------------------------------------------------
// Rows

export interface GeneratedRow {
  unit: Unit;
  code: string | number;
  title: string;
  category: string;
  direction: string;
  contact: string;
  phone: string | number;
  choice: '是' | '否';
  hidden: boolean;
  /** A planted repeat of an earlier row's title: the same after normalisation, or a near duplicate. */
  copy?: { of: number; kind: 'same' | 'near' };
}

function pickDirection(random: Random): (typeof DIRECTIONS)[number] {
  let r = random();
  for (const direction of DIRECTIONS) {
    r -= direction.weight;
    if (r < 0) return direction;
  }
  return DIRECTIONS[DIRECTIONS.length - 1] as (typeof DIRECTIONS)[number];
}

function digits(random: Random, count: number): string {
  let text = '';
  for (let i = 0; i < count; i++) text += String(Math.floor(random() * 10));
  return text;
}

function phoneFor(random: Random, unit: Unit): string | number {
  const r = random();
  const mobile = () =>
    pick(random, ['13', '15', '17', '18', '19']) + String(Math.floor(random() * 10)) + digits(random, 8);
  const local = () => String(2 + Math.floor(random() * 7)) + digits(random, 7);
  if (r < 0.7) return mobile();
  if (r < 0.95) return `${unit.city.area}-${local()}`;
  if (r < 0.955) return local();
  if (r < 0.96) return mobile().slice(0, 10);
  if (r < 0.965) return Number(`${unit.city.area}${local()}`);
  return Number(mobile());
}

function codeFor(random: Random, unit: Unit): string | number {
  const r = random();
  if (r < 0.007) return unit.code.slice(0, 17) + (unit.code.endsWith('Q') ? 'R' : 'Q');
  if (r < 0.01) return unit.code.slice(0, 9) + unit.code.slice(10);
  if (r < 0.012) {
    const numeric = `9144030034${digits(random, 8)}`;
    return Number(numeric.slice(0, 15) + '000');
  }
  return unit.code;
}

/** Which unit each row belongs to: runs of 1–6 rows per unit, then about 8% of rows swapped elsewhere. */
function assignUnits(random: Random, rows: number): number[] {
  const owners: number[] = [];
  let unit = 0;
  while (owners.length < rows) {
    const r = random();
    const count = r < 0.6 ? 1 : r < 0.85 ? 2 : r < 0.995 ? 3 : 4 + Math.floor(random() * 3);
    for (let i = 0; i < count && owners.length < rows; i++) owners.push(unit);
    unit++;
  }
  for (let i = 0; i < rows; i++) {
    if (random() >= 0.04) continue;
    const j = Math.floor(random() * rows);
    const a = owners[i] as number;
    owners[i] = owners[j] as number;
    owners[j] = a;
  }
  return owners;
}

/** The rows that generateWorkbook writes for a row count (the same seed), for benchmarks that want to know them. */
export function generateRows(rows: number, seed = SEED): GeneratedRow[] {
  const random = mulberry32(seed);
  const owners = assignUnits(random, rows);
  const units = new Map<number, Unit>();
  const out: GeneratedRow[] = [];
  for (let i = 0; i < rows; i++) {
    const owner = owners[i] as number;
    let unit = units.get(owner);
    if (!unit) {
      unit = unitNumber(owner, random() < 0.005);
      units.set(owner, unit);
    }
    const direction = pickDirection(random);
    let title = titleNumber(i, direction, random);
    let copy: GeneratedRow['copy'];
    const copyDraw = random();
    if (copyDraw < 0.008 && out.length > 0) {
      const of = Math.floor(random() * out.length);
      const earlier = (out[of] as GeneratedRow).title;
      if (earlier !== '') {
        copy = { of, kind: copyDraw < 0.003 ? 'same' : 'near' };
        title = copy.kind === 'same' ? retyped(earlier) : nearDuplicate(random, earlier);
      }
    }
    if (!copy && random() < 0.01) title = '';
    const quirk = random();
    out.push({
      unit,
      code: codeFor(random, unit),
      title,
      category:
        quirk < 0.005
          ? pick(
              random,
              Object.values(CATEGORY).filter((c) => c !== direction.category),
            )
          : direction.category,
      direction: quirk >= 0.005 && quirk < 0.008 ? pick(random, DIRECTION_TYPOS) : direction.name,
      contact: pick(random, SURNAMES) + pick(random, GIVEN) + (random() < 0.6 ? pick(random, GIVEN) : ''),
      phone: phoneFor(random, unit),
      choice: random() < 0.01 ? '是' : '否',
      hidden: random() < 0.001,
      ...(copy ? { copy } : {}),
    });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Workbook

const WIDTHS = [8, 36, 22, 44, 10, 26, 9, 16, 9];
const DATA_STYLE: Partial<ExcelJS.Style> = {
  font: BODY_FONT,
  border: THIN,
  alignment: { vertical: 'middle', wrapText: true },
};

/** The few typings that ExcelJS's index.d.ts leaves out of the streaming worksheet. */
interface StreamingSheet extends ExcelJS.Worksheet {
  dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void };
}

/**
 * Writes a workbook of `rows` project rows to `path`, deterministically (the same rows for the same count).
 */
export async function generateWorkbook(rows: number, path: string): Promise<void> {
  if (!Number.isInteger(rows) || rows < 0)
    throw new RangeError(`rows must be a whole number ≥ 0, not ${rows}`);
  const data = generateRows(rows, SEED);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: path,
    useStyles: true,
    useSharedStrings: true,
  });
  workbook.creator = '广东省工业和信息化厅';
  workbook.created = FIXED_TIME;
  workbook.modified = FIXED_TIME;
  const sheet = workbook.addWorksheet('推荐汇总表', {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 5, topLeftCell: 'A6', activeCell: 'A6' }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  }) as StreamingSheet;
  sheet.columns = WIDTHS.map((width, index) => ({
    width,
    style: index === 2 || index === 7 ? { numFmt: '@' } : {},
  }));

  // Title, blank row, 推荐单位 line, two-row header.
  const title = sheet.getRow(1);
  title.getCell(1).value = '广东省2021年人工智能产业创新任务揭榜挂帅项目推荐汇总表';
  title.getCell(1).font = { name: '方正小标宋简体', size: 18, bold: true };
  title.getCell(1).alignment = { horizontal: 'center', vertical: 'middle' };
  title.height = 40;
  sheet.mergeCells('A1:I1');
  sheet.getRow(2).height = 10;
  sheet.getCell('A3').value = '推荐单位（盖章）：广东省工业和信息化厅';
  sheet.getCell('G3').value = '填报日期：2021年11月25日';
  sheet.getCell('G3').alignment = { horizontal: 'right' };
  sheet.mergeCells('A3:E3');
  sheet.mergeCells('G3:I3');
  const headers = [
    '序号',
    '申报单位',
    '统一社会信用代码',
    '项目名称',
    '所属类别',
    '揭榜方向',
    '联系人',
    '',
    '是否推荐',
  ];
  for (const r of [4, 5]) {
    const row = sheet.getRow(r);
    row.height = 20;
    for (let c = 1; c <= 9; c++) {
      const cell = row.getCell(c);
      if (r === 4) cell.value = headers[c - 1] || null;
      if (r === 5 && c === 7) cell.value = '姓名';
      if (r === 5 && c === 8) cell.value = '联系电话';
      cell.font = { ...BODY_FONT, bold: true };
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
      cell.border = THIN;
    }
  }
  for (const column of ['A', 'B', 'C', 'D', 'E', 'F', 'I']) sheet.mergeCells(`${column}4:${column}5`);
  sheet.mergeCells('G4:H4');
  for (const r of [1, 2, 3, 4, 5]) sheet.getRow(r).commit();

  // Data rows, one run of a unit at a time, so that a run's unit and code cells can be merged before the commit.
  const random = mulberry32(SEED + 1);
  let i = 0;
  while (i < data.length) {
    let end = i + 1;
    while (end < data.length && (data[end] as GeneratedRow).unit === (data[i] as GeneratedRow).unit) end++;
    const merge =
      end - i > 1 && random() < 0.35 && data.slice(i, end).every((row) => row.code === data[i]?.code);
    for (let k = i; k < end; k++) {
      const item = data[k] as GeneratedRow;
      const first = k === i || !merge;
      const row = sheet.getRow(FIRST_DATA_ROW + k);
      row.values = [
        k + 1,
        first ? item.unit.name : null,
        first ? item.code : null,
        item.title || null,
        item.category,
        item.direction,
        item.contact,
        item.phone,
        item.choice,
      ];
      for (let c = 1; c <= 9; c++) {
        const cell = row.getCell(c);
        cell.style = c === 3 || c === 8 ? { ...DATA_STYLE, numFmt: '@' } : DATA_STYLE;
      }
      if (typeof item.code === 'number') row.getCell(3).numFmt = 'General';
      if (typeof item.phone === 'number') row.getCell(8).numFmt = 'General';
      if (item.hidden) row.hidden = true;
    }
    if (merge) {
      sheet.mergeCells(FIRST_DATA_ROW + i, 2, FIRST_DATA_ROW + end - 1, 2);
      sheet.mergeCells(FIRST_DATA_ROW + i, 3, FIRST_DATA_ROW + end - 1, 3);
    }
    for (let k = i; k < end; k++) sheet.getRow(FIRST_DATA_ROW + k).commit();
    i = end;
  }

  // Footer.
  const lastData = FIRST_DATA_ROW + data.length - 1;
  const chosen = data.filter((row) => row.choice === '是').length;
  const total = sheet.getRow(lastData + 1);
  total.getCell(1).value = '合计';
  total.getCell(4).value = `共${data.length}项，其中拟推荐${chosen}项`;
  sheet.mergeCells(lastData + 1, 1, lastData + 1, 3);
  sheet.mergeCells(lastData + 1, 4, lastData + 1, 9);
  sheet.getCell(lastData + 2, 1).value = '填报人：梁晓          审核人：郑华          联系电话：020-83133000';
  sheet.mergeCells(lastData + 2, 1, lastData + 2, 9);
  sheet.getCell(lastData + 3, 1).value =
    '注：每个申报主体申报不超过3个项目，已列入前期揭榜优胜项目的不得重复申报；推荐项目原则上不超过15个。';
  sheet.mergeCells(lastData + 3, 1, lastData + 3, 9);
  if (data.length > 0) {
    sheet.dataValidations.add(`I${FIRST_DATA_ROW}:I${lastData}`, {
      type: 'list',
      allowBlank: true,
      formulae: ['"是,否"'],
      showErrorMessage: true,
    });
  }
  sheet.commit();
  await workbook.commit();
}

async function main(): Promise<void> {
  const rows = Number(process.argv[2] ?? 100000);
  const out = process.argv[3] ?? path.join('test-artifacts', `generated-${rows}.xlsx`);
  fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
  const started = process.hrtime.bigint();
  await generateWorkbook(rows, out);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const bytes = fs.statSync(out).size;
  console.log(`${rows} rows → ${out}: ${(bytes / 1048576).toFixed(1)} MiB in ${seconds.toFixed(1)} s`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
