import { isCellError } from '../grid';
import { compactKey, normalise } from '../normalise/normalise';
import type { Profile } from '../profile';
import { commentVerdict, markVerdict, verdictEndings, type VerdictWords } from './comment-verdict';
import { fieldText, type Entry, type FieldCell } from './entry';
import type { HeaderLocation } from './find-header';
import { markKey } from './mark-key';
import { isPlaceholder } from './placeholder';
import { writtenRank } from './written-rank';

/**
 * What decides which rows of a sheet count (reference §2): nothing (every row counts), a 是否推荐 flag, or a 推荐排序
 * rank. A sheet with both is a flagged sheet whose ranks still order the rows and are still checked. A choice column
 * that marks only the rows left out (否 on two rows, the rest blank) is `left-out`: every other row counts.
 */
export type ChoiceKind = 'none' | 'flag' | 'rank' | 'left-out';

/** The kind of a table's choice column: a rank when it is the rank column itself (see `Field`). */
export function choiceKind(header: HeaderLocation): Exclude<ChoiceKind, 'left-out'> {
  const { choice, rank } = header.columns;
  if (choice === undefined) return 'none';
  return choice === rank ? 'rank' : 'flag';
}

/** A cell with anything in it but a placeholder: a mark, a rank, or an error value (a formula gone wrong). */
const isFilled = (cell: FieldCell | undefined) =>
  cell !== undefined && ((cell.text !== '' && !isPlaceholder(cell.text)) || isCellError(cell.value));

/** Whether a row's 是否推荐 or 推荐排序 says no (`否`, `×`, `不推荐`): the officer left it out. */
const marksNo = (entry: Entry, words: ChoiceWords) =>
  readFlag(entry.cells.choice, words) === 'no' || readRank(entry.cells.rank, words) === 'no';

/**
 * What decides which of a table's rows count: its choice column where it chooses rows, by a yes mark or a rank. One
 * that chooses none but says no on some rows (`否` or `/` on the rest) marked those the officer dropped, and every
 * other row counts. One left blank on every row (or holding only dashes, slashes or 无) is a template's column the
 * officer has not filled in: every row is then submitted. Counting none of them would pass an over-quota sheet in
 * silence (reference §2: quotas are errors). A 是否推荐 column without a yes beside a filled 推荐排序 leaves the ranks
 * to decide, unless it holds unclear marks, which are counted and told.
 */
export function choiceMade(
  header: HeaderLocation,
  entries: readonly Entry[],
  words: ChoiceWords,
): ChoiceKind {
  const kind = choiceKind(header);
  if (kind === 'none') return kind;
  const flags = kind === 'flag' ? entries.map((entry) => readFlag(entry.cells.choice, words)) : [];
  // An unclear mark (○, 上报) counts as chosen, as a yes does: the column chose rows, and its blanks are no choice.
  if (flags.includes('yes') || flags.includes('unreadable')) return kind;
  if (entries.some((entry) => rankOf(entry) !== undefined)) return 'rank';
  if (entries.some((entry) => marksNo(entry, words))) return 'left-out';
  return entries.some((entry) => isFilled(entry.cells.choice)) ? kind : 'none';
}

/**
 * A row's 推荐排序 as a whole number ≥ 1, or undefined (also where the sheet has no rank column). A rank is read by
 * its text, as it shows and as officers write it (`3`, `第3`, `第三`, `三`; see `writtenRank`), or else by its
 * value: a number whose format shows it otherwise is still the rank.
 */
export function rankOf(entry: Entry): number | undefined {
  const value = entry.cells.rank?.value;
  const byValue = typeof value === 'number' && Number.isInteger(value) ? value : 0;
  const rank = writtenRank(normalise(fieldText(entry, 'rank'))) ?? byValue;
  return rank >= 1 ? rank : undefined;
}

/** How a 是否推荐 cell reads: a yes, a no, nothing at all, or a mark that is neither. */
export type FlagReading = 'yes' | 'no' | 'blank' | 'unreadable';

/** The keys of the profile's words for "recommended" (是, √, Y …) and for "not recommended" (否, ×, N …). */
export interface ChoiceWords extends VerdictWords {
  /** How each text met so far reads: thousands of rows write a handful of marks. */
  readings: Map<string, FlagReading>;
}

/** The keys of the profile's yes and no words, to compare a 是否推荐 cell against. */
export function choiceWords(profile: Profile): ChoiceWords {
  const yes = new Set(profile.yesWords.map(markKey));
  const no = new Set(profile.noWords.map(markKey));
  return { yes, no, endings: verdictEndings(yes, no), readings: new Map() };
}

/**
 * How a text in a choice column reads: a dash, a slash or 无 as a blank, as in a cell left out; a yes or no word by
 * its mark key, so that `✔️`, `是（优先）`, `Yes!` read as the yes words they spell; and any other text by the
 * verdict its comment carries (`技术先进，同意推荐`), if one.
 */
