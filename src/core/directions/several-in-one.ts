import { directionKey, directionName, type DirectionList } from './direction-list';
import type { Direction } from '../profile';

/**
 * What separates directions written together, strongest first: `甲；乙；丙` (or one a line in a cell, Alt+Enter),
 * `甲，乙，丙`, `甲、乙、丙`. A text is cut at the strongest that it holds, so that a direction with a weaker one inside
 * stays whole (`甲；乙、丙；丁` holds 乙、丙). `/` separates none here: 高性能边缘端/终端计算人工智能芯片 is one direction
 * (a cell is cut at a slash only between known directions, see severalDirections).
 */
const SEPARATORS: readonly RegExp[] = [/[\n;；]/u, /[,，]/u, /、/u];

/**
 * A list's number before an item: after a space or at the start (`1.甲 2.乙`, `1、甲 2、乙`), or anywhere in brackets
 * (`（1）甲（2）乙`) or circled (`①甲②乙`). Group 1 or 2 holds the digits, group 3 the circled number.
 */
const ITEM_NUMBER = /(?<=^|\s)(\d{1,2})\s*[)）.、．](?!\d)|[(（]\s*(\d{1,2})\s*[)）]|([\u2460-\u2473])/gu;

/**
 * The items of a text numbered as a list on one line (`1.智能传感器 2.机器翻译系统`), without their numbers; undefined
 * unless it starts with a number and counts on from it, so that a number inside a direction (2.0版, 第3代) cuts nothing.
 */
function numberedItems(text: string): string[] | undefined {
  const trimmed = text.trim();
  const numbers = [...trimmed.matchAll(ITEM_NUMBER)];
  const values = numbers.map(([, digits, bracketed, circled]) =>
    circled ? circled.codePointAt(0)! - 0x245f : Number(digits ?? bracketed),
  );
  const counted = values.every((value, i) => value === values[0]! + i);
  if (numbers.length < 2 || numbers[0]!.index !== 0 || !counted) return undefined;
  return numbers.map((number, i) => directionName(trimmed.slice(number.index, numbers[i + 1]?.index)));
}

/**
 * The directions of a text that may write several together (`智能传感器、机器翻译系统`, `1.智能传感器 2.机器翻译系统`),
 * each as written and trimmed: the text itself when it holds no separator.
 */
export function directionsInOne(text: string): string[] {
  const numbered = numberedItems(text);
  if (numbered) return numbered;
  const separator = SEPARATORS.find((candidate) => candidate.test(text));
  if (!separator) return [text];
  return text
    .split(separator)
    .map((part) => part.trim())
    .filter((part) => directionKey(part) !== '');
}

/**
 * A slash, half- or full-width, as officers write "or" and as one direction's own name holds it; or spaces, as a
 * direction typed twice (机器翻译系统 机器翻译系统) or a list's name (高性能 云端人工智能芯片) holds them.
 */
const SLASHES_OR_SPACES = /[/／]|\s+/gu;

/**
 * The known directions that a text is, cut at its slashes or spaces where each side is one
 * (`智能传感器/终端人工智能推断框架`, `高性能边缘端/终端计算人工智能芯片/智能传感器`, `机器翻译系统 机器翻译系统`), each as
 * written: every cut is tried, since a direction's own name may hold one. Undefined unless the whole text is known
 * directions.
 */
function knownAtCuts(text: string, directions: DirectionList): string[] | undefined {
  if (directions.find(text)) return [text.trim()];
  for (const { index, 0: cut } of text.matchAll(SLASHES_OR_SPACES)) {
    const head = text.slice(0, index);
    const rest = directions.find(head) ? knownAtCuts(text.slice(index + cut.length), directions) : undefined;
    if (rest) return [head.trim(), ...rest];
  }
  return undefined;
}

/** The parts of a cell: cut at its separators, and at its slashes or spaces between known directions (see knownAtCuts). */
const partsOf = (text: string, directions: DirectionList): string[] =>
  directionsInOne(text).flatMap((part) => knownAtCuts(part, directions) ?? [part]);

/** Parts without those that name again a direction an earlier one names (the second 智能传感器 of 智能传感器/智能传感器). */
function withoutRepeats(parts: readonly string[], directions: DirectionList): string[] {
  const seen = new Set<string>();
  return parts.filter((part) => {
    const key = directionKey(directions.find(part)?.name ?? part);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The directions a cell names when it names two known ones or more (智能传感器、机器翻译系统, or with a slash
 * between them where each side is one: 智能传感器/终端人工智能推断框架), each as written and each once; undefined for
 * a cell that names one direction or none. No one direction holds two others whole, so two known ones among the
 * parts are certainly several.
 */
export function severalDirections(text: string, directions: DirectionList): string[] | undefined {
  const parts = withoutRepeats(partsOf(text, directions), directions);
  return parts.filter((part) => directions.find(part)).length >= 2 ? parts : undefined;
}

/**
 * The known direction that a cell writes twice or more and nothing besides (机器翻译系统/机器翻译系统,
 * 智能传感器、智能传感器): the cell names that one direction. Undefined for any other cell.
 */
export function repeatedDirection(text: string, directions: DirectionList): Direction | undefined {
  const parts = partsOf(text, directions);
  if (parts.length < 2) return undefined;
  const [first, ...rest] = parts.map((part) => directions.find(part));
  return first && rest.every((direction) => direction?.name === first.name) ? first : undefined;
}
