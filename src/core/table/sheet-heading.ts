import type { SheetGrid } from '../grid';
import { isRecommenderLine, recommenderNamed, rowTexts } from './recommender-line';

/** What the lines above a table say about who recommends it. */
export interface SheetHeading {
  /** The title, e.g. `深圳市2021年人工智能产业创新任务揭榜单位推荐表`. */
  title?: string;
  /** The recommender named in the title, e.g. `深圳市`. */
  titleName?: string;
  /** The recommender on the `推荐单位（盖章）：…` line, above the table or, the usual place in templates, under it. */
  lineName?: string;
}

const TITLE_WORDS = /推荐|汇总|申报|揭榜|一览表|清单/u;

/** What opens a title before its name: the attachment's number and a year (`附件1：2021年度深圳市…`). */
const TITLE_OPENING = /^(?:附件 ?[\d一二三四五六七八九十]* ?:? ?)?(?:20\d{2}年度?)?/u;

/** What follows the name at the start of a title: `深圳市|2021年…`, `湖北省工业和信息化厅|关于…`, `宁波市|推荐…`. */
const TITLE_NAME_END = /20\d{2}年|关于|推荐|人工智能|揭榜/u;

/** A place in brackets that closes a title: `…推荐汇总表（厦门市）` → `厦门市`; `（第一批）` is none. */
const PLACE_IN_BRACKETS = /\(([^()]{1,19}(?:[省市区县州盟旗]|兵团))\)$/u;

/**
 * The recommender a title names: what comes before the year or the call's words, after a year that opens it
 * (`深圳市2021年人工智能…` and `2021年度深圳市人工智能…` → `深圳市`), with the spaces that spread a short name out
 * left out (`深 圳 市`), else a place in brackets at its end. A bare year (`2021年人工智能…`) and `关于…` name none.
 */
function titleName(title: string): string | undefined {
  const rest = title.replace(TITLE_OPENING, '');
  const end = rest.search(TITLE_NAME_END);
  const leading = end > 0 ? rest.slice(0, end).replace(/ /gu, '') : '';
  if (leading.length >= 2 && leading.length <= 30) return leading;
  return PLACE_IN_BRACKETS.exec(title)?.[1];
}

/** The recommender that a `推荐单位（盖章）：` line among a row's texts names, if the row holds one. */
function lineNameOf(texts: readonly string[]): string | undefined {
  for (let i = 0; i < texts.length; i++) {
    const name = recommenderNamed(texts, i);
    if (name) return name;
  }
  return undefined;
}

/**
 * Reads the title and the `推荐单位（盖章）：` line from the rows above the header, and the line from the rows from
 * `belowFrom` on (the seal line under the table) when none is above.
 */
export function readSheetHeading(sheet: SheetGrid, headerTop: number, belowFrom?: number): SheetHeading {
  const heading: SheetHeading = {};
  for (let r = 1; r < headerTop; r++) {
    const texts = rowTexts(sheet, r);
    const name = heading.lineName === undefined ? lineNameOf(texts) : undefined;
    if (name) heading.lineName = name;
    const first = texts[0];
    if (heading.title === undefined && first && !isRecommenderLine(first) && TITLE_WORDS.test(first)) {
      heading.title = first;
      const named = titleName(first);
      if (named) heading.titleName = named;
    }
  }
  for (let r = belowFrom ?? Infinity; r <= sheet.rows.length && heading.lineName === undefined; r++) {
    const name = lineNameOf(rowTexts(sheet, r));
    if (name) heading.lineName = name;
  }
  return heading;
}
