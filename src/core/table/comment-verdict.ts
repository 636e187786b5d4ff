import { compactKey } from '../normalise/normalise';
import { markKey, markRemarks } from './mark-key';

export type Verdict = 'yes' | 'no';

/** A yes or no word of the profile that a clause of a comment may end with: `经研究同意推荐`, `综合评审不推荐`. */
export interface VerdictEnding {
  key: string;
  verdict: Verdict;
}

/** The mark keys of the profile's yes and no words, and those a clause may end with, longest first. */
export interface VerdictWords {
  yes: ReadonlySet<string>;
  no: ReadonlySet<string>;
  endings: readonly VerdictEnding[];
}

/** A word of two Chinese characters or more: a clause may end with it. `1`, `N`, `否` would end too many. */
const VERDICT_ENDING = /^\p{Script=Han}{2,}$/u;

/**
 * The yes and no words that may end a clause, longest first, so that `不同意推荐` is found before `同意推荐` and
 * `推荐`.
 */
export function verdictEndings(yes: Iterable<string>, no: Iterable<string>): VerdictEnding[] {
  const ending = (verdict: Verdict) => (key: string) => ({ key, verdict });
  return [...[...yes].map(ending('yes')), ...[...no].map(ending('no'))]
    .filter((word) => VERDICT_ENDING.test(word.key))
    .sort((a, b) => b.key.length - a.key.length);
}

/** What separates the clauses of a comment, after normalisation folded `，；：！？` to ASCII. */
const CLAUSE_BREAK = /[,.;:!?。、\n]+/u;

/** A character that negates what follows it: `没有推荐`, `不宜推荐`, `尚未同意`. */
const NEGATION = /[不未没非无勿否莫别]/u;

/** A mark's verdict, or `unclear` where a yes carries a note that takes it back (`是（备选）`). */
export type MarkVerdict = Verdict | 'unclear';

/** Whether a text holds one of the no words that a clause may end with (`备选第一`, `已撤回`). */
const holdsNoWord = (text: string, words: VerdictWords) =>
  words.endings.some((word) => word.verdict === 'no' && text.includes(word.key));

/**
 * A yes, unless the mark's closing remark holds a no word (`是（备选）`, `同意推荐（候补）`): an alternate may or may
 * not be sent, so such a mark is told as unclear, and counted as such marks are, rather than read either way.
 */
const yesUnless = (mark: string, words: VerdictWords): MarkVerdict => {
  const remarks = markRemarks(mark);
  return words.no.has(remarks.slice(1, -1)) || holdsNoWord(remarks, words) ? 'unclear' : 'yes';
};

/** The verdict of a mark that is a yes or no word of the profile (`是（优先）`, `Yes!`, `否（已撤回）`), if it is one. */
export function markVerdict(mark: string, words: VerdictWords): MarkVerdict | undefined {
  const key = markKey(mark);
  if (words.yes.has(key)) return yesUnless(mark, words);
  if (words.no.has(key)) return 'no';
  return undefined;
}

/**
 * The verdict of one clause: a yes or no word, or a clause ending with one. A yes word at the end counts only where
 * nothing before it negates it or says no (`没有推荐`, `作为备选推荐`): a yes read from a negation would drop a row
 * from the count.
 */
function clauseVerdict(clause: string, words: VerdictWords): MarkVerdict | undefined {
  const word = markVerdict(clause, words);
  if (word !== undefined) return word;
  const key = markKey(clause);
  const ending = words.endings.find((word) => key.endsWith(word.key));
  if (ending?.verdict !== 'yes') return ending?.verdict;
  const before = key.slice(0, -ending.key.length);
  return NEGATION.test(before) || holdsNoWord(before, words) ? undefined : yesUnless(clause, words);
}

/**
 * The verdict that a comment in a choice column carries (`技术先进，同意推荐`, `暂不推荐，技术成熟度不足`): the one
 * its clauses say, or undefined where none says one, they disagree (`同意推荐，但名额已满`) or one is unclear.
 */
export function commentVerdict(text: string, words: VerdictWords): Verdict | undefined {
  let found: Verdict | undefined;
  for (const clause of compactKey(text).split(CLAUSE_BREAK)) {
    const verdict = clauseVerdict(clause, words);
    if (verdict === undefined) continue;
    if (verdict === 'unclear' || (found !== undefined && found !== verdict)) return undefined;
    found = verdict;
  }
  return found;
}
