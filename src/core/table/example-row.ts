import type { Field } from '../fields';
import { compactKey } from '../normalise/normalise';
import { CharacterClass } from '../normalise/character-class';
import type { Entry } from './entry';

/** The words a template marks its example row with (填表示例, 示例, 样例, 例), as a group of an expression. */
const WORD = '((?:填表|填写|填报)?(?:示例|样例|范例|举例|例))';

/** The word alone in a cell, perhaps numbered, bracketed or with a colon: 示例, 例1, （示例）, 填表示例：. */
const ALONE = new RegExp(`^\\(?${WORD}\\d*\\)?:?$`, 'u');

/** The word as a label before a unit or a title: （示例）甲科技有限公司, 例：甲科技有限公司, 例如：基于…. */
const LABEL = new RegExp(`^(?:\\(${WORD}\\d*\\)|${WORD}如?\\d*:)`, 'u');

/** The characters such a cell may start with, so that the cells of real projects are told at their first one. */
const MAY_START = new CharacterClass(/[填示样范举例(（[【〔［]/u);

/** The fields whose cells a template writes its example mark in, and whether a label before a name counts. */
const MARKED_FIELDS: readonly (readonly [Field, boolean])[] = [
  ['seq', false],
  ['unit', true],
  ['project', true],
];

/** Where a row is marked as the template's example, and the word it is marked with (示例, 填表示例, 例). */
export interface ExampleMark {
  field: Field;
  word: string;
}

/**
 * Whether a row is the example that a template gives under its header (序号 示例, or 申报单位 （示例）XX科技有限公司):
 * no project, yet it would be counted and submitted if the officer left it in.
 */
export function exampleMark(entry: Entry): ExampleMark | undefined {
  for (const [field, labelled] of MARKED_FIELDS) {
    const text = entry.cells[field]?.text;
    if (!text || !MAY_START.someIn(text.charAt(0))) continue;
    const key = compactKey(text);
    const match = ALONE.exec(key) ?? (labelled ? LABEL.exec(key) : null);
    const word = match?.slice(1).find((group) => group !== undefined);
    if (word) return { field, word };
  }
  return undefined;
}
