/**
 * The Chinese numerals that a number format's `[DBNum1]` (中文小写数字) and `[DBNum2]` (中文大写数字) ask for, as
 * zh-CN Excel shows them (`[DBNum1][$-804]General`: 12345 一万二千三百四十五, 10 一十, 1001 一千○一, 0 ○;
 * `[DBNum2]`: 壹万贰仟叁佰肆拾伍, 壹拾, 壹仟零壹). Excel's display of these is collected in the test data of
 * mygreen/excel-cellformatter (cell_format_chinese.xlsx). numfmt reads the modifier and ignores it.
 */
interface Numerals {
  /** 0 to 9. */
  digits: string;
  /** The units within a group of four digits: ones, tens, hundreds, thousands. */
  units: readonly [string, string, string, string];
}

const NUMERALS: Readonly<Record<1 | 2, Numerals>> = {
  // Excel writes zero as ○ (U+25CB), not 〇 (U+3007).
  1: { digits: '○一二三四五六七八九', units: ['', '十', '百', '千'] },
  2: { digits: '零壹贰叁肆伍陆柒捌玖', units: ['', '拾', '佰', '仟'] },
};

/** The units of each group of four digits: 万 (10⁴), 亿 (10⁸), 兆 (10¹²), 京 (10¹⁶). */
const GROUP_UNITS = ['', '万', '亿', '兆', '京'];

/** The modifier of a format: `[DBNum1]` or `[DBNum2]`, anywhere in it, in any case. */
const DBNUM = /\[DBNum([12])\]/iu;

/** Which Chinese numerals a number format asks for, if any. */
export function chineseNumeralsOf(pattern: string): 1 | 2 | undefined {
  const kind = DBNUM.exec(pattern)?.[1];
  return kind === '1' ? 1 : kind === '2' ? 2 : undefined;
}

/** Digits each as its numeral: a year (二○二一), the decimals of a number. */
const eachDigit = (digits: string, n: Numerals): string =>
  digits.replace(/\d/gu, (d) => n.digits.charAt(Number(d)));

/**
 * A whole number with its units: 一万二千三百四十五. Zeros between digits are one zero (一千○一, 一亿○一百○一万);
 * zeros at the end are none (一十); a one before a unit is written (一十二, not 十二).
 */
function withUnits(digits: string, n: Numerals): string {
  const whole = digits.replace(/^0+/u, '');
  if (whole === '') return n.digits.charAt(0);
  let text = '';
  let zero = false;
  for (let i = 0; i < whole.length; i++) {
    const place = whole.length - 1 - i;
    const digit = Number(whole[i]);
    if (digit === 0) zero = true;
    else {
      text += (zero ? n.digits.charAt(0) : '') + n.digits.charAt(digit) + n.units[place % 4]!;
      zero = false;
    }
    // A group of four digits that holds any but zeros ends with its unit.
    if (place % 4 === 0 && place > 0 && /[1-9]/u.test(whole.slice(Math.max(0, i - 3), i + 1)))
      text += GROUP_UNITS[place / 4] ?? '';
  }
  return text;
}

/**
 * The text a format shows for a number, with its digits as Chinese numerals: in a number, its whole part with units
 * and its decimals digit by digit (-一千二百三十四.五); in a date, a year digit by digit and the rest with units
 * (二○一七年九月二十四日).
 */
export function inChineseNumerals(text: string, kind: 1 | 2, date: boolean): string {
  const n = NUMERALS[kind];
  let first = true;
  return text.replace(/\d+/gu, (digits) => {
    const whole = date ? digits.length !== 4 : first;
    first = false;
    return whole ? withUnits(digits, n) : eachDigit(digits, n);
  });
}
