import { RELATED_NAMED } from '../../../src/core/rules/rule';
import { renderFinding } from '../../../src/i18n';
import { checkGrid, findingsOf, tuplesOf } from '../../helpers/findings';
import { choiceSheet, projectSheet, workbook, type ProjectRow } from '../../helpers/grid';
import { validUscc } from '../../helpers/uscc';

const A = validUscc(1);
const B = validUscc(2);

const grid = (...rows: ProjectRow[]) => workbook(projectSheet('S', rows));

describe('duplicate-project', () => {
  describe('flags', () => {
    test('for a title written once plain and once in 《》', () => {
      const rows: ProjectRow[] = [
        ['星河智算科技有限公司', A, '高精度MEMS智能传感器研发及产业化'],
        ['云帆科技有限公司', B, '《高精度MEMS智能传感器研发及产业化》'],
      ];
      expect(findingsOf('duplicate-project', grid(...rows))).toEqual([
        ['duplicate-project', 'S', 2, 'D', 'error'],
        ['duplicate-project', 'S', 3, 'D', 'error'],
      ]);
      expect(findingsOf('similar-project', grid(...rows))).toEqual([]);
    });

    test('for a title written once plain and once with 项目 after it', () => {
      const rows: ProjectRow[] = [
        ['星河智算科技有限公司', A, '高精度MEMS智能传感器研发及产业化'],
        ['云帆科技有限公司', B, '高精度MEMS智能传感器研发及产业化项目'],
      ];
      expect(findingsOf('duplicate-project', grid(...rows))).toEqual([
        ['duplicate-project', 'S', 2, 'D', 'error'],
        ['duplicate-project', 'S', 3, 'D', 'error'],
      ]);
      expect(findingsOf('similar-project', grid(...rows))).toEqual([]);
    });

    test('for the same title twice on one sheet, on both rows, each pointing at the other', () => {
      const rows: ProjectRow[] = [
        ['星河智算科技有限公司', A, '高精度MEMS智能传感器研发及产业化'],
        ['星河智算科技有限公司', A, '端侧推断框架'],
        ['星河智算科技有限公司', A, '高精度MEMS智能传感器研发及产业化'],
      ];
      const result = checkGrid(grid(...rows));
      expect(findingsOf('duplicate-project', grid(...rows))).toEqual([
        ['duplicate-project', 'S', 2, 'D', 'error'],
        ['duplicate-project', 'S', 4, 'D', 'error'],
      ]);
      const related = result.findings.filter((f) => f.rule === 'duplicate-project').map((f) => f.related);
      expect(related).toEqual([[{ sheet: 'S', row: 4 }], [{ sheet: 'S', row: 2 }]]);
      expect(result.findings.find((f) => f.rule === 'duplicate-project')?.values).toEqual({
        project: '高精度MEMS智能传感器研发及产业化',
        sameUnit: true,
      });
    });

    test('for the same title on two sheets, each pointing at the other sheet', () => {
      const grid2 = workbook(
        projectSheet('南山区', [['星河智算科技有限公司', A, '城市级视觉大模型平台']]),
        projectSheet('福田区', [
          ['云图智联科技有限公司', B, '端侧推断框架'],
          ['云图智联科技有限公司', B, '城市级视觉大模型平台'],
        ]),
      );
      const result = checkGrid(grid2);
      expect(findingsOf('duplicate-project', grid2)).toEqual([
        ['duplicate-project', '南山区', 2, 'D', 'error'],
        ['duplicate-project', '福田区', 3, 'D', 'error'],
      ]);
      const related = result.findings.filter((f) => f.rule === 'duplicate-project').map((f) => f.related);
      expect(related).toEqual([[{ sheet: '福田区', row: 3 }], [{ sheet: '南山区', row: 2 }]]);
    });

    test('for three copies, each pointing at the two others', () => {
      const rows: ProjectRow[] = [
        ['星河智算科技有限公司', A, '城市级视觉大模型平台'],
        ['云图智联科技有限公司', B, '城市级视觉大模型平台'],
        ['译通科技有限公司', validUscc(3), '城市级视觉大模型平台'],
      ];
      const result = checkGrid(grid(...rows));
      expect(findingsOf('duplicate-project', grid(...rows))).toHaveLength(3);
      expect(result.findings.find((f) => f.rule === 'duplicate-project' && f.row === 3)?.related).toEqual([
        { sheet: 'S', row: 2 },
        { sheet: 'S', row: 4 },
      ]);
    });

    test('for a title filled down a long column: each row names the first others, and counts them all', () => {
      const copies = RELATED_NAMED + 15;
      const rows = Array.from({ length: copies }, (_, i): ProjectRow => [
        `第${i}智能科技有限公司`,
        validUscc(i + 1),
        '城市级视觉大模型平台',
      ]);
      const found = checkGrid(grid(...rows)).findings.filter((f) => f.rule === 'duplicate-project');
      expect(found).toHaveLength(copies);
      const last = found[copies - 1]!;
      expect(last.related).toEqual(
        Array.from({ length: RELATED_NAMED }, (_, i) => ({ sheet: 'S', row: i + 2 })),
      );
      expect(found.map((f) => [f.related?.length, f.relatedCount])).toEqual(
        found.map(() => [RELATED_NAMED, copies - 1]),
      );
      expect(renderFinding(last, 'zh-CN')).toContain(`共 ${copies - 1} 行`);
      expect(renderFinding(last, 'en-US')).toContain(`and ${copies - 1 - 10} more`);
    });

    // One project written another way: the sentence's full stop, letter case and the marks and 项目 that officers
    // put around a title, in any order, short titles too (minLength is similar-project's, for titles alike).
    test.each([
      ['letter case', '面向医疗影像的AI芯片研发', '面向医疗影像的ai芯片研发'],
      ['a trailing full stop', '面向医疗影像的AI芯片研发', '面向医疗影像的AI芯片研发。'],
      ['《》 and 项目 after them', '面向医疗影像的AI芯片研发', '《面向医疗影像的AI芯片研发》项目'],
      ['项目 and a full stop', '面向医疗影像的AI芯片研发', '面向医疗影像的AI芯片研发项目。'],
      ['《》 and a full stop', '面向医疗影像的AI芯片研发', '《面向医疗影像的AI芯片研发》。'],
      ['a short title in another case', 'AI芯片', 'ai芯片'],
      ['a short title with a trailing full stop', '天枢翻译', '天枢翻译。'],
      ['a short title with a trailing semicolon', '灵犀推断框架', '灵犀推断框架；'],
      ['a short title in 《》 and 项目 after them', 'AI芯片', '《AI芯片》项目'],
    ])('for one title written with %s', (_, first, second) => {
      const rows: ProjectRow[] = [
        ['星河智算科技有限公司', A, first],
        ['云帆科技有限公司', B, second],
      ];
      expect(findingsOf('duplicate-project', grid(...rows))).toEqual([
        ['duplicate-project', 'S', 2, 'D', 'error'],
        ['duplicate-project', 'S', 3, 'D', 'error'],
      ]);
      expect(findingsOf('similar-project', grid(...rows))).toEqual([]);
    });

    test.each([
      ['full-width letters (NFKC)', '高精度ＭＥＭＳ智能传感器', '高精度MEMS智能传感器'],
      ['a stray space between CJK characters', '高精度MEMS智能 传感器', '高精度MEMS智能传感器'],
      ['an ideographic space and a line break', '高精度MEMS\u3000智能\n传感器', '高精度MEMS智能传感器'],
      [
        '【】 brackets against full-width ones',
        '【重点】高精度MEMS智能传感器',
        '（重点）高精度MEMS智能传感器',
      ],
      ['〔〕 brackets against ASCII ones', '高精度MEMS智能传感器〔一期〕', '高精度MEMS智能传感器(一期)'],
      ['a zero-width space', '高精度MEMS\u200B智能传感器', '高精度MEMS智能传感器'],
    ])('for titles equal only after normalisation: %s', (_, first, second) => {
      const rows: ProjectRow[] = [
        ['星河智算科技有限公司', A, first],
        ['星河智算科技有限公司', A, second],
      ];
      expect(findingsOf('duplicate-project', grid(...rows))).toEqual([
        ['duplicate-project', 'S', 2, 'D', 'error'],
        ['duplicate-project', 'S', 3, 'D', 'error'],
      ]);
    });

    test('for the same title from two different units, saying the units differ', () => {
      const rows: ProjectRow[] = [
        ['星河智算科技有限公司', A, '城市级视觉大模型平台'],
        ['云图智联科技有限公司', B, '城市级视觉大模型平台'],
      ];
      const result = checkGrid(grid(...rows));
      expect(findingsOf('duplicate-project', grid(...rows))).toEqual([
        ['duplicate-project', 'S', 2, 'D', 'error'],
        ['duplicate-project', 'S', 3, 'D', 'error'],
      ]);
      expect(result.findings.filter((f) => f.rule === 'duplicate-project').map((f) => f.values)).toEqual([
        { project: '城市级视觉大模型平台', sameUnit: false },
        { project: '城市级视觉大模型平台', sameUnit: false },
      ]);
    });

    test('for a title twice from one unit and once from another, naming the rows of the other unit', () => {
      const grid3 = workbook(
        projectSheet('西湖区', [
          ['星河智算科技有限公司', A, '城市级视觉大模型平台'],
          ['星河智算科技有限公司', A, '城市级视觉大模型平台'],
        ]),
        projectSheet('滨江区', [['云图智联科技有限公司', B, '城市级视觉大模型平台']]),
      );
      const found = checkGrid(grid3).findings.filter((f) => f.rule === 'duplicate-project');
      const project = '城市级视觉大模型平台';
      expect(found.map((f) => [f.sheet, f.row, f.values])).toEqual([
        ['西湖区', 2, { project, sameUnit: false, otherUnit: [{ sheet: '滨江区', row: 2 }] }],
        ['西湖区', 3, { project, sameUnit: false, otherUnit: [{ sheet: '滨江区', row: 2 }] }],
        ['滨江区', 2, { project, sameUnit: false }],
      ]);
      expect(renderFinding(found[0]!, 'zh-CN')).toBe(
        '项目“城市级视觉大模型平台”重复出现，另见第 3 行；“滨江区”第 2 行（其中“滨江区”第 2 行申报单位不同）',
      );
      expect(renderFinding(found[2]!, 'zh-CN')).toBe(
        '项目“城市级视觉大模型平台”重复出现，另见“西湖区”第 2、3 行（申报单位不同）',
      );
      expect(renderFinding(found[0]!, 'en-US')).toBe(
        'Project "城市级视觉大模型平台" appears again at row 3; 滨江区 row 2 (滨江区 row 2 from another unit)',
      );
    });

    test('for a title filled down a long column by several units: the rows of the others named and counted', () => {
      const units = ['星河智算科技有限公司', '云图智联科技有限公司'];
      const rows = Array.from({ length: RELATED_NAMED + 15 }, (_, i): ProjectRow => {
        const unit = i < 2 ? 0 : 1;
        return [units[unit]!, validUscc(unit + 1), '城市级视觉大模型平台'];
      });
      const found = checkGrid(grid(...rows)).findings.filter((f) => f.rule === 'duplicate-project');
      const first = found[0]!;
      expect(first.values.otherUnit).toEqual(
        Array.from({ length: RELATED_NAMED }, (_, i) => ({ sheet: 'S', row: i + 4 })),
      );
      expect(first.values.otherUnitCount).toBe(RELATED_NAMED + 13);
      expect(renderFinding(first, 'zh-CN')).toContain(
        `（其中第 4、5、6、7、8、9、10、11、12、13 行等，共 ${RELATED_NAMED + 13} 行申报单位不同）`,
      );
      expect(found[5]!.values).toEqual({
        project: '城市级视觉大模型平台',
        sameUnit: false,
        otherUnit: [
          { sheet: 'S', row: 2 },
          { sheet: 'S', row: 3 },
        ],
      });
    });

    test('for one unit whose name is written two ways, as the same unit', () => {
      const rows: ProjectRow[] = [
        ['华科智能（北京）科技有限公司', '', '城市级视觉大模型平台'],
        ['华科智能(北京)科技有限公司', '', '城市级视觉大模型平台'],
      ];
      const result = checkGrid(grid(...rows));
      expect(
        result.findings.filter((f) => f.rule === 'duplicate-project').map((f) => f.values.sameUnit),
      ).toEqual([true, true]);
    });
  });

  describe('counts only the rows that go up where a choice column decides', () => {
    /** Rows of one title or another from units of their own, under a 是否推荐 or 推荐排序 column. */
    const chosenGrid = (column: string, rows: [project: string, mark: string | number][]) =>
      workbook(
        choiceSheet(
          'S',
          column,
          rows.map(([project, mark], i) => [`单位${i}`, validUscc(i), project, mark]),
        ),
      );
    const T = '城市级视觉大模型平台';

    test.each<[string, string, [string, string | number][], number[]]>([
      [
        'two copies flagged 是',
        '是否推荐',
        [
          [T, '是'],
          [T, '是'],
          ['端侧推断框架', '否'],
        ],
        [2, 3],
      ],
      [
        'a copy flagged 是 and one 否',
        '是否推荐',
        [
          [T, '是'],
          [T, '否'],
          ['端侧推断框架', '是'],
        ],
        [],
      ],
      [
        'two copies flagged 否',
        '是否推荐',
        [
          ['端侧推断框架', '是'],
          [T, '否'],
          [T, '否'],
        ],
        [],
      ],
      [
        'two of three copies flagged 是',
        '是否推荐',
        [
          [T, '是'],
          [T, '否'],
          [T, '是'],
        ],
        [2, 4],
      ],
      [
        'two copies ranked',
        '推荐排序',
        [
          [T, 1],
          [T, 2],
          ['端侧推断框架', ''],
        ],
        [2, 3],
      ],
      [
        'a copy ranked and one left unranked',
        '推荐排序',
        [
          [T, 1],
          [T, ''],
          ['端侧推断框架', 2],
        ],
        [],
      ],
      [
        'two copies left unranked',
        '推荐排序',
        [
          ['端侧推断框架', 1],
          [T, ''],
          [T, ''],
        ],
        [],
      ],
    ])('%s', (_, column, rows, flagged) => {
      const result = checkGrid(chosenGrid(column, rows));
      expect(tuplesOf(result, 'duplicate-project').map(([, , row]) => row)).toEqual(flagged);
      const related = result.findings.filter((f) => f.rule === 'duplicate-project').map((f) => f.related);
      expect(related.flat().map((ref) => ref?.row)).toEqual([...flagged].reverse());
    });
  });

  describe('accepts', () => {
    test('for different titles', () => {
      const rows: ProjectRow[] = [
        ['星河智算科技有限公司', A, '城市级视觉大模型平台'],
        ['星河智算科技有限公司', A, '城市级视觉大模型平台（二期）'],
        ['星河智算科技有限公司', A, '端侧推断框架'],
      ];
      expect(findingsOf('duplicate-project', grid(...rows))).toEqual([]);
    });

    test('for titles that differ only by the bracketed region', () => {
      const rows: ProjectRow[] = [
        ['星河智算科技有限公司', A, '城市级视觉大模型平台（北京）'],
        ['云图智联科技有限公司', B, '城市级视觉大模型平台（上海）'],
      ];
      expect(findingsOf('duplicate-project', grid(...rows))).toEqual([]);
    });

    test('for several rows with an empty title', () => {
      const rows: ProjectRow[] = [
        ['星河智算科技有限公司', A, ''],
        ['云图智联科技有限公司', B, ''],
        ['译通科技有限公司', validUscc(3), '\u3000'],
      ];
      expect(findingsOf('duplicate-project', grid(...rows))).toEqual([]);
    });

    test('for one row only', () => {
      expect(
        findingsOf('duplicate-project', grid(['星河智算科技有限公司', A, '城市级视觉大模型平台'])),
      ).toEqual([]);
    });
  });
});
