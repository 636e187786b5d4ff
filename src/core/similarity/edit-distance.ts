/** Two reusable rows of the matrix: the similarity search calls this for many candidates of similar length. */
let rows: [Int32Array, Int32Array] = [new Int32Array(64), new Int32Array(64)];

/**
 * Levenshtein distance between two strings, counted in UTF-16 code units (one per CJK character of the basic
 * plane), computed only within a band of `max` around the diagonal: it returns `max + 1` as soon as the distance
 * must exceed `max`, so checking a near-duplicate costs O(max · length), not O(length²).
 */
export function editDistance(a: string, b: string, max = Math.max(a.length, b.length)): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (rows[0].length <= b.length + 1)
    rows = [new Int32Array(2 * (b.length + 1)), new Int32Array(2 * (b.length + 1))];
  let [previous, current] = rows;
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - max);
    const to = Math.min(b.length, i + max);
    current[from - 1] = from === 1 ? i : max + 1;
    let rowMin = current[from - 1]!;
    for (let j = from; j <= to; j++) {
      const substitution = previous[j - 1]! + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1);
      const deletion = j < i + max ? previous[j]! + 1 : max + 1;
      const insertion = current[j - 1]! + 1;
      const value = Math.min(substitution, deletion, insertion);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (to < b.length) current[to + 1] = max + 1;
    if (rowMin > max) return max + 1;
    [previous, current] = [current, previous];
  }
  return Math.min(previous[b.length]!, max + 1);
}
