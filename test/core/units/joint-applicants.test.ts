import fc from 'fast-check';
import { defaultProfile } from '../../../src/core/profile';
import { checkGrid, findingsOf } from '../../helpers/findings';
import { HEADER, sheet, workbook, type TestCell } from '../../helpers/grid';
import { validUscc } from '../../helpers/uscc';

/** A sheet with the standard header and a 联合申报单位 column H: rows of unit, code, project, joint applicants. */
function jointSheet(rows: [TestCell, TestCell, TestCell, TestCell][]) {
  const body = rows.map(([unit, code, project, joint], i) => [
    i + 1,
    unit,
    code,
    project,
    '智能传感器',
    '核心基础',
    '13912345678',
    joint,
  ]);
  return workbook(sheet('S', [[...HEADER, '联合申报单位'], ...body]));
}

const counting = { profile: { ...defaultProfile(), countJointApplicants: true } };
const four = (joint: (i: number) => TestCell) =>
  jointSheet([0, 1, 2, 3].map((i) => [`单位${i}`, validUscc(i + 1), `项目${i}号`, joint(i)]));

describe('joint applicants (联合申报单位)', () => {
  describe('unit-over-limit flags, when the profile counts joint applications,', () => {
    test('for a unit named only as a joint applicant on four rows, on its 联合申报单位 cells', () => {
      expect(
        findingsOf(
          'unit-over-limit',
          four(() => '丙大学'),
          counting,
        ),
      ).toEqual([2, 3, 4, 5].map((row) => ['unit-over-limit', 'S', row, 'H', 'error']));
    });

    test('for an applicant with two projects and two joint applications, on both kinds of cell', () => {
      const grid = jointSheet([
        ['甲公司', validUscc(1), '项目一', ''],
        ['甲公司', validUscc(1), '项目二', '丙大学'],
        ['乙公司', validUscc(2), '项目三', '甲公司、丙大学'],
        ['丁公司', validUscc(3), '项目四', '丙大学；甲公司'],
      ]);
      expect(findingsOf('unit-over-limit', grid, counting)).toEqual([
        ['unit-over-limit', 'S', 2, 'B', 'error'],
        ['unit-over-limit', 'S', 3, 'B', 'error'],
        ['unit-over-limit', 'S', 4, 'H', 'error'],
        ['unit-over-limit', 'S', 5, 'H', 'error'],
      ]);
    });
  });

  describe('unit-over-limit accepts', () => {
    test('for a joint applicant on four rows under the default profile, which lists but does not count it', () => {
      expect(
        findingsOf(
          'unit-over-limit',
          four(() => '丙大学'),
        ),
      ).toEqual([]);
    });

    test('for a row naming its own applicant, or one unit twice, as its joint applicant', () => {
      const grid = jointSheet([
        ['甲公司', validUscc(1), '项目一', '甲公司'],
        ['甲公司', validUscc(1), '项目二', '甲公司'],
        ['甲公司', validUscc(1), '项目三', ''],
        ['乙公司', validUscc(2), '项目四', '丙大学、丙大学'],
        ['乙公司', validUscc(2), '项目五', '丙大学,丙大学'],
      ]);
      expect(findingsOf('unit-over-limit', grid, counting)).toEqual([]);
    });

    test('for 联合申报单位 cells that say there is none', () => {
      expect(
        findingsOf(
          'unit-over-limit',
          four((i) => ['无', '-', '暂无', '/'][i]),
          counting,
        ),
      ).toEqual([]);
    });
  });

  describe('the unit summary', () => {
    const summaryOf = (grid: ReturnType<typeof four>, options = {}) =>
      checkGrid(grid, options).summary.units.map((u) => [
        u.unit,
        u.projects,
        u.over,
        u.jointRows,
        u.jointCounted,
      ]);

    test('lists a joint-only unit with 0 projects and its joint rows under the default profile', () => {
      expect(summaryOf(four(() => '丙大学'))).toContainEqual(['丙大学', 0, 0, 4, false]);
    });

    test('counts a joint-only unit’s rows, and its excess, when the profile counts them', () => {
      expect(
        summaryOf(
          four(() => '丙大学'),
          counting,
        )[0],
      ).toEqual(['丙大学', 4, 1, 4, true]);
    });

    test('gives an applicant its joint rows, counted in projects only when the profile says so', () => {
      const grid = jointSheet([
        ['甲公司', validUscc(1), '项目一', ''],
        ['乙公司', validUscc(2), '项目二', '甲公司'],
      ]);
      expect(summaryOf(grid)).toContainEqual(['甲公司', 1, 0, 1, false]);
      expect(summaryOf(grid, counting)).toContainEqual(['甲公司', 2, 0, 1, true]);
      const rows = checkGrid(grid, counting).summary.units.find((u) => u.unit === '甲公司')?.rows;
      expect(rows).toEqual([
        { sheet: 'S', row: 2 },
        { sheet: 'S', row: 3 },
      ]);
    });
  });
});