function readText(text: string, words: ChoiceWords): FlagReading {
  if (isPlaceholder(text) || markKey(text) === '') return 'blank';
  const verdict = markVerdict(text, words) ?? commentVerdict(text, words);
  return verdict === undefined || verdict === 'unclear' ? 'unreadable' : verdict;
}

/** A text's reading, worked out once per text. */
function readingOf(text: string, words: ChoiceWords): FlagReading {
  let reading = words.readings.get(text);
  if (reading === undefined) words.readings.set(text, (reading = readText(text, words)));
  return reading;
}

/**
 * Whether a text writes a number: outside its closing remark (`0`, `-1`, `1.5`, but not `否（2021年已获支持）`), or in
 * a text that is all remark (`（0）`).
 */
const writesNumber = (text: string) => /\d/u.test(markKey(text) || compactKey(text));

/** The number after a word, as a sheet numbers its alternates: the `1` of `备选1`, `替补 2`, `候补第3名`, `备选一`. */
const NUMBER_AFTER = /第?\s*(?:\d+|[一二三四五六七八九十]+)\s*[名位号]?$/u;

/**
 * Whether a text is a no word numbered (`备选1`, `候补2`, `替补 1`, `不推荐6`): an alternate's place in line, not a
 * rank, and the row is left out as the word alone leaves it. A rank is never one (`No.1`), nor a number (`0.5`).
 */
function isNumberedNo(text: string, words: ChoiceWords): boolean {
  const normalised = normalise(text);
  const word = normalised.replace(NUMBER_AFTER, '');
  if (word === normalised || writesNumber(word) || writtenRank(normalised) !== undefined) return false;
  return readingOf(word, words) === 'no';
}

/**
 * How a 推荐排序 cell reads: `blank` where the row is not ranked (empty, a dash, a slash), `no` where it says so
 * (`不推荐`, `否`, `×`, `暂不推荐，技术成熟度不足`, and an alternate's numbered place: `备选1`), as officers fill the
 * rank of a row they leave out, and otherwise `written`: a rank, or what stands in its place and is none (`0`, `-1`,
 * `1.5`, `待定`, `#N/A`), a slip the officer must put right. A number shown is written unless it numbers a no word:
 * `0` and `1`, a no and a yes in a 是否推荐 column, are ranks here.
 */
function readRank(cell: FieldCell | undefined, words: ChoiceWords): 'blank' | 'no' | 'written' {
  if (cell === undefined) return 'blank';
  if (isNumberedNo(cell.text, words)) return 'no';
  if (writesNumber(cell.text)) return 'written';
  const reading = readFlag(cell, words);
  return reading === 'blank' || reading === 'no' ? reading : 'written';
}

/**
 * The text of a row's 推荐排序 as written, or undefined where the row is left out of the ranking (see `readRank`):
 * a rank, or a slip in its place, quoted as it shows (an error value by its name, `#N/A`).
 */
export function writtenRankText(entry: Entry, words: ChoiceWords): string | undefined {
  const cell = entry.cells.rank;
  return cell !== undefined && readRank(cell, words) === 'written' ? cell.text : undefined;
}

/** Whether a row's 推荐排序 says it is left out (`不推荐`, `备选1`: see `readRank`). */
export const rankSaysNo = (entry: Entry, words: ChoiceWords): boolean =>
  readRank(entry.cells.rank, words) === 'no';

/**
 * Reads a 是否推荐 cell as the officer meant it (see `readText`). A boolean is what Excel stores for TRUE/FALSE. An
 * error value (a failed formula) is no blank: the officer's formula meant something, and the tool can't tell what.
 */
export function readFlag(cell: FieldCell | undefined, words: ChoiceWords): FlagReading {
  if (cell === undefined) return 'blank';
  if (typeof cell.value === 'boolean') return cell.value ? 'yes' : 'no';
  if (isCellError(cell.value)) return 'unreadable';
  if (cell.text === '') return 'blank';
  return readingOf(cell.text, words);
}

/**
 * Whether a row is among those recommended: every row where the sheet has no choice column; a row with a rank
 * written where it only ranks; a row not marked no where the column marks only the rows left out; and where it flags
 * (with or without ranks beside), a row whose flag is not a no and not blank. A mark that is neither a yes nor a no
 * word (`○`, `待定`, `#N/A`) counts as chosen, and so does a rank that is none (`0`, `1.5`, `待定`): the cap is a
 * hard limit (notice 三(二), reference §2 "Quotas are errors"), and counting such a row at worst makes the
 * quota-exceeded finding name one row too many, which the officer sees and settles, while leaving it out could pass
 * an over-quota sheet in silence.
 */
export function isChosen(entry: Entry, kind: ChoiceKind, words: ChoiceWords): boolean {
  if (kind === 'none') return true;
  if (kind === 'rank') return readRank(entry.cells.rank, words) === 'written';
  if (kind === 'left-out') return !marksNo(entry, words);
  const reading = readFlag(entry.cells.choice, words);
  return reading === 'yes' || reading === 'unreadable';
}
