import type JSZip from 'jszip';

/** A table part's start tag: `<table xmlns="…" id="1" name="表1" ref="A2:G5" totalsRowShown="0">`. */
const TABLE_TAG = /<table\b[^>]*>/u;

/**
 * Writes out, in each table part (套用表格格式), the header row that Excel leaves unsaid: it writes `headerRowCount`
 * only when a table has no header row, as the schema's default is one. ExcelJS takes a missing count for none, so
 * the copy said `headerRowCount="0"`, and the table's header row became a row of its data. Says whether it changed
 * any part. Call on a package before ExcelJS loads it.
 */
export async function stateTableHeaderRows(zip: JSZip): Promise<boolean> {
  let stated = false;
  for (const path of Object.keys(zip.files)) {
    if (!/^xl\/tables\/[^/]+\.xml$/u.test(path)) continue;
    const xml = await zip.file(path)!.async('string');
    const tag = TABLE_TAG.exec(xml)?.[0];
    if (tag === undefined || /\sheaderRowCount=/u.test(tag)) continue;
    zip.file(path, xml.replace(tag, tag.replace(/^<table\b/u, '<table headerRowCount="1"')));
    stated = true;
  }
  return stated;
}

/**
 * A table's filter, `<autoFilter ref="A1:C3">…</autoFilter>` or one that lists no column: its start tag's opening,
 * up to the `>` or `/>`, and the columns it lists.
 */
const AUTO_FILTER = /(<autoFilter\b[^>]*?)(?:\/>|>([\s\S]*?)<\/autoFilter>)/u;
const FILTER_COLUMN = /<filterColumn\b[^>]*>/gu;

/** Which of a table's `count` columns hide their filter button, as its filter lists them by `colId`. */
function hiddenButtons(listed: string, count: number): boolean[] {
  const hidden = new Array<boolean>(count).fill(false);
  for (const [tag] of listed.matchAll(FILTER_COLUMN)) {
    const column = Number(/\scolId="(\d+)"/u.exec(tag)?.[1]);
    if (column < count) hidden[column] = /\shiddenButton="(?:1|true)"/u.test(tag);
  }
  return hidden;
}

/**
 * Lists, in each table part's filter, every column in order with whether its filter button shows. Excel lists only
 * the columns it filters or whose button it hides, each by its `colId`, and none when every button shows; ExcelJS
 * reads a missing one as a hidden button and gives the n-th one listed to the n-th column, whatever its colId, so a
 * hidden button or a filter on column C landed on column A of the copy and every other button was hidden. What the
 * listed columns filter by is read before (readTableFilterCriteria) and written back in the copy. Says whether it
 * changed any part. Call on a package before ExcelJS loads it.
 */
export async function stateTableFilterButtons(zip: JSZip): Promise<boolean> {
  let stated = false;
  for (const path of Object.keys(zip.files)) {
    if (!/^xl\/tables\/[^/]+\.xml$/u.test(path)) continue;
    const xml = await zip.file(path)!.async('string');
    const filter = AUTO_FILTER.exec(xml);
    if (filter === null) continue;
    const [whole, start, listed = ''] = filter;
    const hidden = hiddenButtons(listed, xml.match(/<tableColumn\b/gu)?.length ?? 0);
    const columns = hidden.map(
      (hide, column) => `<filterColumn colId="${column}" hiddenButton="${hide ? 1 : 0}"/>`,
    );
    zip.file(
      path,
      xml.replace(whole, () => `${start}>${columns.join('')}</autoFilter>`),
    );
    stated = true;
  }
  return stated;
}
