import fc from 'fast-check';
import { isReadableText } from '../../src/core/readable-text';

describe('isReadableText', () => {
  it('takes Chinese lists with tabs and line breaks of every kind', () => {
    expect(
      isReadableText('核心基础\t智能传感器\r\n重点产品\t机器翻译系统\n公共支撑\t人工智能训练资源库\r'),
    ).toBe(true);
    expect(isReadableText('')).toBe(true);
  });

  it('refuses the bytes of a binary file read as text', () => {
    const zipHeader =
      'PK\u0003\u0004\u0014\u0000\u0006\u0000\b\u0000\u0000\u0000!\u0000b\u00ee\u009dh^\u0001';
    expect(isReadableText(zipHeader + '[Content_Types].xml')).toBe(false);
    expect(isReadableText('智能传感器\ufffd\ufffd机器翻译系统')).toBe(false);
  });

  it('allows one control character in a hundred and no more', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }), (controls) => {
        const text = '智'.repeat(100 * controls - controls) + '\u0001'.repeat(controls);
        expect(isReadableText(text)).toBe(true);
        expect(isReadableText(text.slice(1) + '\u0001')).toBe(false);
      }),
    );
  });
});
