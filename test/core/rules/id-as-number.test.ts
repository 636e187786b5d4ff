import type { FindingOf } from '../../../src/core/finding';
import { messagesFor } from '../../../src/i18n';
import { checkGrid, findingsOf } from '../../helpers/findings';
import { projectSheet, workbook, type TestCell } from '../../helpers/grid';
import { validUscc } from '../../helpers/uscc';

/** 911201163000123456 typed as a number: Excel keeps 15 significant digits (911201163000123000) and shows 9.11201E+17. */
const CODE_AS_NUMBER = { value: 9.11201163000123e17, text: '9.11201E+17' };

const grid = (code: TestCell, phone: TestCell = '13912345678') =>
  workbook(
    projectSheet('S', [
      ['星河智算科技有限公司', code, '城市级视觉大模型平台', '智能传感器', '核心基础', phone],
    ]),
  );

describe('id-as-number', () => {
  describe('flags', () => {
    test('for a credit code stored as a number, in the code column', () => {
      const result = checkGrid(grid(CODE_AS_NUMBER));
      expect(findingsOf('id-as-number', grid(CODE_AS_NUMBER))).toEqual([
        ['id-as-number', 'S', 2, 'C', 'error'],
      ]);
      expect(result.findings.find((f) => f.rule === 'id-as-number')?.values).toEqual({
        field: 'uscc',
        text: '9.11201E+17',
        digitsLost: true,
      });
    });

    test.each([
      ['a 9-digit 组织机构代码', { value: 123456789, text: '123456789' }, false],
      ['a 15-digit 注册号', { value: 440301103456789, text: '440301103456789' }, false],
      ['an 18-digit code', CODE_AS_NUMBER, true],
    ])('for %s stored as a number, saying whether digits were lost as the sentence does', (_, code, lost) => {
      const finding = checkGrid(grid(code)).findings.find((f) => f.rule === 'id-as-number');
      expect(finding?.values).toEqual({ field: 'uscc', text: code.text, digitsLost: lost });
      const sentence = messagesFor('zh-CN').rules['id-as-number'].message(
        finding as FindingOf<'id-as-number'>,
        String,
      );
      expect(sentence).toContain(lost ? '后几位已经丢失' : '代码应按文本录入');
    });

    test.each([
      ['shown in full by a number format', { value: 9.11201163000123e17, text: '911201163000123000' }],
      [
        'shown with leading zeros by the format 000000000000000000',
        { value: 12345678, text: '000000000012345678' },
      ],
    ])('for a credit code stored as a number and %s', (_, code) => {
      expect(findingsOf('id-as-number', grid(code))).toEqual([['id-as-number', 'S', 2, 'C', 'error']]);
    });

    test.each([
      ['0755-86001234', 75586001234],
      ['010-68205244', 1068205244],
      ['022-83606658', 2283606658],
      ['0391-2345678', 3912345678],
    ])(
      'for the phone %s stored as a number (%d), which lost its leading 0, in the phone column',
      (_, phone) => {
        const result = checkGrid(grid(validUscc(1), phone));
        expect(findingsOf('id-as-number', grid(validUscc(1), phone))).toEqual([
          ['id-as-number', 'S', 2, 'G', 'error'],
        ]);
        expect(result.findings.find((f) => f.rule === 'id-as-number')?.values).toEqual({
          field: 'phone',
          text: String(phone),
        });
      },
    );

    test('for both on one row', () => {
      expect(findingsOf('id-as-number', grid(CODE_AS_NUMBER, 75586001234))).toEqual([
        ['id-as-number', 'S', 2, 'C', 'error'],
        ['id-as-number', 'S', 2, 'G', 'error'],
      ]);
    });
  });

  describe('accepts', () => {
    test('for a code and a phone stored as text', () => {
      expect(findingsOf('id-as-number', grid(validUscc(1), '0755-86001234'))).toEqual([]);
      expect(findingsOf('id-as-number', grid('911201163000123456', '075586001234'))).toEqual([]);
    });

    // The audit's t9: 7558600123 under the number format 00000000000, which Excel shows as 07558600123.
    test('for a landline stored as a number whose number format shows its 0, judged as a phone by that text', () => {
      const phone = { value: 7558600123, text: '07558600123' };
      expect(findingsOf('id-as-number', grid(validUscc(1), phone))).toEqual([]);
      expect(findingsOf('phone-invalid', grid(validUscc(1), phone))).toEqual([]);
    });

    test('for a number whose format shows a 0 before it, left to phone-invalid when the text is no phone', () => {
      const phone = { value: 75586001234, text: '00075586001234' };
      expect(findingsOf('id-as-number', grid(validUscc(1), phone))).toEqual([]);
      expect(findingsOf('phone-invalid', grid(validUscc(1), phone))).toEqual([
        ['phone-invalid', 'S', 2, 'G', 'warning'],
      ]);
    });

    test('for a mobile stored as a number, which loses nothing', () => {
      expect(findingsOf('id-as-number', grid(validUscc(1), 13912345678))).toEqual([]);
      expect(findingsOf('phone-invalid', grid(validUscc(1), 13912345678))).toEqual([]);
    });

    test('for a local number stored as a number, which had no 0 to lose (phone-invalid asks for the area code)', () => {
      expect(findingsOf('id-as-number', grid(validUscc(1), 83606658))).toEqual([]);
      expect(findingsOf('phone-invalid', grid(validUscc(1), 83606658))).toEqual([
        ['phone-invalid', 'S', 2, 'G', 'warning'],
      ]);
    });

    // 400/800 service numbers typed as numbers lost nothing: no area code is 0400 or 0800 (reference §6).
    test.each([4008108888, 8008108888])(
      'for the service number %d stored as a number, which loses nothing',
      (phone) => {
        expect(findingsOf('id-as-number', grid(validUscc(1), phone))).toEqual([]);
      },
    );

    test('for empty code and phone cells', () => {
      expect(findingsOf('id-as-number', grid('', ''))).toEqual([]);
    });
  });
});
