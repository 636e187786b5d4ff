import fc from 'fast-check';
import { defaultProfile, profileNumbers } from '../../src/core/profile';
import { LANGS } from '../../src/i18n';
import { writeTexts } from '../../src/i18n/write-texts';
import {
  hasOurBlock,
  NOTE_HEADER,
  withOurBlock,
  withoutOurBlock,
  withoutOurLines,
} from '../../src/workbook/note-block';

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

describe('our block in a note that no record describes (a marked sheet copied without our record)', () => {
  it.each(LANGS)(
    'goes with every line written in %s, leaving the officer’s words above and below it',
    (lang) => {
      const texts = writeTexts(lang);
      const ours = [
        // A finding that quotes a cell with a line break runs over two lines.
        texts.noteLine('error', '项目“智能\n传感器”重复出现', [3, 5]),
        texts.rowNoteLine('warning', 'D', 'duplicate-project', profileNumbers(defaultProfile())),
      ];
      expect(withoutOurLines(`${withOurBlock('原批注', ours)}\n已核实，不是重复\n经办人 张三`)).toBe(
        '原批注\n已核实，不是重复\n经办人 张三',
      );
      expect(withoutOurLines(withOurBlock(null, ours))).toBeNull();
    },
  );

  it('leaves a note without our block as it is', () => {
    fc.assert(fc.property(officerNote, (note) => expect(withoutOurLines(note)).toBe(note)));
  });
});
