import type { FrameEdit } from './sheet-frames';

/** A column definition of a sheet (`<col min="2" max="3" width="12" hidden="1" outlineLevel="1"/>`), by its columns. */
interface ColumnTag {
  min: number;
  max: number;
  tag: string;
}

const COLUMNS = /<cols>[\s\S]*?<\/cols>/u;
const COLUMN = /<col\b[^>]*>/gu;
const MIN = /\smin="(\d+)"/u;
const MAX = /\smax="(\d+)"/u;
const STYLE = /\sstyle="[^"]*"/u;
const COLLAPSED = /\scollapsed="(?:1|true)"/u;
const OUTLINE = /\s(?:outlineLevel="[1-9]|collapsed="(?:1|true)")/u;

function columnTags(head: string): ColumnTag[] {
  return [...(COLUMNS.exec(head)?.[0] ?? '').matchAll(COLUMN)].map(([tag]) => {
    const min = Number(MIN.exec(tag)?.[1] ?? 0);
    return { min, max: Number(MAX.exec(tag)?.[1] ?? min), tag };
  });
}

const overlaps = (a: ColumnTag, b: ColumnTag): boolean => a.min <= b.max && b.min <= a.max;

/** A column definition as ExcelJS wrote it, collapsed where the original's column definitions are. */
function flagged(written: ColumnTag, collapsed: readonly ColumnTag[]): ColumnTag {
  const tag = written.tag.replace(COLLAPSED, '');
  return collapsed.some((original) => overlaps(original, written))
    ? { ...written, tag: tag.replace(/\/?>$/u, (end) => ` collapsed="1"${end}`) }
    : { ...written, tag };
}

/**
 * Keeps a sheet's columns as the original defines them. ExcelJS writes `collapsed` on every column of the deepest
 * outline level and on no other, where Excel writes it on the column beside a collapsed group (组合); and it leaves out
 * a column whose only setting is a width of 9 characters, its own default. So in the copy a collapsed group of
 * columns showed as expanded, and the column after it, with its button, was gone, or a column the officer had set to
 * 9 characters took the sheet's default width. A column ExcelJS left out is written back as the original has it, but
 * for its style, which such a column does not have.
 */
export const keepColumnFlags: FrameEdit = (written, loaded) => {
  const originals = columnTags(loaded.head);
  if (originals.length === 0) return written;
  const outlined = originals.some(({ tag }) => OUTLINE.test(tag));
  const collapsed = originals.filter(({ tag }) => COLLAPSED.test(tag));
  const writtenTags = columnTags(written.head);
  const left = originals
    .filter((original) => !writtenTags.some((tag) => overlaps(tag, original)))
    .map((original) => ({ ...original, tag: original.tag.replace(STYLE, '') }));
  if (left.length === 0 && !outlined) return written;
  const columns = [...writtenTags.map((tag) => (outlined ? flagged(tag, collapsed) : tag)), ...left]
    .sort((a, b) => a.min - b.min)
    .map(({ tag }) => tag)
    .join('');
  const head = COLUMNS.test(written.head)
    ? written.head.replace(COLUMNS, () => `<cols>${columns}</cols>`)
    : `${written.head}<cols>${columns}</cols>`;
  return { ...written, head };
};
