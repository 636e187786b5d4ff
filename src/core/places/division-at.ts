import divisions from './divisions.json';

/** A division of a province named at the start of a name: `武汉市` in 武汉市经济和信息化局, in 湖北省. */
export interface Division {
  /** The division's full name (恩施土家族苗族自治州 for 恩施州). */
  place: string;
  /**
   * The full names of the provinces it may be in: one, or several for a name that divisions of several share (朝阳区:
   * 北京市 or 吉林省).
   */
  provinces: string[];
  /** What follows the division's name in the name. */
  rest: string;
  /** The name is a development zone's: the division is one (浦东新区), or one named after it (杭州高新区). */
  zone: boolean;
}

/**
 * A way of writing a division: its full name, or a short one (武汉 for 武汉市, 阿克苏 for 阿克苏地区, 恩施州 for
 * 恩施土家族苗族自治州). A short one names the division only before a bureau word or alone (朝阳 is 辽宁's 朝阳市, but
 * 朝阳区 is one of two other cities' districts).
 */
interface Writing {
  text: string;
  place: string;
  province: string;
  short: boolean;
}

const SHORT_ENDING = /(?:市|地区|盟)$/u;
/**
 * A development zone or new area after a division's name, with its own name between at most (杭州|高新区,
 * 长沙|经济技术开发区, 苏州|工业园区, 武汉|东湖新技术开发区, 南京|江北新区): it is that division's.
 */
const ZONE = /^\p{Script=Han}{0,6}?(?:开发区|高新区|经开区|园区|新区)/u;
const ZONE_END = /(?:开发区|高新区|园区|新区)$/u;
const AUTONOMOUS_PREFECTURE = '自治州';
/** A short name is the two to four characters before the peoples' names of an autonomous prefecture. */
const SHORT_LENGTHS = [2, 3, 4];

function writingsOf(
  province: string,
  { prefectures, counties, shared }: { prefectures: string[]; counties: string[]; shared: string[] },
): Writing[] {
  const writings: Writing[] = [];
  const add = (text: string, place: string, short: boolean) =>
    writings.push({ text, place, province, short });
  for (const place of prefectures) {
    add(place, place, false);
    const bare = place.replace(SHORT_ENDING, '');
    if (bare !== place && bare.length >= 2) add(bare, place, true);
    if (place.endsWith(AUTONOMOUS_PREFECTURE))
      for (const length of SHORT_LENGTHS) add(`${place.slice(0, length)}州`, place, false);
  }
  for (const place of [...counties, ...shared]) add(place, place, false);
  return writings;
}

const WRITINGS: readonly Writing[] = Object.entries(divisions).flatMap(([province, d]) =>
  writingsOf(province, d),
);

/**
 * The prefecture or county (GB/T 2260, src/core/places/divisions.json) that a name begins with, and the provinces it
 * may be in: the longest writing that fits, where all that fit so far name the same place. A short writing names the
 * division before a bureau word, a development zone or nothing; or before anything with `shortBeforeAnything`, as in
 * the name of a city's state-owned group, registered without 市 (无锡产业发展集团有限公司).
 */
export function divisionAt(
  name: string,
  bureauWords: readonly string[],
  { shortBeforeAnything = false } = {},
): Division | undefined {
  let best: Writing[] = [];
  for (const writing of WRITINGS) {
    if (!name.startsWith(writing.text)) continue;
    const rest = name.slice(writing.text.length);
    if (
      writing.short &&
      !shortBeforeAnything &&
      rest !== '' &&
      !ZONE.test(rest) &&
      !bureauWords.some((word) => rest.startsWith(word))
    )
      continue;
    const longest = best[0]?.text.length ?? 0;
    if (writing.text.length > longest) best = [writing];
    else if (writing.text.length === longest) best.push(writing);
  }
  const [first] = best;
  if (!first || best.some((w) => w.place !== first.place)) return undefined;
  const rest = name.slice(first.text.length);
  return {
    place: first.place,
    provinces: [...new Set(best.map((w) => w.province))],
    rest,
    zone: ZONE_END.test(first.place) || ZONE.test(rest),
  };
}
