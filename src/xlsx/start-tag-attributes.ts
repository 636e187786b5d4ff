/** An attribute of a start tag: its name, and its text with the space before it (` zoomScale="85"`). */
export interface TagAttribute {
  name: string;
  text: string;
}

const ATTRIBUTE = /\s([\w:]+)=(["'])[^"']*\2/gu;

/** The attributes of a start tag, in its order: `<sheetView showZeros="0" workbookViewId="0">`. */
export const attributesOf = (tag: string): TagAttribute[] =>
  [...tag.matchAll(ATTRIBUTE)].map(([text, name]) => ({ name: name!, text }));
