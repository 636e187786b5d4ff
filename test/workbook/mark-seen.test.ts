import fc from 'fast-check';
import { markSeen, noteDigest, stillOurs } from '../../src/workbook/mark-seen';

describe('the record’s picture of a mark', () => {
  it('tells a note from any one-character edit of it', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1 }),
        fc.nat(),
        fc.string({ minLength: 1, maxLength: 1 }),
        (note, at, ch) => {
          const i = at % note.length;
          const edited = note.slice(0, i) + ch + note.slice(i + 1);
          fc.pre(edited !== note);
          expect(noteDigest(edited)).not.toBe(noteDigest(note));
        },
      ),
    );
  });

  it('is the same for the same note, and tells no note from an empty one', () => {
    expect(noteDigest('【推荐表校验助手】\n【错误】…')).toBe(noteDigest('【推荐表校验助手】\n【错误】…'));
    expect(noteDigest(null)).not.toBe(noteDigest(''));
  });

  it('says field by field what is still ours', () => {
    const seen = markSeen({ fill: '#FFC7CE', fontColor: '#9C0006', note: '我们的批注' });
    expect(stillOurs({ fill: '#FFC7CE', fontColor: null, note: '我们的批注' }, seen)).toEqual({
      fill: true,
      fontColor: false,
      note: true,
    });
    expect(stillOurs({ fill: '#00FF00', fontColor: '#9C0006', note: '我们的批注。' }, seen)).toEqual({
      fill: false,
      fontColor: true,
      note: false,
    });
  });
});
