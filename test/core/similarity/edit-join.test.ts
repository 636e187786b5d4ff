import fc from 'fast-check';
import { editDistance } from '../../../src/core/similarity/edit-distance';
import { joinByEdits, type SimilarPair } from '../../../src/core/similarity/edit-join';

const STOCK_PHRASE_POSTINGS = 32;

const allowedEdits = (length: number, t: number) => Math.floor((1 - t) * length + 1e-9);

/** The segments of a key of `length`: as many as the edits its length allows, plus one; longer ones last. */
function segmentsOf(length: number, t: number): { start: number; size: number }[] {
  const count = allowedEdits(length, t) + 1;
  const short = Math.floor(length / count);
  const longer = length % count;
  const segments = [];
  for (let i = 0, start = 0; i < count; i++) {
    const size = i < count - longer ? short : short + 1;
    segments.push({ start, size });
    start += size;
  }
  return segments;
}

/**
 * The join as specified, by comparing texts, slowly. A segment is a stock phrase when more than 32 keys of its length
 * hold its text at its place. A key finds a partner of its length or longer, within the edits the partner's length
 * allows, when it holds one of the partner's m segments, unchanged and no stock phrase, shifted by δ where the edits
 * allow: |δ| + |Δ − δ| ≤ edits (Δ the difference of their lengths), |δ| ≤ i + edits − (m − 1) for the i-th segment
 * and |Δ − δ| ≤ m − 1 − i. A pair is reported when the shorter key finds the longer one (either way for keys of one
 * length), sorted by indexes.
 */
function referenceJoin(keys: readonly string[], t: number): SimilarPair[] {
  const holders = new Map<string, number>();
  const place = (length: number, i: number, text: string) => `${length}/${i}/${text}`;
  for (const key of keys) {
    segmentsOf(key.length, t).forEach(({ start, size }, i) => {
      const at = place(key.length, i, key.slice(start, start + size));
      holders.set(at, (holders.get(at) ?? 0) + 1);
    });
  }
  const isStock = (at: string) => (holders.get(at) ?? 0) > STOCK_PHRASE_POSTINGS;
  const finds = (probe: string, partner: string): boolean => {
    const edits = allowedEdits(partner.length, t);
    const delta = probe.length - partner.length;
    if (delta > 0 || probe.length < partner.length - edits) return false;
    const segments = segmentsOf(partner.length, t);
    const last = segments.length - 1;
    const holds = segments.some(({ start, size }, i) => {
      const text = partner.slice(start, start + size);
      if (size === 0 || isStock(place(partner.length, i, text))) return false;
      for (let p = Math.max(0, start - edits); p + size <= probe.length && p <= start + edits; p++) {
        const shift = p - start;
        const after = Math.abs(delta - shift);
        if (Math.abs(shift) + after > edits || Math.abs(shift) > i + edits - last || after > last - i)
          continue;
        if (probe.startsWith(text, p)) return true;
      }
      return false;
    });
    return holds && editDistance(partner, probe, edits) <= edits;
  };
  const pairs: SimilarPair[] = [];
  keys.forEach((x, a) => {
    keys.forEach((y, b) => {
      if (b <= a || !(finds(x, y) || finds(y, x))) return;
      pairs.push({ a, b, similarity: 1 - editDistance(x, y) / Math.max(x.length, y.length) });
    });
  });
  return pairs;
}

/**
 * Keys of one length that end in one phrase, so that many share their last segments and these become stock phrases,
 * a third of them copies of others a few edits away, so that keys have several near duplicates.
 */
