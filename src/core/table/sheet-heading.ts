import type { SheetGrid } from '../grid';
import { isRecommenderLine, recommenderNamed, rowTexts } from './recommender-line';

/** What the lines above a table say about who recommends it. */
export interface SheetHeading {
  /** The title, e.g. `深圳市2021年人工智能产业创新任务揭榜单位推荐表`. */
  title?: string;
  /** The recommender named in the title, e.g. `深圳市`. */
  titleName?: string;
  /** The recommender on the `推荐单位（盖章）：…` line. */
  lineName?: string;
}

const TITLE_WORDS = /推荐|汇总|申报|揭榜|一览表|清单/u;

/** A year that opens a title: `2021年度深圳市…`. */
const LEADING_YEAR = /^20\d{2}年度?/u;

/** What follows the name at the start of a title: `深圳市|2021年…`, `湖北省工业和信息化厅|关于…`. */
const TITLE_NAME_END = /20\d{2}年|关于|人工智能|揭榜/u;

/** A place in brackets that closes a title: `…推荐汇总表（厦门市）` → `厦门市`; `（第一批）` is none. */
const PLACE_IN_BRACKETS = /\(([^()]{1,19}(?:[省市区县州盟旗]|兵团))\)$/u;

/**
 * The recommender a title names: what comes before the year or the call's words, after a year that opens it
 * (`深圳市2021年人工智能…` and `2021年度深圳市人工智能…` → `深圳市`), else a place in brackets at its end. A bare year
 * (`2021年人工智能…`) and `关于…` name none.
 */
function titleName(title: string): string | undefined {
  const rest = title.replace(LEADING_YEAR, '');
  const end = rest.search(TITLE_NAME_END);
  const leading = end > 0 ? rest.slice(0, end).trim() : '';
  if (leading.length >= 2 && leading.length <= 30) return leading;
  return PLACE_IN_BRACKETS.exec(title)?.[1];
}

/** Reads the title and the `推荐单位（盖章）：` line from the rows above the header. */
export function readSheetHeading(sheet: SheetGrid, headerTop: number): SheetHeading {
  const heading: SheetHeading = {};
  for (let r = 1; r < headerTop; r++) {
    const texts = rowTexts(sheet, r);
    for (let i = 0; i < texts.length && heading.lineName === undefined; i++) {
      const name = recommenderNamed(texts, i);
      if (name) heading.lineName = name;
    }
    const first = texts[0];
    if (heading.title === undefined && first && !isRecommenderLine(first) && TITLE_WORDS.test(first)) {
      heading.title = first;
      const name = titleName(first);
      if (name) heading.titleName = name;
    }
  }
  return heading;
}
