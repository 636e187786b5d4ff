import type { Division } from './division-at';

/**
 * The national-level new area that a name begins with (两江新区管委会), as a division of its province: the profile's
 * `nationalNewAreas`, which names those that the administrative divisions don't.
 */
export function newAreaAt(
  name: string,
  newAreas: Readonly<Record<string, string>> = {},
): Division | undefined {
  const area = Object.keys(newAreas).find((a) => name.startsWith(a));
  return area
    ? { place: area, provinces: [newAreas[area]!], rest: name.slice(area.length), zone: true }
    : undefined;
}
