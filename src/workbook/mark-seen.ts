import type { CellLook } from './port';

/**
 * What the record keeps of a mark we wrote, to recognise it later: its fill and font colour, and a digest of its
 * note. The note itself (a sentence per finding) would double the record, which a host writes and reads back.
 */
export interface MarkSeen {
  fill: string | null;
  fontColor: string | null;
  noteDigest: string;
}

/** A 53-bit hash of a note's text (cyrb53), in base 36: enough to tell one note of ours from any edit of it. */
export function noteDigest(note: string | null): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < (note ?? '').length; i++) {
    const code = (note ?? '').charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return note === null ? '' : (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** The record's picture of a look we wrote. */
export function markSeen(look: CellLook): MarkSeen {
  return { fill: look.fill, fontColor: look.fontColor, noteDigest: noteDigest(look.note) };
}

/** Which of a cell's fill, font colour and note are still the mark we wrote. */
export function stillOurs(current: CellLook, seen: MarkSeen): Record<'fill' | 'fontColor' | 'note', boolean> {
  return {
    fill: current.fill === seen.fill,
    fontColor: current.fontColor === seen.fontColor,
    note: noteDigest(current.note) === seen.noteDigest,
  };
}
