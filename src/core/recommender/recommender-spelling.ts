import { normalise, withoutSpaces } from '../normalise/normalise';
import type { Profile } from '../profile';
import { withoutSealNote } from '../table/recommender-line';
import { TRAILING_NOTE } from './trailing-note';

/**
 * The bureau words of a place's one 工信 bureau, however it is called or renamed (经信局, 工业和信息化厅, 经济信息化委,
 * a district's 科技和工业信息化局): a place has one, so they name one body.
 */
const INDUSTRY_BUREAU = /工业和信息化|工信|经济和信息化|经济信息化|经信|科技和工业信息化|工业和科技/u;

/** One spelling of the other bureau words: 管委会 for 管理委员会, 科技创新委 for 科技创新委员会. */
const shortWord = (word: string) => word.replace('管理委员会', '管委会').replace(/委员会$|委$/u, '委');

/**
 * What the spellings of one recommender share, so that it is listed once: its name without spaces or a seal note
 * after it (`宁波市 经济和信息化局`, `宁波市经济和信息化局（盖章）`), and for a bureau the place before its bureau word, a
 * spelling of the word and what follows it (象山分局), since a place has one 工信 bureau however it is written
 * (宁波市经信局) but other offices beside it (深圳市科技创新委员会, 宁波高新区经济发展局). A title's bare place name
 * (浙江省) is thus its 工信 bureau on the line (浙江省经济和信息化厅), as type inference takes it; a district's bureau
 * (余姚市…) stays apart from its city's.
 */
export function recommenderSpelling(name: string, profile: Profile): string {
  const bare = withoutSpaces(withoutSealNote(normalise(name)));
  let at = Infinity;
  let word = '';
  for (const w of profile.recognition.bureauWords) {
    const i = bare.indexOf(w);
    if (i > 0 && (i < at || (i === at && w.length > word.length))) [at, word] = [i, w];
  }
  if (!word) return bare;
  const rest = bare.slice(at + word.length).replace(TRAILING_NOTE, '');
  const kind = INDUSTRY_BUREAU.test(word) ? '' : shortWord(word);
  return [bare.slice(0, at), kind, rest].join('|').replace(/\|+$/u, '');
}
