import fc from 'fast-check';
import { lostLeadingZero, phoneProblem } from '../../src/core/phone';
import { withZeroWidths } from '../helpers/zero-width';

const digits = (min: number, max: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: min, maxLength: max }).map((ds) => ds.join(''));

/** A mobile: 1[3-9] and 9 more digits. */
const mobile = fc
  .tuple(fc.integer({ min: 3, max: 9 }), digits(9, 9))
  .map(([second, rest]) => `1${second}${rest}`);

/**
 * A real area code (010, 02x, 0[3-9]xx) and a local number of 7–8 digits that does not start with 0 or 1. No area
 * code is 0400 or 0800: with the 0 dropped, those would be the 400/800 service numbers.
 */
const landline = fc.tuple(
  fc.oneof(
    fc.constant('010'),
    digits(1, 1).map((d) => `02${d}`),
    fc
      .tuple(fc.integer({ min: 3, max: 9 }), digits(2, 2))
      .map(([d, r]) => `0${d}${r}`)
      .filter((area) => area !== '0400' && area !== '0800'),
  ),
  fc.integer({ min: 2, max: 9 }),
  digits(6, 7),
);

/** A phone stored as a number and shown in the General format, as its digits. */
const asNumber = (value: number) => ({ value, text: String(value) });

describe('phone numbers (reference §6)', () => {
  describe('lostLeadingZero', () => {
    test.each([
      [75586001234, true],
      [1068205244, true],
      [13912345678, false],
      [83606658, false],
      [8360665, false],
      [861391234567, false],
    ])('for %d: %s', (value, lost) => {
      expect(lostLeadingZero(asNumber(value))).toBe(lost);
    });

    // 400/800 service numbers stored as numbers lost nothing (reference §6).
    test.each([4008108888, 8008108888])('for the service number %d: false', (value) => {
      expect(lostLeadingZero(asNumber(value))).toBe(false);
    });

    test.each([
      ['shown with its 0 by the format 00000000000', 7558600123, '07558600123', false],
      ['shown with its 0 by the format 000000000000', 75586001234, '075586001234', false],
      ['shown with its 0 in brackets by the format (0000)00000000', 75586001234, '(0755)86001234', false],
      ['shown in scientific notation', 75586001234, '7.56E+10', true],
      ['typed as text', '075586001234', '075586001234', false],
    ])('for a landline %s: %s', (_, value, text, lost) => {
      expect(lostLeadingZero({ value, text })).toBe(lost);
    });

    test('is false for every mobile, which loses nothing as a number', () => {
      fc.assert(
        fc.property(mobile, (number) => expect(lostLeadingZero(asNumber(Number(number)))).toBe(false)),
      );
    });

    test('is true for every landline with its area code, once the number has dropped the 0', () => {
      fc.assert(
        fc.property(landline, ([area, first, rest]) =>
          expect(lostLeadingZero(asNumber(Number(`${area}${first}${rest}`)))).toBe(true),
        ),
      );
    });

    test('is false for every landline whose number format shows the 0 again', () => {
      fc.assert(
        fc.property(landline, ([area, first, rest]) => {
          const typed = `${area}${first}${rest}`;
          expect(lostLeadingZero({ value: Number(typed), text: typed })).toBe(false);
        }),
      );
    });
  });

  describe('phoneProblem', () => {
    test('accepts every mobile, and every landline with its area code, with or without hyphens or brackets', () => {
      // The local number is written whole, or grouped before its last four digits: 0755-8600-1234.
      const styles = fc.constantFrom('-', '', '()', '()-', 'grouped');
      fc.assert(
        fc.property(mobile, landline, styles, (m, [area, first, rest], style) => {
          const number =
            style === 'grouped' ? `${first}${rest.slice(0, -4)}-${rest.slice(-4)}` : `${first}${rest}`;
          const written = style.startsWith('()')
            ? `(${area})${style.slice(2)}${number}`
            : `${area}${style === '' ? '' : '-'}${number}`;
          expect(phoneProblem(m)).toBeUndefined();
          expect(phoneProblem(written)).toBeUndefined();
          expect(phoneProblem(`${m}/${written}`)).toBeUndefined();
        }),
      );
    });

    test('reads a number written with a name or a label before it, or a remark after it, as the number itself', () => {
      const name = fc.string({
        unit: fc.constantFrom(...'王华张李明手机座机办公室电话联系人'),
        minLength: 1,
        maxLength: 5,
      });
      const number = fc.oneof(
        mobile,
        landline.map(([area, first, rest]) => `${area}-${first}${rest}`),
      );
      fc.assert(
        fc.property(
          name,
          fc.constantFrom('', ' ', '：', ':', '，', '/'),
          number,
          fc.constantFrom('', '（手机）', '(办)', '（微信同号）'),
          (before, gap, n, after) => expect(phoneProblem(`${before}${gap}${n}${after}`)).toBeUndefined(),
        ),
      );
    });

    test('reads a number beside an email address, after a Latin label or before a full stop as the number itself', () => {
      const number = fc.oneof(
        mobile,
        landline.map(([area, first, rest]) => `${area}-${first}${rest}`),
      );
      const email = fc.constantFrom('zhangsan@163.com', '123456@qq.com', 'zs.wang@abc.com.cn');
      fc.assert(
        fc.property(
          fc.constantFrom('', 'Tel:', 'TEL：', 'Mobile: ', '电话：'),
          number,
          fc.constantFrom('', '。', '.'),
          fc.constantFrom(' ', '\n', '，', '；邮箱：', ' E-mail: '),
          email,
          fc.boolean(),
          (label, n, stop, gap, address, emailFirst) => {
            const labelled = `${label}${n}${stop}`;
            const cell = emailFirst ? `${address}${gap}${labelled}` : `${labelled}${gap}${address}`;
            expect(phoneProblem(cell)).toBeUndefined();
          },
        ),
      );
    });

    test('reads a landline with one or several extensions after ext., x, 转 or a hyphen as a landline', () => {
      fc.assert(
        fc.property(
          landline,
          fc.constantFrom(' ext.', ' Ext ', 'x', ' X', '转', '-', '分机'),
          fc.array(digits(1, 6), { minLength: 1, maxLength: 3 }),
          fc.constantFrom('、', '/', ',', '，'),
          ([area, first, rest], mark, extensions, sep) => {
            const cell = `${area}-${first}${rest}${mark}${extensions.join(sep)}`;
            expect(phoneProblem(cell)).toBeUndefined();
            expect(phoneProblem(`${first}${rest}${mark}${extensions.join(sep)}`)).toBe('no-area-code');
          },
        ),
      );
    });

    test('reads a mobile or a landline with zero-width characters pasted into it as the number itself', () => {
      const number = fc.oneof(
        mobile,
        landline.map(([area, first, rest]) => `${area}-${first}${rest}`),
      );
      fc.assert(
        fc.property(number.chain(withZeroWidths), (pasted) => expect(phoneProblem(pasted)).toBeUndefined()),
      );
    });

    test('still asks for the area code of a local number with a zero-width character pasted into it', () => {
      fc.assert(
        fc.property(
          landline.chain(([, first, rest]) => withZeroWidths(`${first}${rest}`)),
          (pasted) => expect(phoneProblem(pasted)).toBe('no-area-code'),
        ),
      );
    });

    describe('a second local number after a landline, which takes the landline’s area code', () => {
      const separator = fc.constantFrom(',', '，', '、', '/', '／', ';', ' ');
      const local = landline.map(([, first, rest]) => `${first}${rest}`);
      const withArea = landline.map(([area, first, rest]) => `${area}-${first}${rest}`);

      test('is accepted after the landline (010-68205244,68205249)', () => {
        fc.assert(
          fc.property(withArea, separator, local, (first, sep, second) =>
            expect(phoneProblem(`${first}${sep}${second}`)).toBeUndefined(),
          ),
        );
      });

      test('still asks for an area code when it comes first, or after a mobile', () => {
        fc.assert(
          fc.property(withArea, mobile, separator, local, (first, m, sep, second) => {
            expect(phoneProblem(`${second}${sep}${first}`)).toBe('no-area-code');
            expect(phoneProblem(`${m}${sep}${second}`)).toBe('no-area-code');
          }),
        );
      });
    });

    test('accepts every landline dialled from abroad, its area code without the 0: +86-755-86001234', () => {
      const prefixes = fc.constantFrom('+86-', '+86 ', '0086-', '+86');
      fc.assert(
        fc.property(landline, prefixes, ([area, first, rest], prefix) => {
          expect(phoneProblem(`${prefix}${area.slice(1)}-${first}${rest}`)).toBeUndefined();
        }),
      );
    });

    test('asks for the area code of every bare local number', () => {
      fc.assert(
        fc.property(landline, ([, first, rest]) =>
          expect(phoneProblem(`${first}${rest}`)).toBe('no-area-code'),
        ),
      );
    });

    test.each([
      ['', undefined],
      ['83606658，13912345678', 'no-area-code'],
      ['abc，83606658', 'malformed'],
      ['83606658，abc', 'malformed'],
      ['010-68205244-123', undefined],
      ['(010)68205244转123', undefined],
      ['0755-86001234转8001', undefined],
      ['010-68205244转', 'malformed'],
      ['010-68205244分机', 'malformed'],
      ['王华', 'malformed'],
      ['电话：无', 'malformed'],
      ['王华 83606658', 'no-area-code'],
      ['王华 1391234567', 'malformed'],
      ['010-68205244(123)', 'malformed'],
      ['001234567890', 'malformed'],
      ['(001)2345678', 'malformed'],
      ['0755-8600-1234-88', undefined],
      ['0755-860-01234', 'malformed'],
      ['8600-1234', 'no-area-code'],
      ['010-68205244,68205249', undefined],
      ['010-68205244、68205249', undefined],
      ['010-68205244／68205249', undefined],
      ['(010)68205244，68205249，68205250', undefined],
      ['0755-86001234/8600-1235', undefined],
      ['王华 010-68205244、王正 68205249', undefined],
      ['68205249', 'no-area-code'],
      ['13912345678,68205249', 'no-area-code'],
      ['010-68205244,abc', 'malformed'],
      ['+86-755-86001234', undefined],
      ['+86 10 6820 5244', undefined],
      ['0086-10-68205244', undefined],
      ['+86-0755-86001234', undefined],
      ['+86 139 1234 5678', undefined],
      ['+86-7550', 'malformed'],
      ['+1-415-5550100', 'malformed'],
      ['755-86001234', 'malformed'],
      ['86001234转8001', 'no-area-code'],
      ['8600-1234 ext 8001', 'no-area-code'],
      ['86001234-8001/8002', 'no-area-code'],
      ['0755-86001234 EXT. 8001', undefined],
      ['0755-86001234 X8001', undefined],
      ['0755-86001234转8001，8002，8003', undefined],
      ['0755-86001234转8001、8002/13912345678', undefined],
      ['0755-86001234转8001、abc', 'malformed'],
      ['0755-86001234-8001、1234567', undefined],
      ['010-82345678 x', 'malformed'],
      ['13912345678-123', 'malformed'],
      ['13912345678.', undefined],
      ['TEL：010-68205244。', undefined],
      ['E-mail: zs@abc.cn; Tel: 010-68205244', undefined],
      ['zs@abc.cn', 'malformed'],
      ['13912345678 zs@abc', 'malformed'],
      ['abc 13912345678', 'malformed'],
      ['+86 (10) 68205244', undefined],
      ['+86(0755)86001234', undefined],
      ['+86(755)8600', 'malformed'],
      ['010-68205244 转 8001 、 8002', undefined],
      ['0755-86001234 - 8001 / 8002', undefined],
      ['86001234 转 8001 、 8002', 'no-area-code'],
      ['QQ:12345678', 'malformed'],
      ['QQ：87654321', 'malformed'],
      ['QQ号 12345678', 'malformed'],
      ['13912345678 QQ:12345678', undefined],
      ['QQ：12345678，0755-86001234', undefined],
      ['Fax:0755-86001234', 'fax-only'],
      ['传真：0755-86001234', 'fax-only'],
      ['传真 0755 8600 1234', 'fax-only'],
      ['0755-86001234（传真）', 'fax-only'],
      ['FAX: 0755-86001234; 13912345678', undefined],
      ['电话：0755-86001234 传真：0755-86001235', undefined],
      ['传真：0755-86001235 13912345678', undefined],
      ['电话/传真：0755-86001234', undefined],
      ['Tel/Fax: 0755-86001234', undefined],
      ['F:010-87654321', 'fax-only'],
      ['F：010-87654321', 'fax-only'],
      ['手机/传真：13800138000', undefined],
      ['联系电话/传真：010-87654321', undefined],
      ['传真:13800138000', undefined],
      ['微信/QQ：13800138000', undefined],
      ['QQ：1380013800', 'malformed'],
    ])('for %j: %s', (text, problem) => {
      expect(phoneProblem(text)).toBe(problem);
    });
  });
});
