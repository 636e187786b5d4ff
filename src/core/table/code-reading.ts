import { applicantPlace } from '../units/applicant-unit';
import { canonicalUscc, canonicalUsccProblem, type UsccProblem } from '../uscc';
import { fieldText, type Entry } from './entry';
import { extrasBesideCode, writtenCodes, type CodeExtra } from './written-codes';

/**
 * One code as a cell writes it: canonicalised (see canonicalUscc), and what is wrong with it, if anything: a problem
 * of the code itself, or `extra`, text that the cell writes beside it, which `extra` names.
 */
export type WrittenCode =
  | { written: string; code: string; problem: UsccProblem | undefined }
  | { written: string; code: string; problem: 'extra'; extra: readonly CodeExtra[] };

/** A cell that writes several codes but not one for each unit: how many, and how many units its 申报单位 cell names. */
interface SeveralCodes {
  written: string;
  code: string;
  problem: 'several';
  codes: number;
  units: number;
}

/**
 * A row's credit code as read: of a cell that writes one code, that code; of a cell that writes one code for each
 * unit that its 申报单位 cell names, in the same order (甲's⏎乙's beside 甲科技有限公司⏎乙大学), its applicant's code,
 * with `each` code; of a cell that writes several codes but not one for each unit, the problem `several`.
 */
export type CodeReading = (WrittenCode & { each?: readonly WrittenCode[] }) | SeveralCodes;

/** A code as written, read on its own. */
function readOne(written: string): WrittenCode {
  // A code of the alphabet alone, as nearly every cell writes it, is canonical as written: told in the same pass.
  const asWritten = canonicalUsccProblem(written);
  if (asWritten === undefined || asWritten === 'check') return { written, code: written, problem: asWritten };
  const code = canonicalUscc(written);
  const problem = canonicalUsccProblem(code);
  if (problem !== 'length' && problem !== 'alphabet') return { written, code, problem };
  const extra = extrasBesideCode(written);
  return extra.length === 0 ? { written, code, problem } : { written, code, problem: 'extra', extra };
}

/**
 * The credit code a row writes as text, read once for unit identity and the rules that look at it; undefined where
 * the cell is empty or holds an error value, or a number (a code typed as a number has lost its digits). A joint
 * application writes each unit's code, and its applicant is known by its own (reference §5: a unit is identified by
 * its code first).
 */
export function readCode(entry: Entry): CodeReading | undefined {
  const text = fieldText(entry, 'uscc');
  if (!text || typeof entry.cells.uscc?.value === 'number') return undefined;
  const one = readOne(text);
  // A cell of several codes reads as one code too long, or as one with text beside it: only such cells are split.
  if (one.problem !== 'length' && one.problem !== 'extra') return one;
  const codes = writtenCodes(text);
  if (codes.length === 0) return one;
  const { units, applicant } = applicantPlace(fieldText(entry, 'unit'));
  if (codes.length !== units)
    return { written: text, code: one.code, problem: 'several', codes: codes.length, units };
  const each = codes.map(readOne);
  return { ...each[applicant]!, each };
}

/** A code that identifies a unit: well-formed, though it may fail its check character. */
export const isUsableCode = (reading: CodeReading | undefined): reading is CodeReading =>
  reading !== undefined && (reading.problem === undefined || reading.problem === 'check');
