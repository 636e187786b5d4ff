import fc from 'fast-check';
import { SegmentIndex } from '../../../src/core/similarity/segment-index';

/** The postings of a block as the index gives them back. */
function postingsOf(index: SegmentIndex, block: number): number[] {
  const items: number[] = [];
  for (let at = index.start(block); at < index.end(block); at++) items.push(index.item(at));
  return items;
}

/** A text of `size` code units as the index reads it: from an array, at 0. */
const unitsOf = (text: string) => Uint16Array.from(text, (ch) => ch.charCodeAt(0));

describe('SegmentIndex', () => {
  test('gives back every segment’s count and its first postings in the order they were added', () => {
    // A segment is a text of two code units, looked up under a key. Keys are 30-bit; a few hundred distinct ones,
    // some added many times and under several texts, make the table and the blocks grow and keys collide. Items are
    // numbered as they are added.
    const key = fc.oneof(fc.integer({ min: 0, max: 2 ** 30 - 1 }), fc.integer({ min: 0, max: 40 }));
    const text = fc.string({ unit: fc.constantFrom('a', 'b', '智'), minLength: 2, maxLength: 2 });
    const additions = fc.array(fc.tuple(key, text), { maxLength: 3000 });
    fc.assert(
      fc.property(additions, fc.integer({ min: 1, max: 20 }), (added, kept) => {
        const index = new SegmentIndex(kept);
        index.reset(2);
        const model = new Map<string, { key: number; text: string; items: number[] }>();
        added.forEach(([k, t], item) => {
          index.add(k, unitsOf(t), 0, item);
          const segment = model.get(`${k}/${t}`);
          if (segment) segment.items.push(item);
          else model.set(`${k}/${t}`, { key: k, text: t, items: [item] });
        });
        for (const { key: k, text: t, items } of model.values()) {
          const block = index.find(k, unitsOf(t), 0);
          expect(index.count(block)).toBe(items.length);
          expect(postingsOf(index, block)).toEqual(items.slice(0, kept));
        }
        for (const [k, t] of added.slice(0, 20)) {
          expect(index.find(k, unitsOf(`${t[1]}${t[0]}`), 0) < 0).toBe(!model.has(`${k}/${t[1]}${t[0]}`));
          expect(index.find(k ^ 0x20000000, unitsOf(t), 0) < 0).toBe(!model.has(`${k ^ 0x20000000}/${t}`));
        }
      }),
      { numRuns: 200 },
    );
  });

  test('finds nothing under a key never added, nor under a key added for another text', () => {
    const index = new SegmentIndex(16);
    index.reset(3);
    const units = unitsOf('智能芯片');
    index.add(7, units, 0, 1);
    expect(index.find(8, units, 0)).toBe(-1);
    expect(index.find(7, units, 1)).toBe(-1);
    index.add(7, units, 1, 2);
    expect(postingsOf(index, index.find(7, units, 0))).toEqual([1]);
    expect(postingsOf(index, index.find(7, units, 1))).toEqual([2]);
  });

  test('forgets every segment when reset, and then holds segments of the new size', () => {
    const index = new SegmentIndex(16);
    const units = unitsOf('智能芯片');
    index.reset(3);
    index.add(7, units, 0, 1);
    index.reset(2);
    expect(index.find(7, units, 0)).toBe(-1);
    index.add(7, units, 0, 2);
    expect(postingsOf(index, index.find(7, units, 0))).toEqual([2]);
    expect(index.find(7, units, 2)).toBe(-1);
  });
});
