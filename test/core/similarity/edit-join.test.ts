import fc from 'fast-check';
import { editDistance } from '../../../src/core/similarity/edit-distance';
import { joinByEdits, type SimilarPair } from '../../../src/core/similarity/edit-join';

const STOCK_PHRASE_POSTINGS = 16;

const allowedEdits = (length: number, t: number) => Math.floor((1 - t) * length + 1e-9);

/** The segments of a key of `length`: as many as the edits its longest partner allows, plus one; longer ones last. */
function segmentsOf(length: number, t: number): { start: number; size: number }[] {
  const count = allowedEdits(Math.floor(length / t + 1e-9), t) + 1;
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
 * The join as specified, by comparing texts, slowly: each key, shortest first, is compared with every earlier key
 * of each length it may be near. A pair counts the times that the probe holds a segment of the other key, unchanged,
 * within that segment's window, leaving out segments that more than 16 earlier keys of the length share (stock
 * phrases); it is reported when that count reaches the segments less the edits allowed, and less the segments whose
 * windows meet a stock phrase, and the distance is within the edits. Within one length, partners come in the order
 * the probe first holds one of their segments, then in length order.
 */
function referenceJoin(keys: readonly string[], t: number): SimilarPair[] {
  const order = keys.map((_, k) => k).sort((x, y) => keys[x]!.length - keys[y]!.length);
  // Where in length order each segment text of each length is found: a segment is a stock phrase for a probe when
  // more than 16 keys before it hold it.
  const holders = new Map<string, number[]>();
  const earlierHolders = (segment: string, position: number) =>
    (holders.get(segment) ?? []).filter((at) => at < position).length;
  order.forEach((s, position) => {
    segmentsOf(keys[s]!.length, t).forEach(({ start, size }, i) => {
      const segment = `${keys[s]!.length}/${i}/${keys[s]!.slice(start, start + size)}`;
      holders.set(segment, [...(holders.get(segment) ?? []), position]);
    });
  });
  const pairs: SimilarPair[] = [];
  order.forEach((r, position) => {
    const probe = keys[r]!;
    const edits = allowedEdits(probe.length, t);
    for (let length = Math.max(1, probe.length - edits); length <= probe.length; length++) {
      const segments = segmentsOf(length, t);
      const delta = probe.length - length;
      const windowOf = (start: number, size: number) => ({
        from: Math.max(0, start - Math.floor((edits - delta) / 2)),
        to: Math.min(probe.length - size, start + Math.floor((edits + delta) / 2)),
      });
      const stockSegments = segments.filter(({ start, size }, i) => {
        const { from, to } = windowOf(start, size);
        for (let p = from; size > 0 && p <= to; p++) {
          if (earlierHolders(`${length}/${i}/${probe.slice(p, p + size)}`, position) > STOCK_PHRASE_POSTINGS)
            return true;
        }
        return false;
      }).length;
      const found: { s: number; held: [number, number] }[] = [];
      for (const s of order.slice(0, position).filter((x) => keys[x]!.length === length)) {
        let times = 0;
        let held: [number, number] | undefined;
        segments.forEach(({ start, size }, i) => {
          const text = keys[s]!.slice(start, start + size);
          if (size === 0 || earlierHolders(`${length}/${i}/${text}`, position) > STOCK_PHRASE_POSTINGS)
            return;
          const { from, to } = windowOf(start, size);
          for (let p = from; p <= to; p++) {
            if (probe.slice(p, p + size) !== text) continue;
            times++;
            held ??= [i, p];
          }
        });
        if (
          held &&
          times >= segments.length - stockSegments - edits &&
          editDistance(keys[s]!, probe) <= edits
        )
          found.push({ s, held });
      }
      found.sort((x, y) => x.held[0] - y.held[0] || x.held[1] - y.held[1]);
      for (const { s } of found) {
        const similarity = 1 - editDistance(keys[s]!, probe) / probe.length;
        pairs.push({ a: Math.min(r, s), b: Math.max(r, s), similarity });
      }
    }
  });
  return pairs;
}

describe('joinByEdits', () => {
  test('finds a near duplicate whose other intact segment is a stock phrase', () => {
    // Keys of 30 characters are cut into 6 segments of 5 (partners may be 35 long and 5 edits away), and two of 30
    // may differ by 4: a pair 4 substitutions apart keeps two segments intact. Here the last one, 研发与应用, is
    // shared by 17 earlier keys, a stock phrase; the pair is still found through the other, with no count from it.
    const ideographs = (from: number, count: number) =>
      Array.from({ length: count }, (_, i) => String.fromCharCode(0x4e00 + from + i)).join('');
    const fillers = Array.from({ length: 17 }, (_, k) => ideographs(1000 + 25 * k, 25) + '研发与应用');
    const original = ideographs(0, 25) + '研发与应用';
    const chars = [...original];
    for (const at of [2, 7, 12, 17]) chars[at] = '改';
    const edited = chars.join('');
    const pairs = joinByEdits([...fillers, original, edited], 0.85);
    expect(pairs.map(({ a, b }) => [a, b])).toEqual([[17, 18]]);
    expect(pairs[0]!.similarity).toBeCloseTo(1 - 4 / 30);
  });

  test('finds the pairs of the join as specified, stock phrases left out, in its order', () => {
    // Keys end in one phrase, so that many of one length share their last segments and these become stock phrases,
    // and a third are copies of others a few edits away, so that keys have several near duplicates.
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
            fc.oneof(
              { arbitrary: fc.constant(''), weight: 3 },
              { arbitrary: fc.constant(phrase), weight: 1 },
            ),
            fc.string({ unit: letter, minLength: core, maxLength: core }),
            fc.constant(phrase),
          ),
          copyOf: fc.oneof({ arbitrary: fc.constant(null), weight: 2 }, { arbitrary: fc.nat(), weight: 1 }),
          edits: fc.array(edit, { maxLength: 2 }),
        });
        return fc.array(row, { minLength: 2, maxLength: 100, size: 'max' });
      });
    const keys = rows.map((made) => {
      const list: string[] = [];
      for (const { text, copyOf, edits } of made) {
        const chars = [...(copyOf !== null && list.length > 0 ? list[copyOf % list.length]! : text.join(''))];
        for (const [at, to] of edits) chars.splice(at % (chars.length + 1), to === '' ? 1 : 0, to);
        list.push(chars.join(''));
      }
      return [...new Set(list)];
    });
    const threshold = fc.constantFrom(0.7, 0.75, 0.8, 0.85, 0.9);
    fc.assert(
      fc.property(keys, threshold, (distinct, t) => {
        expect(joinByEdits(distinct, t)).toEqual(referenceJoin(distinct, t));
      }),
      { numRuns: 300 },
    );
  });
});
