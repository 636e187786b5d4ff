import { directionKey } from './direction-list';

/**
 * What separates directions written together, strongest first: `甲；乙；丙` (or one a line in a cell, Alt+Enter),
 * `甲，乙，丙`, `甲、乙、丙`. A text is cut at the strongest that it holds, so that a direction with a weaker one inside
 * stays whole (`甲；乙、丙；丁` holds 乙、丙). `/` separates none: 高性能边缘端/终端计算人工智能芯片 is one direction.
 */
const SEPARATORS: readonly RegExp[] = [/[\n;；]/u, /[,，]/u, /、/u];

/**
 * The directions of a text that may write several together (`智能传感器、机器翻译系统`), each as written and trimmed:
 * the text itself when it holds no separator.
 */
export function directionsInOne(text: string): string[] {
  const separator = SEPARATORS.find((candidate) => candidate.test(text));
  if (!separator) return [text];
  return text
    .split(separator)
    .map((part) => part.trim())
    .filter((part) => directionKey(part) !== '');
}
