import { compactKey } from '../normalise/normalise';
import type { Direction, Profile } from '../profile';
import { editDistance } from '../similarity/edit-distance';

/** How complete the known direction list is (DESIGN.md, `directionList`). */
export interface DirectionListInfo {
  complete: boolean;
  count: number;
  expected: number;
  source: 'profile' | 'file';
}

/** `1.智能传感器`, `（一）智能传感器`, `一、智能传感器` → `智能传感器`. */
const LEADING_NUMBER = /^\(?[一二三四五六七八九十\d]{1,3}[).、．]\s*/u;

/**
 * The same numbering in a direction as written, before normalisation: full-width digits and brackets, and spaces
 * around it. `1.智能传感器`, `12．智能传感器`, `（一）智能传感器`, `【三】智能传感器`, ` 3 、 智能传感器`.
 */
const LEADING_NUMBER_AS_WRITTEN =
  /^\s*(?:[(（〔［【[]\s*)?[一二三四五六七八九十\d０１２３４５６７８９]{1,3}\s*[)）〕］】\].、．]\s*/u;

/** The comparison key of a direction. */
export function directionKey(text: string): string {
  return compactKey(text).replace(LEADING_NUMBER, '');
}

/** A direction as the officer wrote it, without the list's numbering (and the spaces around it). */
export function directionName(text: string): string {
  return text.replace(LEADING_NUMBER_AS_WRITTEN, '').trim() || text.trim();
}

/**
 * The directions of the call: the six that the notice names, joined by the officer's full list from the guide.
 * A list is complete when it holds as many directions as the notice states (18): one with fewer is partial, and one
 * with more is no list of this call's directions, which the report says.
 */
export class DirectionList {
  private readonly byKey = new Map<string, Direction>();
  private readonly found = new Map<string, Direction | undefined>();
  readonly info: DirectionListInfo;

  constructor(profile: Profile, fromFile?: readonly Direction[]) {
    for (const direction of profile.directions) this.byKey.set(directionKey(direction.name), direction);
    // The officer's list is the guide itself: it wins over the profile, whose categories for the notice's six are
    // only inferred from the notice's order (reference §4). Within the list, the first line naming a direction
    // wins, and a later one only fills in a category it lacks.
    const fromOfficer = new Set<string>();
    for (const direction of fromFile ?? []) {
      const key = directionKey(direction.name);
      const known = this.byKey.get(key);
      if (!known || !fromOfficer.has(key)) {
        // Shown in suggestions and summaries: the officer's wording, without the list's numbering.
        const name = directionName(direction.name);
        const category = direction.category || known?.category;
        this.byKey.set(key, category ? { name, category } : { name });
        fromOfficer.add(key);
      } else if (!known.category && direction.category)
        this.byKey.set(key, { ...known, category: direction.category });
    }
    const count = this.byKey.size;
    this.info = {
      complete: count === profile.directionsExpected,
      count,
      expected: profile.directionsExpected,
      source: fromFile ? 'file' : 'profile',
    };
  }

  /** The known direction a cell names, if any. */
  find(text: string): Direction | undefined {
    // Thousands of rows name a handful of directions: key each wording once.
    if (!this.found.has(text)) this.found.set(text, this.byKey.get(directionKey(text)));
    return this.found.get(text);
  }

  /** The known direction nearest to an unknown one, when it is near enough to be a plausible typo. */
  nearest(text: string): Direction | undefined {
    const key = directionKey(text);
    let best: { direction: Direction; distance: number } | undefined;
    for (const [knownKey, direction] of this.byKey) {
      const distance = editDistance(key, knownKey);
      if (!best || distance < best.distance) best = { direction, distance };
    }
    if (!best) return undefined;
    return best.distance <= Math.max(2, Math.ceil(key.length / 2)) ? best.direction : undefined;
  }
}
