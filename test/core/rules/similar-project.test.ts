import fc from 'fast-check';
import { defaultProfile } from '../../../src/core/profile';
import { titleKey } from '../../../src/core/normalise/normalise';
import { similarityKey, titleKeys } from '../../../src/core/normalise/title-keys';
import { namesOtherSubject } from '../../../src/core/similarity/other-subject';
import { findSimilarTitles, titleSimilarity } from '../../../src/core/similarity/title-similarity';
import { renderFinding } from '../../../src/i18n';
import { checkGrid, findingsOf } from '../../helpers/findings';
import { choiceSheet, projectSheet, workbook, type ProjectRow } from '../../helpers/grid';
import { validUscc } from '../../helpers/uscc';

const { threshold, minLength } = defaultProfile().similarity;

/** Two rows from two units, so that no other rule about one unit gets in the way. */
const pair = (first: string, second: string) =>
  workbook(
    projectSheet('S', [
      ['星河智算科技有限公司', validUscc(1), first],
      ['云图智联科技有限公司', validUscc(2), second],
    ]),
  );

describe('similar-project', () => {
  describe('flags', () => {
    test('for two near-duplicate long titles, on both rows, each pointing at the other', () => {
      const grid = pair('基于深度学习的工业视觉缺陷检测系统研发', '基于深度学习的工业视觉缺陷检测平台研发');
      const result = checkGrid(grid);
      expect(findingsOf('similar-project', grid)).toEqual([
        ['similar-project', 'S', 2, 'D', 'warning'],
        ['similar-project', 'S', 3, 'D', 'warning'],
      ]);
      const findings = result.findings.filter((f) => f.rule === 'similar-project');
      expect(findings.map((f) => f.related)).toEqual([[{ sheet: 'S', row: 3 }], [{ sheet: 'S', row: 2 }]]);
      expect(findings[0]?.values).toEqual({
        project: '基于深度学习的工业视觉缺陷检测系统研发',
        otherProject: '基于深度学习的工业视觉缺陷检测平台研发',
        similarity: 0.89,
      });
    });

    test('for long titles that differ in their last character, never calling them 100% alike', () => {
      const base =
        '面向智能制造的工业互联网平台关键技术研究与应用示范，包括边缘计算、数字孪生等子课题的协同攻关，'.repeat(
          5,
        );
      const findings = checkGrid(pair(base + '甲', base + '乙')).findings.filter(
        (f) => f.rule === 'similar-project',
      );
      expect(findings).toHaveLength(2);
      expect(findings[0]?.values.similarity).toBe(0.99);
      expect(renderFinding(findings[0]!, 'zh-CN')).toContain('高度相似（99%）');
    });

    test('for a pair exactly at the threshold (3 of 20 characters changed: 0.85)', () => {
      const title = '一二三四五六七八九十甲乙丙丁戊己庚辛壬癸';
      expect(findingsOf('similar-project', pair(title, '天二三四五六地八九十甲乙丙人戊己庚辛壬癸'))).toEqual([
        ['similar-project', 'S', 2, 'D', 'warning'],
        ['similar-project', 'S', 3, 'D', 'warning'],
      ]);
    });

    test('for titles exactly as long as the profile’s minimum', () => {
      expect([...'智能传感器件研发']).toHaveLength(minLength);
      expect(findingsOf('similar-project', pair('智能传感器件研发', '智能传感器件研制'))).toHaveLength(2);
    });

    test('for near duplicates on two sheets, each pointing at the other sheet', () => {
      const grid = workbook(
        projectSheet('南山区', [
          ['星河智算科技有限公司', validUscc(1), '基于深度学习的工业视觉缺陷检测系统研发'],
        ]),
        projectSheet('福田区', [
          ['云图智联科技有限公司', validUscc(2), '基于深度学习的工业视觉缺陷检测平台研发'],
        ]),
      );
      const result = checkGrid(grid);
      expect(findingsOf('similar-project', grid)).toEqual([
        ['similar-project', '南山区', 2, 'D', 'warning'],
        ['similar-project', '福田区', 2, 'D', 'warning'],
      ]);
      expect(result.findings.filter((f) => f.rule === 'similar-project').map((f) => f.related)).toEqual([
        [{ sheet: '福田区', row: 2 }],
        [{ sheet: '南山区', row: 2 }],
      ]);
    });

    // One template with the same subject: a word added, a character changed, characters transposed, or a product
    // or a kind of work renamed.
    test.each([
      ['高精度MEMS压力传感器研发及产业化', '高精度MEMS压力传感器研发及产业化应用'],
      ['城市级多语种机器翻译平台建设（一期）', '城市级多语种机器翻译平台建设（二期）'],
      ['灵犀终端人工智能推断框架V1', '灵犀终端人工智能推断框架V2'],
      ['基于深度学习的智能语音识别系统', '基于深度学习的智能音语识别系统'],
      ['面向工业质检的机器视觉系统研发与应用', '面向工业质检的机器视觉平台研发与应用'],
      ['面向工业质检的高精度机器视觉系统研发及产业化', '面向工业质检的高精度机器视觉系统研发及应用'],
    ])('for %s and %s', (first, second) => {
      expect(findingsOf('similar-project', pair(first, second))).toHaveLength(2);
    });

    // Titles equal for the similarity key but not as projects (marks inside them, which may tell projects apart:
    // C++ and C, V1.0 and V10) are near duplicates, so that neither rule lets them through.
    test.each([
      ['quotation marks', '“智能+”工业质检平台研发', '智能+工业质检平台研发'],
      ['a mark inside', '高精度MEMS智能传感器研发、产业化', '高精度MEMS智能传感器研发产业化'],
    ])(
      'for titles that differ only by %s, which duplicate-project does not report either',
      (_, first, second) => {
        const grid = pair(first, second);
        expect(findingsOf('duplicate-project', grid)).toEqual([]);
        expect(findingsOf('similar-project', grid)).toEqual([
          ['similar-project', 'S', 2, 'D', 'warning'],
          ['similar-project', 'S', 3, 'D', 'warning'],
        ]);
      },
    );

    // minLength is for titles alike: titles equal but for the marks inside them are as near at any length.
    test.each([
      ['quotation marks', '“天璇”芯片', '天璇芯片'],
      ['a mark inside', '训练、推断芯片', '训练推断芯片'],
    ])('for short titles that differ only by %s', (_, first, second) => {
      expect(findingsOf('similar-project', pair(first, second))).toEqual([
        ['similar-project', 'S', 2, 'D', 'warning'],
        ['similar-project', 'S', 3, 'D', 'warning'],
      ]);
    });

    test('for cells holding a paragraph, equal but for the marks inside them', () => {
      const text = Array.from({ length: 600 }, (_, i) => String.fromCharCode(0x4e00 + i)).join('');
      const marked = text.slice(0, 300) + '、' + text.slice(300);
      expect(findingsOf('similar-project', pair(text, marked))).toHaveLength(2);
    });
  });

  describe('compares only the rows that go up where a choice column decides', () => {
    test.each<[string, string, (string | number)[], number[]]>([
      ['both flagged 是', '是否推荐', ['是', '是'], [2, 3]],
      ['one flagged 否', '是否推荐', ['是', '否'], []],
      ['one left unranked', '推荐排序', ['', 1], []],
    ])('%s', (_, column, [first, second], flagged) => {
      const grid = workbook(
        choiceSheet('S', column, [
          ['星河智算科技有限公司', validUscc(1), '基于深度学习的工业视觉缺陷检测系统研发', first!],
          ['云图智联科技有限公司', validUscc(2), '基于深度学习的工业视觉缺陷检测平台研发', second!],
        ]),
      );
      expect(findingsOf('similar-project', grid).map(([, , row]) => row)).toEqual(flagged);
    });
  });

  describe('accepts', () => {
    test('for cells holding a paragraph rather than a name, which are left out of the comparison', () => {
      // Distinct characters, so that no normalisation shortens them: 500 is the longest key compared.
      const text = (length: number) =>
        Array.from({ length }, (_, i) => String.fromCharCode(0x4e00 + i)).join('');
      const changed = (title: string) => '改' + title.slice(1);
      const near = (length: number) =>
        findingsOf('similar-project', pair(text(length), changed(text(length))));
      expect(near(500)).toHaveLength(2);
      expect(near(501)).toEqual([]);
    });

    test('for titles that are exactly equal, which are duplicate-project’s', () => {
      const grid = pair('基于深度学习的工业视觉缺陷检测系统研发', '基于深度学习的工业视觉缺陷检测系统研发');
      expect(findingsOf('similar-project', grid)).toEqual([]);
      expect(findingsOf('duplicate-project', grid)).toHaveLength(2);
    });

    test('for titles equal after normalisation (full-width letters, 【】, spaces), which are duplicate-project’s', () => {
      const grid = pair('【一期】高精度ＭＥＭＳ 智能传感器研发', '(一期)高精度MEMS智能传感器研发');
      expect(findingsOf('similar-project', grid)).toEqual([]);
      expect(findingsOf('duplicate-project', grid)).toHaveLength(2);
    });

    test('for a pair just under the threshold (4 of 20 characters changed: 0.80)', () => {
      const title = '一二三四五六七八九十甲乙丙丁戊己庚辛壬癸';
      expect(findingsOf('similar-project', pair(title, '天二三四五地七八九十人乙丙丁戊和庚辛壬癸'))).toEqual(
        [],
      );
    });

    test('for short titles under the profile’s minimum length, however alike', () => {
      // One character of seven changed: 0.86, which would be flagged in longer titles.
      expect([...'智能传感器研发']).toHaveLength(minLength - 1);
      expect(findingsOf('similar-project', pair('智能传感器研发', '智能传感器研制'))).toEqual([]);
    });

    // Distinct projects: one template with another subject in it, a block of two characters or more on both sides
    // that share none.
    test.each([
      ['基于深度学习的智能语音识别系统', '基于深度学习的智能图像识别系统'],
      ['高精度MEMS压力传感器研发及产业化', '高精度MEMS温度传感器研发及产业化'],
      ['面向医疗领域的中英机器翻译系统研发及产业化', '面向法律领域的中英机器翻译系统研发及产业化'],
      ['高性能MEMS气体传感器研制与应用', '高性能MEMS湿度传感器研制与应用'],
      ['面向工业场景的人工智能训练资源库建设', '面向交通场景的人工智能训练资源库建设'],
      ['医疗影像人工智能辅助诊断系统研发', '遥感影像人工智能辅助诊断系统研发'],
    ])('for %s and %s, one template with another subject', (first, second) => {
      expect(findingsOf('similar-project', pair(first, second))).toEqual([]);
    });

    test('for unrelated titles', () => {
      expect(
        findingsOf('similar-project', pair('高性能云端人工智能芯片研发', '面向政务的多语种机器翻译系统')),
      ).toEqual([]);
    });

    test('for titles that share only a common phrase', () => {
      expect(findingsOf('similar-project', pair('人工智能训练资源库建设', '人工智能芯片测试平台'))).toEqual(
        [],
      );
    });

    test('for rows with an empty title', () => {
      const rows: ProjectRow[] = [
        ['星河智算科技有限公司', validUscc(1), ''],
        ['云图智联科技有限公司', validUscc(2), ''],
      ];
      expect(findingsOf('similar-project', workbook(projectSheet('S', rows)))).toEqual([]);
    });
  });

  test('the segment index finds exactly the pairs that comparing every pair finds', () => {
    // Random titles are seldom alike, so each generated list is made of families: a random title and a few copies
    // with one character changed, which are near duplicates of it and of each other. Lists stay at 16 titles or
    // fewer, so that no segment is ever shared by enough titles to count as a stock phrase and be skipped.
    const chars = [...'智能传感器芯片研发平台系统工业视觉'];
    const variant = (base: string[]) =>
      fc
        .tuple(fc.nat(), fc.constantFrom(...chars))
        .map(([i, c]) => base.map((old, j) => (j === i % base.length ? c : old)).join(''));
    const family = fc
      .array(fc.constantFrom(...chars), { minLength: 1, maxLength: 24 })
      .chain((base) => fc.array(variant(base), { maxLength: 3 }).map((copies) => [base.join(''), ...copies]));
    const titles = fc
      .array(family, { maxLength: 6 })
      .map((families) => [...new Set(families.flat())].slice(0, 16));
    const limits = fc.record({
      threshold: fc.oneof(
        fc.constant(threshold),
        fc.integer({ min: 70, max: 99 }).map((n) => n / 100),
      ),
      minLength: fc.oneof(fc.constant(minLength), fc.integer({ min: 1, max: 8 })),
    });
    fc.assert(
      fc.property(titles, limits, (list, { threshold: t, minLength: m }) => {
        const keys = list.map(similarityKey);
        const expected: [number, number][] = [];
        for (let a = 0; a < list.length; a++) {
          for (let b = a + 1; b < list.length; b++) {
            if (titleKey(list[a]!) === titleKey(list[b]!)) continue;
            if (keys[a] === keys[b]) expected.push([a, b]);
            else if (keys[a]!.length < m || keys[b]!.length < m) continue;
            else if (
              titleSimilarity(keys[a]!, keys[b]!) >= t - 1e-9 &&
              !namesOtherSubject(keys[a]!, keys[b]!)
            )
              expected.push([a, b]);
          }
        }
        const found = findSimilarTitles(list.map(titleKeys), t, m)
          .map(({ a, b }): [number, number] => [a, b])
          .sort((x, y) => x[0] - y[0] || x[1] - y[1]);
        expect(found).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });
});
