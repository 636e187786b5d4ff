/**
 * The unified social credit code (统一社会信用代码) of GB 32100-2015: 18 characters, the last a check character.
 * See reference §5.
 */

import { ZERO_WIDTH } from './normalise/patterns';
import { codeUnitAt } from './normalise/code-units';

/** The code's alphabet: digits and upper-case letters without I, O, S, V, Z. */
export const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** Wi = 3^(i-1) mod 31 for positions 1..17. */
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** How a code fails, if it does. */
export type UsccProblem = 'length' | 'alphabet' | 'check' | 'org-code' | 'registration-number';

/**
 * Whether a text is a code as canonicalUscc leaves it: 18 digits and upper-case letters. A loop, not an expression:
 * every row's code is asked.
 */
function isCanonical(text: string): boolean {
  if (text.length !== 18) return false;
  for (let i = 0; i < 18; i++) {
    const unit = codeUnitAt(text, i);
    if (!((unit >= 0x30 && unit <= 0x39) || (unit >= 0x41 && unit <= 0x5a))) return false;
  }
  return true;
}

const SPACES = /\s+/gu;

/**
 * Full-width digits, lower-case letters, spaces and zero-width characters are typing and pasting accidents: fold
 * or delete them before checking (reference §5, §7).
 */
export function canonicalUscc(text: string): string {
  if (isCanonical(text)) return text;
  return text.replace(ZERO_WIDTH, '').normalize('NFKC').replace(SPACES, '').toUpperCase();
}

/** The value of each ASCII character: its place in the alphabet, or -1. */
const VALUES = Int8Array.from({ length: 128 }, (_, code) => USCC_ALPHABET.indexOf(String.fromCharCode(code)));

/** The value of a code's i-th character: -1 outside the alphabet, and 0 past the end. */
function valueAt(code: string, i: number): number {
  if (i >= code.length) return 0;
  const unit = codeUnitAt(code, i);
  return unit < VALUES.length ? VALUES[unit]! : -1;
}

/** The check character for the first 17 characters of a code: C18 = 31 − (Σ Ci·Wi mod 31), and 31 maps to 0. */
export function usccCheckCharacter(first17: string): string {
  return USCC_ALPHABET.charAt(checkValue(first17));
}

/** The value of the check character for the first 17 characters of a code. */
function checkValue(first17: string): number {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += valueAt(first17, i) * WEIGHTS[i]!;
  return checkOfSum(sum);
}

/** The value of the check character for a weighted sum of 17 characters' values. */
const checkOfSum = (sum: number) => (31 - (sum % 31)) % 31;

/** The old 组织机构代码: 8 characters, an optional hyphen, and a check character. */
const ORG_CODE = /^[0-9A-Z]{8}-?[0-9X]$/u;

/** The old 工商注册号 that a business licence carried before the unified code: 15 digits, e.g. 440301103456789. */
const REGISTRATION_NUMBER = /^\d{15}$/u;

/**
 * What is wrong with a code, or undefined when it is valid. The text is canonicalised first. A 9-character code of
 * the old 组织机构代码 form (8 characters, optional hyphen, 1 check) and a 15-digit 注册号 of an old licence are
 * named as such, so that the officer knows which code to ask the unit for.
 */
export function usccProblem(text: string): UsccProblem | undefined {
  return canonicalUsccProblem(canonicalUscc(text));
}

/** `usccProblem` of a code that `canonicalUscc` has already canonicalised. */
export function canonicalUsccProblem(code: string): UsccProblem | undefined {
  if (code.length !== 18) {
    if (ORG_CODE.test(code)) return 'org-code';
    return REGISTRATION_NUMBER.test(code) ? 'registration-number' : 'length';
  }
  // One pass, every row's code being asked: each character is told to be of the alphabet as its value is summed.
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = valueAt(code, i);
    if (value < 0) return 'alphabet';
    sum += value * WEIGHTS[i]!;
  }
  const last = valueAt(code, 17);
  if (last < 0) return 'alphabet';
  return checkOfSum(sum) === last ? undefined : 'check';
}
