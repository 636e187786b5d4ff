import { canonicalUscc, canonicalUsccProblem, type UsccProblem } from '../uscc';
import { fieldText, type Entry } from './entry';

/** A row's credit code as text, canonicalised (see canonicalUscc), and what is wrong with it, if anything. */
export interface CodeReading {
  code: string;
  problem: UsccProblem | undefined;
}

/**
 * The credit code a row writes as text, read once for unit identity and the rules that look at it; undefined where
 * the cell is empty or holds an error value, or a number (a code typed as a number has lost its digits).
 */
export function readCode(entry: Entry): CodeReading | undefined {
  const text = fieldText(entry, 'uscc');
  if (!text || typeof entry.cells.uscc?.value === 'number') return undefined;
  const code = canonicalUscc(text);
  return { code, problem: canonicalUsccProblem(code) };
}

/** A code that identifies a unit: well-formed, though it may fail its check character. */
export const isUsableCode = (reading: CodeReading | undefined): reading is CodeReading =>
  reading !== undefined && (reading.problem === undefined || reading.problem === 'check');