const keyLists = (() => {
  const letters = [...'ab智能芯传感'];
  const letter = fc.constantFrom(...letters);
  const edit = fc.tuple(fc.nat(), fc.constantFrom('', ...letters));
  const rows = fc
    .record({
      phrase: fc.string({ unit: letter, minLength: 4, maxLength: 7 }),
      core: fc.integer({ min: 3, max: 8 }),
    })
    .chain(({ phrase, core }) => {
      const row = fc.record({
        text: fc.tuple(
          fc.oneof({ arbitrary: fc.constant(''), weight: 3 }, { arbitrary: fc.constant(phrase), weight: 1 }),
          fc.string({ unit: letter, minLength: core, maxLength: core }),
          fc.constant(phrase),
        ),
        copyOf: fc.oneof({ arbitrary: fc.constant(null), weight: 2 }, { arbitrary: fc.nat(), weight: 1 }),
        edits: fc.array(edit, { maxLength: 2 }),
      });
      return fc.array(row, { minLength: 2, maxLength: 160, size: 'max' });
    });
  return rows.map((made) => {
    const list: string[] = [];
    for (const { text, copyOf, edits } of made) {
      const chars = [...(copyOf !== null && list.length > 0 ? list[copyOf % list.length]! : text.join(''))];
      for (const [at, to] of edits) chars.splice(at % (chars.length + 1), to === '' ? 1 : 0, to);
      list.push(chars.join(''));
    }
    return [...new Set(list)];
  });
})();

const thresholds = fc.constantFrom(0.7, 0.75, 0.8, 0.85, 0.9);

describe('joinByEdits', () => {
  test('finds a near duplicate whose other intact segment is a stock phrase', () => {
    // Keys of 30 characters are cut into 5 segments of 6, as two of 30 may differ by 4: a pair 4 substitutions apart
    // keeps one segment intact at least, and here two. The last one, 究研发与应用, is shared by 33 earlier keys, a
    // stock phrase; the pair is still found through the other.
    const ideographs = (from: number, count: number) =>
      Array.from({ length: count }, (_, i) => String.fromCharCode(0x4e00 + from + i)).join('');
    const fillers = Array.from({ length: 33 }, (_, k) => ideographs(1000 + 24 * k, 24) + '究研发与应用');
    const original = ideographs(0, 24) + '究研发与应用';
    const chars = [...original];
    for (const at of [2, 8, 14, 15]) chars[at] = '改';
    const edited = chars.join('');
    const pairs = joinByEdits([...fillers, original, edited], 0.85);
    expect(pairs.map(({ a, b }) => [a, b])).toEqual([[33, 34]]);
    expect(pairs[0]!.similarity).toBeCloseTo(1 - 4 / 30);
  });

  test('finds the pairs of the join as specified, stock phrases left out', () => {
    fc.assert(
      fc.property(keyLists, thresholds, (keys, t) => {
        expect(joinByEdits(keys, t)).toEqual(referenceJoin(keys, t));
      }),
      { numRuns: 300 },
    );
  });

  test('finds every pair within the edits while no segment is a stock phrase', () => {
    // At most 32 keys: no segment can be held by more, so no pair may be missed, whatever the keys.
    const fewKeys = keyLists.map((keys) => keys.slice(0, STOCK_PHRASE_POSTINGS));
    fc.assert(
      fc.property(fewKeys, thresholds, (keys, t) => {
        const expected: [number, number][] = [];
        keys.forEach((x, a) =>
          keys.forEach((y, b) => {
            const edits = allowedEdits(Math.max(x.length, y.length), t);
            if (a < b && editDistance(x, y) <= edits) expected.push([a, b]);
          }),
        );
        expect(joinByEdits(keys, t).map(({ a, b }) => [a, b])).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  test('finds the same pairs whatever the order of the keys', () => {
    const shuffled = keyLists.chain((keys) =>
      fc.tuple(fc.constant(keys), fc.shuffledSubarray(keys, { minLength: keys.length })),
    );
    fc.assert(
      fc.property(shuffled, thresholds, ([keys, reordered], t) => {
        const asTexts = (list: readonly string[]) =>
          joinByEdits(list, t)
            .map(({ a, b, similarity }) => [...[list[a]!, list[b]!].sort(), similarity].join('|'))
            .sort();
        expect(asTexts(reordered)).toEqual(asTexts(keys));
      }),
      { numRuns: 300 },
    );
  });
});
