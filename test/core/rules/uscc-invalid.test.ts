import { checkGrid, findingsOf } from '../../helpers/findings';
import { projectSheet, workbook, type TestCell } from '../../helpers/grid';
import { validUscc } from '../../helpers/uscc';

/** The example of reference §5. */
const VALID = '91110108551385082Q';

const grid = (...codes: TestCell[]) =>
  workbook(
    projectSheet(
      'S',
      codes.map((code, i) => [`单位${i}`, code, `项目${i}号`]),
    ),
  );

/** A sheet of rows that each write a 申报单位 cell and a code cell. */
const unitsAndCodes = (...rows: [TestCell, TestCell][]) =>
  workbook(
    projectSheet(
      'S',
      rows.map(([unit, code], i) => [unit, code, `项目${i}号`]),
    ),
  );

/** The values of each uscc-invalid finding. */
const valuesOf = (grid: ReturnType<typeof workbook>) =>
  checkGrid(grid).findings.flatMap((f) => (f.rule === 'uscc-invalid' ? [f.values] : []));

/** A company's code and a university's (事业单位, 12…). */
const [COMPANY, UNIVERSITY] = [validUscc(1), validUscc(2, '12440300')];

/** The same codes failing their check character. */
const failing = (code: string) => `${code.slice(0, 17)}${code.endsWith('0') ? '1' : '0'}`;

/** The problem named by the row's uscc-invalid finding. */
const problemOf = (code: TestCell) => {
  const finding = checkGrid(grid(code)).findings.find((f) => f.rule === 'uscc-invalid');
  return finding?.rule === 'uscc-invalid' ? finding.values.problem : undefined;
};

