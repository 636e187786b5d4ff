/**
 * Our part of a cell's note (批注): a block that starts with this line, always below the officer's own note. The
 * line is the same in every language, so that a block written in English is still found and removed.
 */
export const NOTE_HEADER = '【推荐表校验助手】';

/** The note with our block of lines appended below the officer's text (or alone when there was none). */
export function withOurBlock(note: string | null, lines: readonly string[]): string {
  const block = [NOTE_HEADER, ...lines].join('\n');
  return note ? `${note}\n${block}` : block;
}

/** True when the note carries a block of ours. */
export function hasOurBlock(note: string | null): boolean {
  return note?.includes(NOTE_HEADER) ?? false;
}

/** The note without our block: the officer's text, or null when the note was only ours. */
export function withoutOurBlock(note: string | null): string | null {
  if (note === null) return null;
  const at = note.indexOf(NOTE_HEADER);
  if (at < 0) return note;
  const officer = note.slice(0, at).replace(/\n$/u, '');
  return officer === '' ? null : officer;
}
