/**
 * How a unit's name ends, as the names of enterprises, universities, institutes and associations end: 甲科技有限公司,
 * 乙大学, 丙研究院, 丁研究所, 戊创新中心, 己重点实验室, 庚产业联盟. A text that ends otherwise (北京, （深圳）, 有限)
 * reads as part of a name, not a name on its own.
 */
const UNIT_ENDING =
  /.(?:公司|集团|大学|学校|中心|实验室|协会|学会|研究会|促进会|基金会|委员会|联盟|合作社|银行|[院所厂])$/u;

/** A bracketed note at the end of a name: 华为技术有限公司（深圳）, 甲科技有限公司(筹). */
const TRAILING_BRACKETS = /[（(][^（）()]*[）)]$/u;

/** Whether a text ends as a unit's name does (a bracketed note after it aside), so that it reads as a name on its own. */
export function endsAsUnit(text: string): boolean {
  return UNIT_ENDING.test(text.replace(TRAILING_BRACKETS, ''));
}

/**
 * Parents whose own units are often written after them with a space, and how those units' names end: 中国科学院
 * 自动化研究所, 北京大学 第三医院; 中国电子科技集团有限公司 第十四研究所, 中国移动通信集团 广东有限公司 (a group's
 * subsidiaries are companies too); and a company's or bank's branch, named by its place alone: 甲科技有限公司
 * 深圳分公司, written without the space as one name too (甲科技有限公司深圳分公司). A branch that names its own
 * company (乙科技有限公司深圳分公司) is another company's.
 */
const PARENTS: readonly { parent: RegExp; own: RegExp }[] = [
  { parent: /(?:科学院|大学|总院)$/u, own: /(?:中心|实验室|[院所])$/u },
  { parent: /集团(?:股份)?(?:有限)?(?:公司)?$|总公司$/u, own: /(?:公司|中心|实验室|[院所])$/u },
  { parent: /(?:公司|银行)$/u, own: /^(?:(?!公司|银行).)+(?:分公司|分行|办事处|代表处)$/u },
];

/** Whether a name written after another (中国科学院 自动化研究所) may be one of that unit's own units. */
export function maySubordinate(parent: string, name: string): boolean {
  return PARENTS.some((kind) => kind.parent.test(parent) && kind.own.test(name));
}

/**
 * Parents whose own units are written on the next line of the cell (Alt+Enter), and how the names of those units
 * end, where a line break otherwise lists joint applicants one a line (甲科技有限公司⏎乙大学): an academy's
 * institutes (中国科学院⏎自动化研究所), a university's schools (浙江大学⏎计算机科学与技术学院, not an institute or
 * centre, which may be a unit of its own), a group's institutes (中国电子科技集团有限公司⏎第十四研究所), and a
 * company's or bank's branch named by its place alone (甲科技有限公司⏎上海分公司).
 */
const PARENTS_ON_LINES: readonly { parent: RegExp; own: RegExp }[] = [
  { parent: /科学院$/u, own: /(?:中心|实验室|[院所])$/u },
  { parent: /大学$/u, own: /(?:学院|系|学部|研究生院)$/u },
  { parent: /集团(?:股份)?(?:有限)?(?:公司)?$|总公司$/u, own: /(?:研究所|研究院)$/u },
  PARENTS[2]!,
];

/** Words that only a unit's own full name holds, so that a line holding them names a unit of its own. */
const NAMES_ITS_OWN = /^(?:中国|国家)|大学|科学院|公司|集团|银行/u;

/**
 * Whether a line after another in one cell (中国科学院⏎自动化研究所) goes on with that unit's name: it names one of
 * the unit's own units, and holds no word of a full name of its own (北京大学⏎中国科学院自动化研究所 are two).
 */
export function continuesOnLine(parent: string, line: string): boolean {
  return (
    PARENTS_ON_LINES.some((kind) => kind.parent.test(parent) && kind.own.test(line)) &&
    !NAMES_ITS_OWN.test(line.replace(/(?:分公司|分行)$/u, ''))
  );
}

/**
 * A body that units set up together, named after them: 甲大学与乙科技有限公司联合实验室, 甲研究院和乙大学共建研究中心. The
 * units joined by 与 or 和 before it are part of its name, not joint units beside it.
 */
const JOINT_BODY = /(?:联合|共建)\p{Script=Han}{0,6}(?:实验室|中心|[院所])$/u;

/** Whether a name written after 与 or 和 (乙科技有限公司联合实验室) is a body of both units, so one name with them. */
export function isJointBody(name: string): boolean {
  return JOINT_BODY.test(name);
}