describe('uscc-invalid', () => {
  describe('flags', () => {
    test('for a failed check character, as a warning', () => {
      expect(findingsOf('uscc-invalid', grid('91110108551385082A'))).toEqual([
        ['uscc-invalid', 'S', 2, 'C', 'warning'],
      ]);
      expect(problemOf('91110108551385082A')).toBe('check');
    });

    test('for two digits swapped, as a failed check character', () => {
      expect(findingsOf('uscc-invalid', grid('91110108515385082Q'))).toEqual([
        ['uscc-invalid', 'S', 2, 'C', 'warning'],
      ]);
    });

    test.each([
      ['17 characters', VALID.slice(0, 17)],
      ['19 characters', `${VALID}0`],
      ['a word that is no code', '营业执照'],
    ])('for %s, as an error of length', (_, code) => {
      expect(findingsOf('uscc-invalid', grid(code))).toEqual([['uscc-invalid', 'S', 2, 'C', 'error']]);
      expect(problemOf(code)).toBe('length');
    });

    test.each([
      ['a hyphen inside', '911101085-51385082Q', [{ kind: 'hyphen', text: '-' }]],
      ['a full-width dash inside', '91110108－551385082Q', [{ kind: 'hyphen', text: '－' }]],
      ['a visible apostrophe before it', "'91110108551385082Q", [{ kind: 'apostrophe', text: "'" }]],
      ['a label before it', '代码：91110108551385082Q', [{ kind: 'label', text: '代码：' }]],
      ['a remark after it', '91110108551385082Q（已核验）', [{ kind: 'remark', text: '（已核验）' }]],
      ['a remark on the next line', '91110108551385082Q\n已核验', [{ kind: 'remark', text: '已核验' }]],
      [
        'a label, spaces in the code and a remark',
        '统一社会信用代码: 9111 0108 5513 8508 2Q 已核验',
        [
          { kind: 'label', text: '统一社会信用代码:' },
          { kind: 'remark', text: '已核验' },
        ],
      ],
    ])('for %s, as an error that names what is extra', (_, code, extra) => {
      expect(findingsOf('uscc-invalid', grid(code))).toEqual([['uscc-invalid', 'S', 2, 'C', 'error']]);
      expect(valuesOf(grid(code))).toEqual([{ code, problem: 'extra', extra }]);
    });

    test('for two codes where the 申报单位 cell names one unit, saying it holds two', () => {
      for (const code of [
        `${COMPANY}\n${UNIVERSITY}`,
        `${COMPANY}、${UNIVERSITY}`,
        `${COMPANY} ${UNIVERSITY}`,
      ]) {
        const grid = unitsAndCodes(['深圳市甲乙科技有限公司', code]);
        expect(findingsOf('uscc-invalid', grid)).toEqual([['uscc-invalid', 'S', 2, 'C', 'error']]);
        expect(valuesOf(grid)).toEqual([{ code, problem: 'several', codes: 2, units: 1 }]);
      }
    });

    test('for three codes where the 申报单位 cell names two units, which can’t be paired', () => {
      const code = `${COMPANY}\n${UNIVERSITY}\n${validUscc(3)}`;
      const grid = unitsAndCodes(['深圳市甲乙科技有限公司\n深圳大学', code]);
      expect(findingsOf('uscc-invalid', grid)).toEqual([['uscc-invalid', 'S', 2, 'C', 'error']]);
      expect(valuesOf(grid)).toEqual([{ code, problem: 'several', codes: 3, units: 2 }]);
    });

    test('for the bad code of a joint application, one code for each unit, naming which it is', () => {
      const short = COMPANY.slice(0, 17);
      const grid = unitsAndCodes(
        ['深圳市甲乙科技有限公司\n深圳大学', `${COMPANY}\n${failing(UNIVERSITY)}`],
        ['深圳市丙丁科技有限公司、深圳大学', `${short}、${UNIVERSITY}`],
        ['深圳市戊己科技有限公司\n深圳大学', `${validUscc(5)}\n-${UNIVERSITY}`],
      );
      expect(findingsOf('uscc-invalid', grid)).toEqual([
        ['uscc-invalid', 'S', 2, 'C', 'warning'],
        ['uscc-invalid', 'S', 3, 'C', 'error'],
        ['uscc-invalid', 'S', 4, 'C', 'error'],
      ]);
      expect(valuesOf(grid)).toEqual([
        { code: failing(UNIVERSITY), problem: 'check', position: 2 },
        { code: short, problem: 'length', position: 1 },
        { code: `-${UNIVERSITY}`, problem: 'extra', extra: [{ kind: 'label', text: '-' }], position: 2 },
      ]);
    });

    test.each(['I', 'O', 'S', 'V', 'Z'])(
      'for the letter %s, which the alphabet leaves out, as an error',
      (letter) => {
        const code = `${VALID.slice(0, 10)}${letter}${VALID.slice(11)}`;
        expect(code).toHaveLength(18);
        expect(findingsOf('uscc-invalid', grid(code))).toEqual([['uscc-invalid', 'S', 2, 'C', 'error']]);
        expect(problemOf(code)).toBe('alphabet');
      },
    );

    test('for a lower-case letter left out of the alphabet, after upper-casing', () => {
      expect(problemOf('91110108551385082o')).toBe('alphabet');
    });

    test.each(['55138508-2', '551385082', '５５１３８５０８－２'])(
      'for the old 9-character organisation code %s, as an error',
      (code) => {
        expect(findingsOf('uscc-invalid', grid(code))).toEqual([['uscc-invalid', 'S', 2, 'C', 'error']]);
        expect(problemOf(code)).toBe('org-code');
      },
    );

    test.each(['440301103456789', '４４０３０１１０３４５６７８９', '440301 103456789'])(
      'for the old 15-digit 注册号 %s, as an error that names it',
      (code) => {
        expect(findingsOf('uscc-invalid', grid(code))).toEqual([['uscc-invalid', 'S', 2, 'C', 'error']]);
        expect(problemOf(code)).toBe('registration-number');
      },
    );

    test('for a zero-width space and a failed check character, quoting the code as typed', () => {
      const typed = '91110108551385082A\u200B';
      expect(findingsOf('uscc-invalid', grid(typed))).toEqual([['uscc-invalid', 'S', 2, 'C', 'warning']]);
      expect(checkGrid(grid(typed)).findings.find((f) => f.rule === 'uscc-invalid')?.values).toEqual({
        code: typed,
        problem: 'check',
      });
    });

    test('on every bad row and no good one', () => {
      expect(findingsOf('uscc-invalid', grid(VALID, 'ABC', VALID, '91110108551385082A'))).toEqual([
        ['uscc-invalid', 'S', 3, 'C', 'error'],
        ['uscc-invalid', 'S', 5, 'C', 'warning'],
      ]);
    });
  });

  describe('accepts', () => {
    test.each([
      ['a valid code', VALID],
      ['a valid code in full-width characters', '９１１１０１０８５５１３８５０８２Ｑ'],
      ['a valid code in lower case', '91110108551385082q'],
      ['a valid code typed with spaces', '9111 0108 5513 8508 2Q'],
      ['a valid code whose check character is 0 (31 maps to 0)', '914403000000000250'],
      ['a valid code pasted with a zero-width space after it', `${VALID}\u200B`],
      [
        'a valid code with a byte-order mark and a zero-width joiner inside',
        `\uFEFF911101085\u200D51385082Q`,
      ],
    ])('for %s', (_, code) => {
      expect(findingsOf('uscc-invalid', grid(code))).toEqual([]);
    });

    test.each([
      ['a line break', `${COMPANY}\n${UNIVERSITY}`],
      ['a 、', `${COMPANY}、${UNIVERSITY}`],
      ['a comma and spaces', `${COMPANY}， ${UNIVERSITY}`],
    ])(
      'for a joint application’s valid codes, one for each unit of its 申报单位 cell in order, joined by %s',
      (_, code) => {
        expect(findingsOf('uscc-invalid', unitsAndCodes(['深圳市甲乙科技有限公司\n深圳大学', code]))).toEqual(
          [],
        );
      },
    );

    test('for a code stored as a number, which is id-as-number’s', () => {
      // Excel keeps 15 significant digits: 911201163000123456 is stored as 911201163000123000 and shown as 9.11201E+17.
      const code = { value: 9.11201163000123e17, text: '9.11201E+17' };
      expect(findingsOf('uscc-invalid', grid(code))).toEqual([]);
      expect(findingsOf('id-as-number', grid(code))).toEqual([['id-as-number', 'S', 2, 'C', 'error']]);
    });

    test('for an empty code, which is required-missing’s', () => {
      expect(findingsOf('uscc-invalid', grid(''))).toEqual([]);
    });

    test.each(['无', '暂无', '空', '/', '不适用', 'N/A', ' 无 '])(
      'for a code that says %j, which names none and is required-missing’s',
      (written) => {
        expect(findingsOf('uscc-invalid', grid(written))).toEqual([]);
        expect(findingsOf('required-missing', grid(written))).toEqual([
          ['required-missing', 'S', 2, 'C', 'error'],
        ]);
      },
    );
  });
});
