import fc from 'fast-check';
import { clearedLook, originalLook, showsMark } from '../../src/workbook/look-decisions';
import { MARK_LOOKS } from '../../src/workbook/mark-look';
import { markSeen } from '../../src/workbook/mark-seen';
import { NOTE_HEADER, withOurBlock } from '../../src/workbook/note-block';
import type { CellLook } from '../../src/workbook/port';

const exact = (fill: unknown, fontColor: unknown, note: unknown) => ({ host: 'xlsx', fill, fontColor, note });
const ORIGINAL: CellLook = {
  fill: 'other',
  fontColor: '#0000FF',
  note: '原批注',
  exact: exact({ type: 'pattern', pattern: 'solid', fgColor: { theme: 4 } }, { argb: 'FF0000FF' }, '原批注'),
};
const MARK: CellLook = { ...MARK_LOOKS.error, note: withOurBlock('原批注', ['【错误】…']) };
const SEEN = markSeen(MARK);
const asMarked: CellLook = {
  ...MARK,
  exact: exact({ fgColor: { argb: 'FFFFC7CE' } }, { argb: 'FF9C0006' }, MARK.note),
};

describe('clearedLook', () => {
  it('gives back the original, exactly, where the cell still shows our mark', () => {
    expect(clearedLook(asMarked, ORIGINAL, SEEN)).toEqual(ORIGINAL);
  });

  it('keeps a fill the officer changed after the check, and restores the rest', () => {
    const changed = {
      ...asMarked,
      fill: '#00FF00',
      exact: { ...asMarked.exact!, fill: { fgColor: { argb: 'FF00FF00' } } },
    };
    expect(clearedLook(changed, ORIGINAL, SEEN)).toEqual({
      fill: '#00FF00',
      fontColor: '#0000FF',
      note: '原批注',
      exact: exact({ fgColor: { argb: 'FF00FF00' } }, { argb: 'FF0000FF' }, '原批注'),
    });
  });

  it('keeps the officer’s edit of a note, without our block', () => {
    const edited = { ...asMarked, note: `已核实\n${MARK.note!}` };
    const cleared = clearedLook(edited, ORIGINAL, SEEN);
    expect(cleared.note).toBe('已核实\n原批注');
    expect(cleared.exact).not.toHaveProperty('note');
    expect(cleared.fill).toBe('other');
  });

  it('keeps the lines the officer added below our block (a reply to it), without our block', () => {
    const text = fc.string({ minLength: 1 }).filter((line) => !line.includes(NOTE_HEADER));
    fc.assert(
      fc.property(
        fc.option(text, { nil: null }),
        fc.array(text, { minLength: 1 }),
        text,
        (before, ours, added) => {
          const mark: CellLook = { ...MARK_LOOKS.error, note: withOurBlock(before, ours) };
          const edited = { ...mark, note: `${mark.note!}\n${added}` };
          const cleared = clearedLook(edited, { fill: null, fontColor: null, note: before }, markSeen(mark));
          expect(cleared.note).toBe(before === null ? added : `${before}\n${added}`);
        },
      ),
    );
  });

  it('restores from plain values what another host recorded exactly', () => {
    const office: CellLook = {
      ...asMarked,
      fill: '#123456',
      exact: { host: 'office', fill: { color: '#123456' } },
    };
    expect(clearedLook(office, ORIGINAL, SEEN)).toEqual({
      fill: '#123456',
      fontColor: '#0000FF',
      note: '原批注',
      exact: { host: 'office', fill: { color: '#123456' } },
    });
  });
});

describe('originalLook', () => {
  it('is the look itself for a cell without our mark', () => {
    expect(originalLook(ORIGINAL)).toEqual(ORIGINAL);
  });

  it('never takes a mark of ours for an original, even without its record', () => {
    expect(originalLook(asMarked)).toEqual({ fill: null, fontColor: null, note: '原批注' });
  });

  it('keeps the officer’s own fill on a cell whose note still has our block', () => {
    const look = {
      ...asMarked,
      fill: '#00FF00',
      exact: { ...asMarked.exact!, fill: { fgColor: { argb: 'FF00FF00' } } },
    };
    expect(originalLook(look)).toEqual({
      fill: '#00FF00',
      fontColor: null,
      note: '原批注',
      exact: { host: 'xlsx', fill: { fgColor: { argb: 'FF00FF00' } } },
    });
  });
});

describe('showsMark', () => {
  it('is true while our note is still there, even under a fill the officer repainted', () => {
    expect(showsMark(asMarked, SEEN)).toBe(true);
    expect(showsMark({ ...asMarked, fill: '#00FF00' }, SEEN)).toBe(true);
    expect(showsMark({ ...asMarked, note: null }, SEEN)).toBe(false);
    expect(showsMark({ ...asMarked, note: `${MARK.note!}\n已核实` }, SEEN)).toBe(false);
  });

  it('is true, where the host keeps no notes, only while the fill is still ours', () => {
    const unnoted: CellLook = { ...MARK_LOOKS.error, note: null };
    const seen = markSeen(unnoted);
    expect(showsMark(unnoted, seen)).toBe(true);
    expect(showsMark({ ...unnoted, fill: '#00FF00' }, seen)).toBe(false);
  });
});
