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

/** `深圳市2021年人工智能…推荐表` → `深圳市`; `关于…` and bare years give nothing. */
const TITLE_NAME = /^(.{2,30}?)(?:20\d{2}年|关于|人工智能|揭榜)/u;
const TITLE_WORDS = /推荐|汇总|申报|揭榜|一览表|清单/u;

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
      const name = TITLE_NAME.exec(first)?.[1]?.trim();
      if (name) heading.titleName = name;
    }
  }
  return heading;
}
