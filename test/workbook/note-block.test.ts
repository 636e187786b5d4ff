import fc from 'fast-check';
import { hasOurBlock, NOTE_HEADER, withOurBlock, withoutOurBlock } from '../../src/workbook/note-block';

const officerNote = fc.option(
  fc.string({ minLength: 1 }).filter((text) => !text.includes(NOTE_HEADER)),
  { nil: null },
);
const lines = fc.array(fc.string(), { minLength: 1, maxLength: 4 });

describe('our block in a note', () => {
  it('comes below the officer’s note, and goes leaving exactly the officer’s note', () => {
    fc.assert(
      fc.property(officerNote, lines, (note, ours) => {
        const marked = withOurBlock(note, ours);
        expect(hasOurBlock(marked)).toBe(true);
        if (note !== null) expect(marked.startsWith(`${note}\n${NOTE_HEADER}\n`)).toBe(true);
        expect(withoutOurBlock(marked)).toBe(note);
      }),
    );
  });

  it('leaves a note without our block as it is', () => {
    fc.assert(
      fc.property(officerNote, (note) => {
        expect(hasOurBlock(note)).toBe(false);
        expect(withoutOurBlock(note)).toBe(note);
      }),
    );
  });

  it('keeps the officer’s words written above our block after the check', () => {
    const marked = withOurBlock('原批注', ['【错误】…']);
    expect(withoutOurBlock(`已核实\n${marked}`)).toBe('已核实\n原批注');
  });
});
