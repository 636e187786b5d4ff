import type { Field } from '../fields';
import { compactKey } from '../normalise/normalise';
import { CharacterClass } from '../normalise/character-class';
import { cellOf, type Entry } from './entry';

/** The words a template marks its example row with (填表示例, 示例, 样例, 例), as a group of an expression. */
const WORD = '((?:填表|填写|填报)?(?:示例|样例|范例|举例|例))';

/** The word alone in a cell, perhaps numbered, bracketed or with a colon: 示例, 例1, （示例）, 填表示例：. */
const ALONE = new RegExp(`^\\(?${WORD}\\d*\\)?:?$`, 'u');

/** The word as a label before a unit or a title: （示例）甲科技有限公司, 例：甲科技有限公司, 例如：基于…. */
const LABEL = new RegExp(`^(?:\\(${WORD}\\d*\\)|${WORD}如?\\d*:)`, 'u');

/**
 * A unit that a template names by a placeholder (XX科技有限公司, ××大学, 某某研究院), its whole name the word. A real name
 * that starts with Latin letters goes on with another one after them (XXL智能).
 */
const PLACEHOLDER_UNIT = /^(?:[x×*]{2,}|某某)(?![a-z])/iu;

/** The characters such a cell may start with, so that the cells of real projects are told at their first one. */
const MAY_START = new CharacterClass(/[填示样范举例(（[【〔［x×*＊ｘ某]/iu);

/**
 * The fields whose cells a template writes its example mark in, and the expressions that tell the mark there: the
 * word is an expression's first group that matched, or the whole cell for one without groups.
 */
const MARKED_FIELDS: readonly (readonly [Field, readonly RegExp[]])[] = [
  ['seq', [ALONE]],
  ['unit', [ALONE, LABEL, PLACEHOLDER_UNIT]],
  ['project', [ALONE, LABEL]],
];

/** Where a row is marked as the template's example, and the word it is marked with (示例, 例, XX科技有限公司). */
export interface ExampleMark {
  field: Field;
  word: string;
}

/**
 * Whether a row is the example that a template gives under its header (序号 示例, 申报单位 （示例）甲科技有限公司, or
 * 申报单位 XX科技有限公司): no project, yet it would be counted and submitted if the officer left it in.
 */
export function exampleMark(entry: Entry): ExampleMark | undefined {
  for (const [field, expressions] of MARKED_FIELDS) {
    const text = cellOf(entry.cells, field)?.text;
    if (!text || !MAY_START.opens(text)) continue;
    const key = compactKey(text);
    for (const expression of expressions) {
      const match = expression.exec(key);
      if (match) return { field, word: match.slice(1).find((group) => group !== undefined) ?? key };
    }
  }
  return undefined;
}
