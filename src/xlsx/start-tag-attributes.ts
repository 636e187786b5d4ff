import type { FrameEdit } from './sheet-frames';

/** An attribute of a start tag: its name, and its text with the space before it (` zoomScale="85"`). */
export interface TagAttribute {
  name: string;
  text: string;
}

const ATTRIBUTE = /\s([\w:.-]+)=(?:"[^"]*"|'[^']*')/gu;
const TAG_NAME = /^<[\w:]+/u;

/** The attributes of a start tag, in its order: `<sheetView showZeros="0" workbookViewId="0">`. */
export const attributesOf = (tag: string): TagAttribute[] =>
  [...tag.matchAll(ATTRIBUTE)].map(([text, name]) => ({ name: name!, text }));

/** What ExcelJS writes of a start tag by itself, beyond what it read. */
export interface WrittenDefaults {
  /** Attributes it writes where the original has none (` zoomScale="100"`), each removed unless the original has it. */
  own: readonly string[];
  /** Attributes that another module keeps (`tabSelected`), never taken from the original. */
  keptElsewhere: readonly string[];
}

/**
 * A start tag as ExcelJS wrote it (`written`), saying what the original's (`loaded`) says: with the original's
 * attributes that ExcelJS did not write, and without those that ExcelJS writes by itself where the original has
 * none. The attributes ExcelJS wrote from what it read stay as they are.
 */
export function asLoaded(written: string, loaded: string, defaults: WrittenDefaults): string {
  const loadedNames = new Set(attributesOf(loaded).map(({ name }) => name));
  const writtenNames = new Set(attributesOf(written).map(({ name }) => name));
  const added = attributesOf(loaded)
    .filter(({ name }) => !writtenNames.has(name) && !defaults.keptElsewhere.includes(name))
    .map(({ text }) => text);
  const withoutOwn = written.replace(ATTRIBUTE, (text: string, name: string) =>
    defaults.own.includes(text) && !loadedNames.has(name) ? '' : text,
  );
  return withoutOwn.replace(TAG_NAME, (start) => start + added.join(''));
}

/**
 * `xml` as ExcelJS wrote it, with the first start tag that `tag` finds in it saying what `original`, the tag as the
 * original has it, says (asLoaded); as it is where either is missing.
 */
export function withTagAsLoaded(
  xml: string,
  original: string | undefined,
  tag: RegExp,
  defaults: WrittenDefaults,
): string {
  const copy = tag.exec(xml)?.[0];
  if (original === undefined || copy === undefined) return xml;
  const edited = asLoaded(copy, original, defaults);
  return edited === copy ? xml : xml.replace(copy, () => edited);
}

/**
 * `xml` as ExcelJS wrote it, with each start tag that `tag` (a global pattern) finds in it saying what the original's
 * tag in the same place of `originals` says (asLoaded): for tags that come in a list, such as the views.
 */
export function withTagsAsLoaded(
  xml: string,
  originals: readonly string[],
  tag: RegExp,
  defaults: WrittenDefaults,
): string {
  let i = 0;
  return xml.replace(tag, (copy) => {
    const original = originals[i++];
    return original === undefined ? copy : asLoaded(copy, original, defaults);
  });
}

/**
 * A frame edit that gives the first start tag `tag` finds in the frame's `part` what the original's says (asLoaded):
 * for tags such as `<pageSetup>` or `<sheetFormatPr>`, which ExcelJS writes from part of what it read.
 */
export function startTagAsLoaded(tag: RegExp, part: 'head' | 'tail', defaults: WrittenDefaults): FrameEdit {
  return (written, loaded) => {
    const edited = withTagAsLoaded(written[part], tag.exec(loaded[part])?.[0], tag, defaults);
    return edited === written[part] ? written : { ...written, [part]: edited };
  };
}
