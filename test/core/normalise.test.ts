import fc from 'fast-check';
import { compactKey, normalise, titleKey } from '../../src/core/normalise/normalise';

/**
 * Text as it arrives in government sheets (reference §3): CJK, ASCII, full-width letters and digits, every bracket
 * of §7, zero-width characters, ideographic spaces, NBSP, tabs and line breaks.
 */
const cellText = fc
  .array(
    fc.constantFrom(
      ...'智能传感器华科北京有限公司',
      ...'AbZ09 -/.',
      ...'ＡｂＺ０９，：',
      ...'【】〔〕［］（）()[]{}｛｝〖〗〘〙',
      '\u200B',
      '\u200C',
      '\u200D',
      '\uFEFF',
      '\u3000',
      '\u00A0',
      '\t',
      '\r',
      '\n',
      '\r\n',
    ),
    { maxLength: 30 },
  )
  .map((chars) => chars.join(''));

describe('normalise (reference §7)', () => {
  describe('examples', () => {
    test.each([
      ['NFKC folds full-width letters and digits', 'ＭＥＭＳ传感器２０２１', 'MEMS传感器2021'],
      ['NFKC folds full-width brackets', '华科智能（北京）科技有限公司', '华科智能(北京)科技有限公司'],
      ['【】 become ()', '【重点】项目', '(重点)项目'],
      ['〔〕 become ()', '工信厅科函〔2021〕231号', '工信厅科函(2021)231号'],
      ['［］ become () after NFKC', '［一期］项目', '(一期)项目'],
      ['zero-width characters are deleted', '智\u200B能\u200C传\u200D感\uFEFF器', '智能传感器'],
      ['U+3000 becomes a space', '智能\u3000传感器', '智能 传感器'],
      ['NBSP becomes a space', '智能\u00A0传感器', '智能 传感器'],
      ['a line break (Alt+Enter) becomes a space', '智能\n传感器', '智能 传感器'],
      ['CR LF becomes one space', '智能\r\n传感器', '智能 传感器'],
      ['runs of spaces collapse', '智能 \u3000\u00A0 传感器', '智能 传感器'],
      ['ends are trimmed', '\u3000 智能传感器\n\u00A0', '智能传感器'],
      ['a zero-width space between two spaces leaves one', '智能 \u200B 传感器', '智能 传感器'],
      ['letter case and punctuation stay, but for NFKC widths', 'Ai芯片，研发。', 'Ai芯片,研发。'],
    ])('%s', (_, input, output) => {
      expect(normalise(input)).toBe(output);
    });

    test('keeps the bracketed region: two regions are two units', () => {
      expect(normalise('华科智能（北京）科技有限公司')).not.toBe(normalise('华科智能（上海）科技有限公司'));
    });

    test('compactKey and titleKey remove every space', () => {
      expect(compactKey(' 推荐单位 （盖章）')).toBe('推荐单位(盖章)');
      expect(titleKey('云端芯片 A')).toBe(titleKey('云端芯片A'));
      expect(titleKey('高精度\u3000ＭＥＭＳ\n传感器【一期】')).toBe('高精度mems传感器(一期)');
    });
  });

  describe('properties', () => {
    test('normalise is idempotent', () => {
      fc.assert(fc.property(cellText, (text) => expect(normalise(normalise(text))).toBe(normalise(text))));
    });

    test('compactKey is idempotent', () => {
      fc.assert(fc.property(cellText, (text) => expect(compactKey(compactKey(text))).toBe(compactKey(text))));
    });

    test('normalise leaves no zero-width character, no space-like character, no double space and no space at either end', () => {
      fc.assert(
        fc.property(cellText, (text) => {
          const out = normalise(text);
          expect(out).not.toMatch(/[\u200B-\u200D\uFEFF\u3000\u00A0\t\r\n]/u);
          expect(out).not.toContain('  ');
          expect(out).toBe(out.trim());
        }),
      );
    });

    test('normalise leaves no bracket but the ASCII ones', () => {
      fc.assert(
        fc.property(cellText, (text) => expect(normalise(text)).not.toMatch(/[【】〔〕［］（）[\]]/u)),
      );
    });

    test('compactKey leaves no whitespace at all', () => {
      fc.assert(fc.property(cellText, (text) => expect(compactKey(text)).not.toMatch(/\s/u)));
    });
  });

  // Keys are stable under a second call even where a zero-width character or a space kept a letter from its
  // combining mark.
  describe('non-idempotence with combining marks', () => {
    test('normalise is idempotent for a zero-width space between a letter and its combining mark', () => {
      const once = normalise('Caf\u0065\u200B\u0301');
      expect(normalise(once)).toBe(once);
    });

    test('compactKey is idempotent for a space between a letter and its combining mark', () => {
      const once = compactKey('Caf\u0065 \u0301');
      expect(compactKey(once)).toBe(once);
    });
  });
});

describe('the fast path of normalise', () => {
  test('returns text that the full pipeline would leave alone, and only such text', () => {
    const plain = fc.string({
      unit: fc.constantFrom(...'华为技术有限公司AIaz09()-_.,/+“”‘’《》、。—·（）［ '),
      maxLength: 20,
    });
    fc.assert(
      fc.property(plain, (text) => {
        const full = text
          .normalize('NFKC')
          .replace(/[【〔〖〘［[{｛]/gu, '(')
          .replace(/[】〕〗〙］\]}｝]/gu, ')')
          .replace(/\s+/gu, ' ')
          .trim();
        expect(normalise(text)).toBe(full);
      }),
      { numRuns: 2000 },
    );
  });
});
