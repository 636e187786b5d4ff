import { canonicalUscc, canonicalUsccProblem, type UsccProblem } from '../uscc';
import { fieldText, type Entry } from './entry';
import { extrasBesideCode, type CodeExtra } from './written-codes';

/**
 * One code as a cell writes it: canonicalised (see canonicalUscc), and what is wrong with it, if anything: a problem
 * of the code itself, or `extra`, text that the cell writes beside it, which `extra` names.
 */
export type WrittenCode =
  | { written: string; code: string; problem: UsccProblem | undefined }
  | { written: string; code: string; problem: 'extra'; extra: readonly CodeExtra[] };

/** A row's credit code as read (see readCode). */
export type CodeReading = WrittenCode;

/** A code as written, read on its own. */
function readOne(written: string): WrittenCode {
  const code = canonicalUscc(written);
  const problem = canonicalUsccProblem(code);
  if (problem !== 'length' && problem !== 'alphabet') return { written, code, problem };
  const extra = extrasBesideCode(written);
  return extra.length === 0 ? { written, code, problem } : { written, code, problem: 'extra', extra };
}

/**
 * The credit code a row writes as text, read once for unit identity and the rules that look at it; undefined where
 * the cell is empty or holds an error value, or a number (a code typed as a number has lost its digits).
 */
export function readCode(entry: Entry): CodeReading | undefined {
  const text = fieldText(entry, 'uscc');
  if (!text || typeof entry.cells.uscc?.value === 'number') return undefined;
  return readOne(text);
}

/** A code that identifies a unit: well-formed, though it may fail its check character. */
export const isUsableCode = (reading: CodeReading | undefined): reading is CodeReading =>
  reading !== undefined && (reading.problem === undefined || reading.problem === 'check');