describe('joint applicants named after the applicant in the 申报单位 cell', () => {
  const cells = ['甲公司、丙大学', '乙公司和丙大学', '丁公司（牵头）、丙大学', '戊公司'];
  const fourNamingBingDaxue = () =>
    jointSheet(cells.map((unit, i) => [unit, validUscc(i + 1), `项目${i}号`, i === 3 ? '丙大学' : '']));

  describe('unit-over-limit flags, when the profile counts joint applications,', () => {
    test('for a unit named after four applicants, on the cell that names it', () => {
      expect(findingsOf('unit-over-limit', fourNamingBingDaxue(), counting)).toEqual([
        ['unit-over-limit', 'S', 2, 'B', 'error'],
        ['unit-over-limit', 'S', 3, 'B', 'error'],
        ['unit-over-limit', 'S', 4, 'B', 'error'],
        ['unit-over-limit', 'S', 5, 'H', 'error'],
      ]);
    });
  });

  describe('unit-over-limit accepts', () => {
    test('for that unit under the default profile, which lists but does not count it', () => {
      expect(findingsOf('unit-over-limit', fourNamingBingDaxue())).toEqual([]);
    });

    test('for a row that names one joint unit in both of its cells, counted once', () => {
      const grid = jointSheet([
        ['甲公司、丙大学', validUscc(1), '项目一', '丙大学'],
        ['乙公司、丙大学', validUscc(2), '项目二', '丙大学'],
        ['丁公司', validUscc(3), '项目三', '丙大学'],
      ]);
      expect(findingsOf('unit-over-limit', grid, counting)).toEqual([]);
    });
  });

  describe('the unit summary', () => {
    const summaryOf = (grid: ReturnType<typeof jointSheet>, options = {}) =>
      checkGrid(grid, options).summary.units.map((u) => [u.unit, u.projects, u.jointRows]);

    test('lists the unit with its joint rows, counted in projects only when the profile says so', () => {
      expect(summaryOf(fourNamingBingDaxue())).toContainEqual(['丙大学', 0, 4]);
      expect(summaryOf(fourNamingBingDaxue(), counting)).toContainEqual(['丙大学', 4, 4]);
    });

    test('lists a unit by its own name as written, not by the other parts of its 申报单位 cells, which are no units', () => {
      const grid = jointSheet([
        ['深圳市甲科技有限公司/Shenzhen Jia Technology Co., Ltd.', validUscc(1), '项目一', ''],
        ['乙科技有限公司，详见附件', validUscc(2), '项目二', ''],
        ['华为云/华为技术有限公司', '', '项目三', ''],
        ['华为云/华为技术有限公司', '', '项目四', ''],
      ]);
      expect(summaryOf(grid)).toEqual([
        ['华为技术有限公司', 2, 0],
        ['深圳市甲科技有限公司', 1, 0],
        ['乙科技有限公司', 1, 0],
      ]);
    });

    test('gives the applicant its own code where the code cell writes one for each unit, in order', () => {
      const [company, university] = [validUscc(1), validUscc(2, '12440300')];
      const grid = jointSheet([
        ['深圳市甲乙科技有限公司\n深圳大学', `${company}\n${university}`, '项目一', ''],
        ['深圳大学、深圳市丙丁科技有限公司（牵头）', `${university}、${validUscc(3)}`, '项目二', ''],
      ]);
      expect(checkGrid(grid).summary.units.map((u) => [u.unit, u.uscc, u.projects, u.jointRows])).toEqual([
        ['深圳市甲乙科技有限公司', company, 1, 0],
        ['深圳市丙丁科技有限公司', validUscc(3), 1, 0],
        ['深圳大学', '', 0, 2],
      ]);
    });

    test('gives an applicant the rows whose 申报单位 cell names it after another applicant', () => {
      const grid = jointSheet([
        ['甲公司', validUscc(1), '项目一', ''],
        ['乙公司（牵头）、甲公司', validUscc(2), '项目二', ''],
      ]);
      expect(summaryOf(grid)).toEqual([
        ['甲公司', 1, 1],
        ['乙公司', 1, 0],
      ]);
    });
  });

  test('unit-over-limit counts a joint application with the rows of its applicant’s own code', () => {
    const company = validUscc(1);
    const grid = jointSheet([
      ['深圳市甲乙科技有限公司\n深圳大学', `${company}\n${validUscc(2, '12440300')}`, '项目一', ''],
      ...[2, 3, 4].map((i): [TestCell, TestCell, TestCell, TestCell] => ['', company, `项目${i}`, '']),
    ]);
    expect(findingsOf('unit-over-limit', grid)).toEqual(
      [2, 3, 4, 5].map((row) => ['unit-over-limit', 'S', row, 'B', 'error']),
    );
  });

  test('unit-over-limit agrees with the summary in both settings, in whatever order and cell the joint units are written', () => {
    const names = ['甲科技有限公司', '乙大学', '丙研究院', '丁科技有限公司'];
    const written = fc.record({
      applicant: fc.nat({ max: names.length - 1 }),
      joint: fc.shuffledSubarray(names),
      inUnitCell: fc.boolean(),
      join: fc.constantFrom('、', '和', '；'),
    });
    fc.assert(
      fc.property(fc.array(written, { minLength: 1, maxLength: 12 }), (rows) => {
        const expected = new Map(names.map((name) => [name, { applicant: 0, joint: 0 }]));
        const grid = jointSheet(
          rows.map(({ applicant, joint, inUnitCell, join }, i) => {
            const own = names[applicant]!;
            const others = joint.filter((name) => name !== own);
            expected.get(own)!.applicant++;
            for (const name of others) expected.get(name)!.joint++;
            const unit = inUnitCell ? [own, ...others].join(join) : own;
            return [unit, '', `项目${i}号`, inUnitCell ? '' : others.join(join)];
          }),
        );
        for (const options of [{}, counting]) {
          const countJoint = options === counting;
          const result = checkGrid(grid, options);
          const summary = result.summary.units.map((u) => [u.unit, u.projects, u.jointRows]);
          const wanted = [...expected]
            .filter(([, { applicant, joint }]) => applicant + joint > 0)
            .map(([name, { applicant, joint }]) => [name, applicant + (countJoint ? joint : 0), joint]);
          expect(summary).toEqual(expect.arrayContaining(wanted));
          expect(summary).toHaveLength(wanted.length);
          const flagged = result.findings.filter((f) => f.rule === 'unit-over-limit');
          const over = result.summary.units.filter((u) => u.over > 0);
          expect(new Set(flagged.map((f) => f.values.unit))).toEqual(new Set(over.map((u) => u.unit)));
          expect(flagged).toHaveLength(over.reduce((sum, u) => sum + u.projects, 0));
        }
      }),
    );
  });
});
