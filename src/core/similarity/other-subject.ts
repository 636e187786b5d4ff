/**
 * Words that officers put one for another when they rename a project (…检测系统研发, …检测平台研发;
 * …研发及产业化, …研发及应用): changing one of them for another leaves the project what it was.
 */
const INTERCHANGEABLE = new Set([
  '系统',
  '平台',
  '装置',
  '设备',
  '装备',
  '软件',
  '工具',
  '研发',
  '研制',
  '开发',
  '应用',
  '产业化',
  '建设',
  '示范',
  '推广',
]);

/**
 * Whether two different keys are one template with another subject in it, and so name distinct projects: they
 * differ in one block only, where both have at least two characters and share none (智能语音识别系统 and
 * 智能图像识别系统, 面向医疗领域… and 面向法律领域…). A word added (研发及产业化应用), one character changed (一期,
 * 二期), characters transposed, or a product or kind of work renamed (系统, 平台) is no other subject.
 */
export function namesOtherSubject(a: string, b: string): boolean {
  const shorter = Math.min(a.length, b.length);
  let start = 0;
  while (start < shorter && a[start] === b[start]) start++;
  let end = 0;
  while (end < shorter - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  const [x, y] = [a.slice(start, a.length - end), b.slice(start, b.length - end)];
  if (x.length < 2 || y.length < 2 || (INTERCHANGEABLE.has(x) && INTERCHANGEABLE.has(y))) return false;
  // Blocks that differ in two places hold the text between them on both sides: they share a character.
  const inX = new Set(x);
  return ![...y].some((char) => inX.has(char));
}
