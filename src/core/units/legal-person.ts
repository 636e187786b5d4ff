import type { Profile } from '../profile';
import { unitKey } from './unit-key';
import { parentOfPart } from './unit-parts';

const fullNamesCache = new WeakMap<Profile, ReadonlyMap<string, string>>();

/** The profile's short names of ministry units (哈工大, 中国信通院) and their full names, both as unit keys. */
function fullNames(profile: Profile): ReadonlyMap<string, string> {
  let names = fullNamesCache.get(profile);
  if (!names) {
    const short = Object.entries(profile.recognition.ministryUnitShortNames ?? {});
    names = new Map(short.map(([name, full]) => [unitKey(name), unitKey(full)]));
    fullNamesCache.set(profile, names);
  }
  return names;
}

/**
 * The legal person that a unit's name key (see unitKey) stands for where the check counts units: a ministry unit's
 * full name for the short name everyone knows it by (哈工大: 哈尔滨工业大学, the profile's ministryUnitShortNames), a
 * school's, division's or branch's parent (浙江大学 of 浙江大学计算机科学与技术学院, see parentOfPart); else the name.
 */
export function legalPersonOf(key: string, profile: Profile): string {
  const full = fullNames(profile).get(key) ?? key;
  return parentOfPart(full, profile) ?? full;
}
