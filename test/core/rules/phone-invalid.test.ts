import { checkGrid, findingsOf } from '../../helpers/findings';
import { defaultProfile } from '../../../src/core/profile';
import { HEADER, projectSheet, sheet, workbook, type TestCell } from '../../helpers/grid';
import { validUscc } from '../../helpers/uscc';

const grid = (...phones: TestCell[]) =>
  workbook(
    projectSheet(
      'S',
      phones.map((phone, i) => [`单位${i}`, validUscc(i), `项目${i}号`, '智能传感器', '核心基础', phone]),
    ),
  );

/** The problem named by the first phone-invalid finding. */
const problemOf = (phone: TestCell) => {
  const finding = checkGrid(grid(phone)).findings.find((f) => f.rule === 'phone-invalid');
  return finding?.rule === 'phone-invalid' ? finding.values.problem : undefined;
};

/** A sheet of the standard header's first six columns and then `tail`, each row's cells after them given. */
const tailGrid = (tail: string[], rows: TestCell[][]) =>
  workbook(
    sheet('S', [
      [...HEADER.slice(0, 6), ...tail],
      ...rows.map((cells, i) => [
        i + 1,
        `单位${i}`,
        validUscc(i),
        `项目${i}号`,
        '智能传感器',
        '核心基础',
        ...cells,
      ]),
    ]),
  );

/** A sheet whose last column (G) is headed `header`, holding the given cells from row 2. */
const combinedGrid = (header: string, cells: TestCell[]) =>
  tailGrid(
    [header],
    cells.map((cell) => [cell]),
  );

/** A sheet with two phone columns: the project leader's (H) and the unit contact's (J), each after its name. */
const twoPhones = (rows: [TestCell, TestCell][]) =>
  tailGrid(
    ['项目负责人', '负责人电话', '申报单位联系人', '申报单位联系电话'],
    rows.map(([leader, contact]) => ['王华', leader, '李明', contact]),
  );

