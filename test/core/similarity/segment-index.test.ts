import fc from 'fast-check';
import { SegmentIndex } from '../../../src/core/similarity/segment-index';

/** The postings of a key as the index gives them back. */
function postingsOf(index: SegmentIndex, key: number): number[] | undefined {
  const block = index.find(key);
  if (block < 0) return undefined;
  const items: number[] = [];
  for (let at = block + 1; at < index.end(block); at++) items.push(index.item(at));
  return items;
}

describe('SegmentIndex', () => {
  test('gives back every key’s count and its first postings in the order they were added', () => {
    // Keys are 30-bit; a few hundred distinct ones, some added many times, make the table and the blocks grow.
    const key = fc.oneof(fc.integer({ min: 0, max: 2 ** 30 - 1 }), fc.integer({ min: 0, max: 40 }));
    const additions = fc.array(fc.tuple(key, fc.nat(100_000)), { maxLength: 3000 });
    fc.assert(
      fc.property(additions, fc.integer({ min: 1, max: 20 }), (added, kept) => {
        const index = new SegmentIndex(kept);
        const model = new Map<number, number[]>();
        for (const [k, item] of added) {
          index.add(k, item);
          model.set(k, [...(model.get(k) ?? []), item]);
        }
        for (const [k, items] of model) {
          expect(index.count(index.find(k))).toBe(items.length);
          expect(postingsOf(index, k)).toEqual(items.slice(0, kept));
        }
        for (const [k] of added.slice(0, 20))
          expect(index.find(k ^ 0x20000000) < 0).toBe(!model.has(k ^ 0x20000000));
      }),
      { numRuns: 200 },
    );
  });

  test('finds nothing under a key never added', () => {
    const index = new SegmentIndex(16);
    index.add(7, 1);
    expect(index.find(8)).toBe(-1);
    expect(postingsOf(index, 7)).toEqual([1]);
  });
});
