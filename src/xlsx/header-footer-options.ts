import type { FrameEdit } from './sheet-frames';

const HEADER_FOOTER = /<headerFooter\b[^>]*>/u;
/** The options of 页面设置 › 页眉/页脚 that ExcelJS does not read: 随文档自动缩放 and 与页边距对齐. */
const OPTIONS = /\s(?:scaleWithDoc|alignWithMargins)="[^"]*"/gu;
const HAS_OPTIONS = /\s(?:scaleWithDoc|alignWithMargins)=/u;

/**
 * Keeps whether a sheet's printed headers and footers scale with the page (`scaleWithDoc`) and line up with its
 * margins (`alignWithMargins`), both on unless the officer turned them off. ExcelJS keeps the headers and footers
 * but not these, so in a copy printed fitted to the page (调整为一页宽) a footer set to keep its size shrank with
 * the table, and one set to stand at the paper's edges moved in to the margins. Written only where the copy has
 * headers or footers to print.
 */
export const keepHeaderFooterOptions: FrameEdit = (written, loaded) => {
  const options = HEADER_FOOTER.exec(loaded.tail)?.[0].match(OPTIONS);
  const tag = HEADER_FOOTER.exec(written.tail)?.[0];
  if (!options || tag === undefined || HAS_OPTIONS.test(tag)) return written;
  const withOptions = tag.replace(/^<headerFooter\b/u, `<headerFooter${options.join('')}`);
  return { ...written, tail: written.tail.replace(tag, () => withOptions) };
};