describe('phone-invalid', () => {
  describe('in a sheet with two phone columns', () => {
    test('checks both, each on its own column', () => {
      const grid = twoPhones([
        ['13912345678', '12345'],
        ['0755-123', '13912345678'],
        ['13912345678', '027-87654321'],
      ]);
      expect(findingsOf('phone-invalid', grid)).toEqual([
        ['phone-invalid', 'S', 2, 'J', 'warning'],
        ['phone-invalid', 'S', 3, 'H', 'warning'],
      ]);
      expect(checkGrid(grid).sheets[0]!.columns).toMatchObject({ phone: 'H', otherPhone: 'J', contact: 'G' });
    });

    test('and a landline that lost its 0 in the second one is id-as-number', () => {
      const grid = twoPhones([['13912345678', { value: 2787654321, text: '2787654321' }]]);
      expect(findingsOf('id-as-number', grid)).toEqual([['id-as-number', 'S', 2, 'J', 'error']]);
      expect(findingsOf('phone-invalid', grid)).toEqual([]);
    });
  });

  describe('flags', () => {
    test.each(['联系人及电话', '联系人及联系方式', '联系人/电话', '联系人和联系电话'])(
      'for the numbers of a column headed %s, beside the contact’s name',
      (header) => {
        const cells = ['王华 13912345678', '王华 1391234', '王正，010-68205244', '张睿 83606658', ''];
        expect(findingsOf('phone-invalid', combinedGrid(header, cells))).toEqual([
          ['phone-invalid', 'S', 3, 'G', 'warning'],
          ['phone-invalid', 'S', 5, 'G', 'warning'],
        ]);
        expect(checkGrid(combinedGrid(header, cells)).sheets[0]?.columns).toMatchObject({
          contact: 'G',
          phone: 'G',
        });
      },
    );

    test('for a column headed 联系人及电话 that a profile requires, as the contact column', () => {
      const profile = {
        ...defaultProfile(),
        requiredFields: [...defaultProfile().requiredFields, 'contact' as const],
      };
      const grid = combinedGrid('联系人及电话', ['王华 13912345678', '']);
      expect(findingsOf('required-missing', grid, { profile })).toEqual([
        ['required-missing', 'S', 3, 'G', 'error'],
      ]);
    });

    test.each([
      ['a bare local number, as the notice itself writes it', '83606658', 'no-area-code'],
      ['a bare 7-digit local number', '8360665', 'no-area-code'],
      ['a mobile and a bare local number', '13912345678，83606658', 'no-area-code'],
      ['10 digits', '1380013800', 'malformed'],
      ['12 digits', '139123456789', 'malformed'],
      ['a mobile prefix that does not exist (12…)', '12912345678', 'malformed'],
      ['letters', 'abc', 'malformed'],
      ['five digits', '12345', 'malformed'],
      ['a landline whose number starts with 0', '010-08205244', 'malformed'],
      ['a good number and a bad one, the worst winning', '83606658/abc', 'malformed'],
      ['a contact’s name without a number', '王华', 'malformed'],
      ['a name beside a mobile one digit short', '王华 1391234567', 'malformed'],
      ['a name beside a bare local number', '王华：83606658', 'no-area-code'],
      ['a bare local number with an extension', '86001234转8001', 'no-area-code'],
      ['an email address without a number', '邮箱：zs@abc.cn', 'malformed'],
      ['a mobile one digit short beside an email address', '1391234567 zs@abc.cn', 'malformed'],
      ['a second number after a landline without an extension', '0755-86001234、8002', 'malformed'],
      ['a QQ number, which is no phone', 'QQ:12345678', 'malformed'],
      ['a fax number alone, which reaches no one', '传真：0755-86001234', 'fax-only'],
    ])('for %s: %s', (_, phone, problem) => {
      expect(findingsOf('phone-invalid', grid(phone))).toEqual([['phone-invalid', 'S', 2, 'G', 'warning']]);
      expect(problemOf(phone)).toBe(problem);
    });

    test.each(['#N/A', '#REF!'])(
      'for an error value, %s, which a lookup left where the phone should be',
      (error) => {
        const phoneless = grid({ error }, '13912345678');
        expect(findingsOf('phone-invalid', phoneless)).toEqual([['phone-invalid', 'S', 2, 'G', 'warning']]);
        expect(problemOf({ error })).toBe('error-value');
      },
    );

    test('for a local number stored as a number, which lost nothing but its area code was never typed', () => {
      expect(findingsOf('phone-invalid', grid(83606658))).toEqual([
        ['phone-invalid', 'S', 2, 'G', 'warning'],
      ]);
      expect(problemOf(83606658)).toBe('no-area-code');
    });

    test('on every bad row and no good one', () => {
      expect(findingsOf('phone-invalid', grid('13912345678', 'abc', '022-83606658', '83606658'))).toEqual([
        ['phone-invalid', 'S', 3, 'G', 'warning'],
        ['phone-invalid', 'S', 5, 'G', 'warning'],
      ]);
    });

    test('on a local number alone, and not on one after a landline whose area code it takes', () => {
      const phones = ['010-68205244,68205249', '68205249', '010-68205244、68205249', '68205249,010-68205244'];
      expect(findingsOf('phone-invalid', grid(...phones))).toEqual([
        ['phone-invalid', 'S', 3, 'G', 'warning'],
        ['phone-invalid', 'S', 5, 'G', 'warning'],
      ]);
    });
  });

  describe('accepts', () => {
    test.each([
      ['a mobile', '13912345678'],
      ['a landline with a hyphen', '022-83606658'],
      ['a landline with the area code in brackets', '(010)68205244'],
      ['a landline with full-width brackets', '（010）68205244'],
      ['a landline with an extension', '010-68205244-123'],
      ['a landline with an extension after 分机', '010-68205244分机123'],
      ['a landline with an extension after 分机 and spaces', '0755-86001234 分机 8001'],
      ['a landline with its extension in brackets', '010-68205244（转123）'],
      ['a landline with its 分机 in brackets', '(010)68205244(分机8001)'],
      ['a landline with a 分机 and a mobile', '010-68205244分机123/13912345678'],
      // 联系方式 cells often hold the contact's name, or a label, beside the number.
      ['a name and a mobile', '王华 13912345678'],
      ['a name written against a mobile', '王华13912345678'],
      ['a name and a landline after a comma', '王华，010-68205244'],
      ['a mobile with a remark in brackets', '13912345678（手机）'],
      ['a mobile with the contact in brackets', '13912345678（王华）'],
      ['labelled numbers', '手机：13912345678；座机：010-68205244'],
      ['a labelled landline with an extension', '办公室电话0755-86001234转8001'],
      ['a landline with a 4-digit area code and a 7-digit number', '0391-2345678'],
      ['a landline without a separator', '075586001234'],
      ['a landline in full-width digits and hyphen', '０２２－８３６０６６５８'],
      ['a landline with an em dash', '022—83606658'],
      ['a 400 service number', '400-810-8888'],
      ['an 800 service number without hyphens', '8008108888'],
      ['a mobile and a landline', '13912345678/010-68205244'],
      ['two mobiles separated by 、', '13912345678、15012345678'],
      ['a mobile with +86', '+8613912345678'],
      ['a mobile with 0086-', '0086-13912345678'],
      ['a mobile pasted with a zero-width space after it', '13912345678\u200B'],
      ['a landline with a zero-width joiner and a byte-order mark inside', '\uFEFF010-6820\u200D5244'],
    ])('for %s: %s', (_, phone) => {
      expect(findingsOf('phone-invalid', grid(phone))).toEqual([]);
    });

    // A space inside one number does not split it into pieces (reference §6 accepts these forms).
    test.each([
      ['a landline with a space after the area code', '0755 86001234'],
      ['a landline with a space after the bracketed area code', '(010) 68205244'],
      ['a mobile with +86 and a space', '+86 13912345678'],
      ['a mobile grouped with hyphens', '139-1234-5678'],
      ['a mobile grouped with spaces', '139 1234 5678'],
    ])('for %s: %s', (_, phone) => {
      expect(findingsOf('phone-invalid', grid(phone))).toEqual([]);
    });

    // 联系方式 cells carry an email too, and numbers are written with a Latin label, a full stop, an extension after
    // ext. or x, several extensions of one line, or +86 before the area code in brackets.
    test.each([
      ['a mobile and an email address', '13912345678 zhangsan@163.com'],
      ['a labelled mobile and email address', '手机：13912345678 邮箱：zs@abc.cn'],
      ['a mobile and an email address on the next line', '13912345678\nzs@abc.cn'],
      ['an email address of digits and a landline', '123456@qq.com，010-68205244'],
      ['a landline with an extension after ext.', '0755-86001234 ext.8001'],
      ['a landline with an extension after x', '010-82345678 x123'],
      ['a landline with two extensions after 转', '0755-86001234转8001、8002'],
      ['a landline with two extensions after a hyphen', '0755-86001234-8001/8002'],
      ['a mobile with a full stop after it', '13912345678。'],
      ['a landline with a Latin label', 'Tel:0755-86001234'],
      ['a mobile with a Latin label and a space', 'Mobile: 13912345678'],
      ['a landline with +86 and the area code in brackets', '+86(755)86001234'],
    ])('for %s: %j', (_, phone) => {
      expect(findingsOf('phone-invalid', grid(phone))).toEqual([]);
    });

    test('for a mobile stored as a number', () => {
      expect(findingsOf('phone-invalid', grid(13912345678))).toEqual([]);
    });

    test('for a landline stored as a number that lost its 0, which is id-as-number’s', () => {
      expect(findingsOf('phone-invalid', grid(75586001234))).toEqual([]);
      expect(findingsOf('id-as-number', grid(75586001234))).toEqual([['id-as-number', 'S', 2, 'G', 'error']]);
    });

    test('for a column headed 联系人及电话 beside a 联系电话 column, which is the phone column', () => {
      const grid = workbook(
        sheet('S', [
          [...HEADER.slice(0, 6), '联系人及电话', '联系电话'],
          [1, '单位1', validUscc(1), '项目1号', '智能传感器', '核心基础', '王华 1391234', '13912345678'],
        ]),
      );
      expect(findingsOf('phone-invalid', grid)).toEqual([]);
      expect(checkGrid(grid).sheets[0]?.columns).toMatchObject({ contact: 'G', phone: 'H' });
    });

    test('for an empty phone cell', () => {
      expect(findingsOf('phone-invalid', grid(''))).toEqual([]);
    });

    test.each(['/', '—', '－'])('for a phone cell left out with %j, as an empty one', (placeholder) => {
      expect(findingsOf('phone-invalid', grid(placeholder))).toEqual([]);
    });
  });
});
