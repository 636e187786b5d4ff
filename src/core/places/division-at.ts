import divisions from './divisions.json';

/** A division of a province named at the start of a name: `武汉市` in 武汉市经济和信息化局, in 湖北省. */
export interface Division {
  /** The division's full name (恩施土家族苗族自治州 for 恩施州). */
  place: string;
  /** Its province's full name. */
  province: string;
  /** What follows the division's name in the name. */
  rest: string;
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
const AUTONOMOUS_PREFECTURE = '自治州';
/** A short name is the two to four characters before the peoples' names of an autonomous prefecture. */
const SHORT_LENGTHS = [2, 3, 4];

function writingsOf(
  province: string,
  prefectures: readonly string[],
  counties: readonly string[],
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
  for (const place of counties) add(place, place, false);
  return writings;
}

const WRITINGS: readonly Writing[] = Object.entries(divisions).flatMap(([province, d]) =>
  writingsOf(province, d.prefectures, d.counties),
);

/**
 * The prefecture or county (GB/T 2260, src/core/places/divisions.json) that a name begins with, and its province: the
 * longest writing that fits, where all that fit so far agree on the province. Counties whose name several places
 * share are not in the data, so they name no province.
 */
export function divisionAt(name: string, bureauWords: readonly string[]): Division | undefined {
  let best: Writing[] = [];
  for (const writing of WRITINGS) {
    if (!name.startsWith(writing.text)) continue;
    const rest = name.slice(writing.text.length);
    if (writing.short && rest !== '' && !bureauWords.some((word) => rest.startsWith(word))) continue;
    const longest = best[0]?.text.length ?? 0;
    if (writing.text.length > longest) best = [writing];
    else if (writing.text.length === longest) best.push(writing);
  }
  const [first] = best;
  if (!first || best.some((w) => w.province !== first.province || w.place !== first.place)) return undefined;
  return { place: first.place, province: first.province, rest: name.slice(first.text.length) };
}
