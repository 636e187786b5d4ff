import { isMarkFill, isMarkFontColor } from './mark-look';
import { noteDigest, stillOurs, type MarkSeen } from './mark-seen';
import { hasOurBlock, withoutOurBlock, withoutOurLines } from './note-block';
import type { CellLook } from './port';

type LookField = 'fill' | 'fontColor' | 'note';

/**
 * A look assembled field by field, each field with the exact model of `host` when its source has one. The host is
 * the one reading the cell now; exact models another host recorded are left out, and their plain values serve.
 */
function assemble(
  host: string | undefined,
  sources: Record<LookField, { look: CellLook; exact: boolean }>,
): CellLook {
  const look: CellLook = {
    fill: sources.fill.look.fill,
    fontColor: sources.fontColor.look.fontColor,
    note: sources.note.look.note,
  };
  if (host === undefined) return look;
  const exact: NonNullable<CellLook['exact']> = { host };
  for (const field of ['fill', 'fontColor', 'note'] as const) {
    const source = sources[field];
    if (source.exact && source.look.exact?.host === host && field in source.look.exact)
      exact[field] = source.look.exact[field];
  }
  return Object.keys(exact).length > 1 ? { ...look, exact } : look;
}

/**
 * The look a mark gives a cell: our fill and font colour, and the note with our block. A fill or font colour that
 * the host can't put back is left as it is: one that is `other` without the host's exact model of it (a gradient
 * fill, or a value in runs of several font colours, in Excel).
 */
export function markedLook(
  original: CellLook,
  colors: { fill: string; fontColor: string },
  note: string | null,
): CellLook {
  const restorable = (field: 'fill' | 'fontColor') =>
    original[field] !== 'other' || (original.exact !== undefined && field in original.exact);
  return {
    fill: restorable('fill') ? colors.fill : original.fill,
    fontColor: restorable('fontColor') ? colors.fontColor : original.fontColor,
    note,
  };
}

/**
 * What a cell looked like before our mark, judged from how it looks now. Normally that is just its look; but a cell
 * that still carries a mark of ours (its record lost, say) must not have our mark recorded as its original: our
 * note block is dropped (the officer's words above and below it stay), and our fill and font colour count as none.
 */
export function originalLook(current: CellLook): CellLook {
  if (!hasOurBlock(current.note)) return current;
  const plain: CellLook = {
    fill: isMarkFill(current.fill) ? null : current.fill,
    fontColor: isMarkFontColor(current.fontColor) ? null : current.fontColor,
    note: withoutOurLines(current.note),
  };
  return assemble(current.exact?.host, {
    fill: { look: isMarkFill(current.fill) ? plain : current, exact: !isMarkFill(current.fill) },
    fontColor: {
      look: isMarkFontColor(current.fontColor) ? plain : current,
      exact: !isMarkFontColor(current.fontColor),
    },
    note: { look: plain, exact: false },
  });
}

/**
 * The officer's words in a note that still has our block but is no longer the note we wrote: what stands above our
 * block and, where the note down to some line is still exactly ours, the lines the officer added below it (a reply
 * to our lines, say). Where even that is not so, what stands above our block.
 */
function officerWords(note: string, mark: MarkSeen): string | null {
  const lines = note.split('\n');
  for (let end = lines.length - 1; end > 0; end--) {
    const ours = lines.slice(0, end).join('\n');
    if (noteDigest(ours) !== mark.noteDigest) continue;
    const above = withoutOurBlock(ours);
    const added = lines.slice(end).join('\n');
    return above === null ? added : `${above}\n${added}`;
  }
  return withoutOurBlock(note);
}

/**
 * The look that clearing gives a cell: each of fill, font colour and note goes back to its original where it is
 * still our mark's, and stays as it is where the officer changed it after the check. An officer's edit of a note
 * keeps the officer's words, above and below our block, without it.
 */
export function clearedLook(current: CellLook, original: CellLook, mark: MarkSeen): CellLook {
  const still = stillOurs(current, mark);
  const ours = (field: LookField) => still[field];
  const noteSource = ours('note')
    ? { look: original, exact: true }
    : current.note !== null && hasOurBlock(current.note)
      ? { look: { ...current, note: officerWords(current.note, mark) }, exact: false }
      : { look: current, exact: true };
  return assemble(current.exact?.host, {
    fill: ours('fill') ? { look: original, exact: true } : { look: current, exact: true },
    fontColor: ours('fontColor') ? { look: original, exact: true } : { look: current, exact: true },
    note: noteSource,
  });
}

/**
 * True when a cell still shows the mark we recorded: the evidence that lets clearing find a moved row, or a row
 * without a key. Our note, unchanged, is evidence enough (its lines are said of that cell), so a fill the officer
 * repainted does not hide the mark; without a note of ours (a host without notes), its fill must be ours too.
 */
export function showsMark(current: CellLook, mark: MarkSeen): boolean {
  const still = stillOurs(current, mark);
  return still.note && (still.fill || hasOurBlock(current.note));
}
