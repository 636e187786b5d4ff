/**
 * Our part of a cell's note (批注): a block that starts with this line, always below the officer's own note. The
 * line is the same in every language, so that a block written in English is still found and removed.
 */
export const NOTE_HEADER = '【推荐表校验助手】';

/**
 * How each line of our block starts: a finding's severity in brackets, as every language writes it (src/i18n, the
 * write texts' noteLine and rowNoteLine; test/i18n checks that each still does).
 */
const OUR_LINE = /^(?:【(?:错误|警告)】|\[(?:error|warning)\] )/u;

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

/**
 * The note without our block where nothing records what the block said (a mark whose record is not in the
 * workbook): the officer's text above it, and the lines below its last line of ours (a reply to our lines, say).
 * Lines between two of ours (a finding that quotes a cell with a line break) are ours too.
 */
export function withoutOurLines(note: string | null): string | null {
  if (note === null) return null;
  const at = note.indexOf(NOTE_HEADER);
  if (at < 0) return note;
  const lines = note.slice(at).split('\n');
  let end = 1;
  for (let i = 1; i < lines.length; i++) if (OUR_LINE.test(lines[i]!)) end = i + 1;
  const above = withoutOurBlock(note);
  const kept = [...(above === null ? [] : [above]), ...lines.slice(end)];
  return kept.length === 0 ? null : kept.join('\n');
}
