import type { Severity } from '../core/severity';

/**
 * The fill and font colour of a mark: Excel's own "light red fill with dark red text" and "yellow fill with dark
 * yellow text", which officers know from conditional formatting. They differ in lightness as well as hue, so they
 * stay apart in black-and-white print and for red-green colour blindness; the note says the severity in words.
 */
export const MARK_LOOKS: Readonly<Record<Severity, { fill: string; fontColor: string }>> = {
  error: { fill: '#FFC7CE', fontColor: '#9C0006' },
  warning: { fill: '#FFEB9C', fontColor: '#9C5700' },
};

/** True when a fill is one of our marks' fills. */
export function isMarkFill(fill: string | null): boolean {
  return fill === MARK_LOOKS.error.fill || fill === MARK_LOOKS.warning.fill;
}

/** True when a font colour is one of our marks' font colours. */
export function isMarkFontColor(color: string | null): boolean {
  return color === MARK_LOOKS.error.fontColor || color === MARK_LOOKS.warning.fontColor;
}
