import { normalise, withoutSpaces } from '../normalise/normalise';
import type { Profile } from '../profile';
import { withoutSealNote } from '../table/recommender-line';

/**
 * What the spellings of one recommender share, so that it is listed once: its name without spaces or a seal note
 * after it (`宁波市 经济和信息化局`, `宁波市经济和信息化局（盖章）`), and for a bureau only the place before its bureau
 * word, since a place has one such bureau however it is written (宁波市经信局). A title's bare place name (浙江省) is
 * thus its bureau on the line (浙江省经济和信息化厅), as type inference takes it; a district's bureau (余姚市…) stays
 * apart from its city's.
 */
export function recommenderSpelling(name: string, profile: Profile): string {
  const bare = withoutSpaces(withoutSealNote(normalise(name)));
  const at = Math.min(
    ...profile.recognition.bureauWords.map((word) => bare.indexOf(word)).filter((i) => i > 0),
  );
  return Number.isFinite(at) ? bare.slice(0, at) : bare;
}
