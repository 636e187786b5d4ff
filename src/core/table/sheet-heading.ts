import type { SheetGrid } from '../grid';
import { normalise } from '../normalise/normalise';

/** What the lines above a table say about who recommends it. */
export interface SheetHeading {
  /** The title, e.g. `深圳市2021年人工智能产业创新任务揭榜单位推荐表`. */
  title?: string;
  /** The recommender named in the title, e.g. `深圳市`. */
  titleName?: string;
  /** The recommender on the `推荐单位（盖章）：…` line. */
  lineName?: string;
}

/**
 * `推荐单位（盖章）：深圳市工业和信息化局  填报日期：2021年11月16日` → `深圳市工业和信息化局`.
 * The text is normalised first, so full-width brackets and colons arrive as `(盖章):`.
 */
const RECOMMENDER_LINE = /^推荐(?:单位|部门)(?:\(盖章\)|\(公章\))?:(.*)$/u;
const LINE_END = /\s{2,}|(?:填报|报送)?日期|联系人|填报人/u;

/** `深圳市2021年人工智能…推荐表` → `深圳市`; `关于…` and bare years give nothing. */
const TITLE_NAME = /^(.{2,30}?)(?:20\d{2}年|关于|人工智能|揭榜)/u;
const TITLE_WORDS = /推荐|汇总|申报|揭榜|一览表|清单/u;

function rowTexts(sheet: SheetGrid, row: number): string[] {
  return (sheet.rows[row - 1] ?? []).map((cell) => normalise(cell?.text ?? '')).filter((t) => t !== '');
}

/** Reads the title and the `推荐单位（盖章）：` line from the rows above the header. */
export function readSheetHeading(sheet: SheetGrid, headerTop: number): SheetHeading {
  const heading: SheetHeading = {};
  for (let r = 1; r < headerTop; r++) {
    const texts = rowTexts(sheet, r);
    for (let i = 0; i < texts.length; i++) {
      const line = RECOMMENDER_LINE.exec(texts[i] ?? '');
      if (!line || heading.lineName !== undefined) continue;
      const rest = (line[1] ?? '').split(LINE_END)[0]?.trim() || texts[i + 1]?.split(LINE_END)[0]?.trim();
      if (rest) heading.lineName = rest;
    }
    const first = texts[0];
    if (heading.title === undefined && first && !RECOMMENDER_LINE.test(first) && TITLE_WORDS.test(first)) {
      heading.title = first;
      const name = TITLE_NAME.exec(first)?.[1]?.trim();
      if (name) heading.titleName = name;
    }
  }
  return heading;
}
