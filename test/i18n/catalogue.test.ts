import type { InputFailureKey } from '../../src/core/input-failure';
import { defaultProfile } from '../../src/core/profile';
import { messagesFor, recommenderTypeText, renderFinding } from '../../src/i18n';
import { LANGS, type Lang } from '../../src/i18n/messages';
import { checkGrid } from '../helpers/findings';
import { distinctRow, HEADER, projectSheet, sheet, workbook } from '../helpers/grid';
import { validUscc } from '../helpers/uscc';

describe('rendering findings', () => {
  const A = validUscc(1);
  const result = checkGrid(
    workbook(
      projectSheet('南山区', [
        ['星河智算', A, '项目一'],
        ['星河智算', A, '项目二'],
      ]),
      projectSheet(
        '福田区',
        [
          ['星河智算', A, '项目三'],
          ['星河智算', A, '项目一'],
        ],
        { hiddenRows: [3] },
      ),
    ),
  );

  test('lists rows on other sheets by sheet name, naming each sheet once', () => {
    const finding = result.findings.find(
      (f) => f.rule === 'unit-over-limit' && f.sheet === '南山区' && f.row === 2,
    )!;
    expect(renderFinding(finding, 'zh-CN')).toContain('（第 2、3 行；“福田区”第 2、3 行）');
    expect(renderFinding(finding, 'en-US')).toContain('(rows 2, 3; 福田区 rows 2, 3)');
  });

  test("names the finding's own sheet first, and its own row among that sheet's", () => {
    const finding = result.findings.find(
      (f) => f.rule === 'unit-over-limit' && f.sheet === '福田区' && f.row === 3,
    )!;
    expect(renderFinding(finding, 'zh-CN')).toContain('（第 2、3 行；“南山区”第 2、3 行）');
    expect(renderFinding(finding, 'en-US')).toContain('(rows 2, 3; 南山区 rows 2, 3)');
  });

  test('names at most ten rows, and counts the others', () => {
    const many = checkGrid(
      workbook(
        projectSheet(
          'S',
          Array.from({ length: 200 }, (_, i) => ['星河智算', A, `项目${i}`]),
        ),
      ),
    );
    const [first] = many.findings.filter((f) => f.rule === 'unit-over-limit');
    const zh = renderFinding(first!, 'zh-CN');
    expect(zh).toContain('第 2、3、4、5、6、7、8、9、10、11 行等，共 200 行');
    expect(zh.length).toBeLessThan(120);
    const en = renderFinding(first!, 'en-US');
    expect(en).toContain('rows 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 and 190 more');
    expect(en.length).toBeLessThan(160);
  });

  test('says when the row is hidden', () => {
    const hidden = result.findings.find((f) => f.sheet === '福田区' && f.row === 3)!;
    expect(renderFinding(hidden, 'zh-CN')).toContain('已隐藏');
    const visible = result.findings.find((f) => f.sheet === '南山区')!;
    expect(renderFinding(visible, 'zh-CN')).not.toContain('已隐藏');
  });

  test('says when the sheet is hidden, rather than its row or column', () => {
    const onHiddenSheet = checkGrid(
      workbook(
        projectSheet('鄞州区', [['星河智算', '9133020', '项目一']], {
          visibility: 'hidden',
          hiddenRows: [2],
        }),
      ),
    ).findings.find((f) => f.rule === 'uscc-invalid')!;
    expect(renderFinding(onHiddenSheet, 'zh-CN')).toMatch(/（该工作表已隐藏，但仍会随表上报）$/u);
    expect(renderFinding(onHiddenSheet, 'zh-CN')).not.toContain('该行或该列');
    expect(renderFinding(onHiddenSheet, 'en-US')).toMatch(
      / \(the sheet is hidden, but it is still submitted\)$/u,
    );
  });

  test('never leaves a value out of a sentence', () => {
    for (const finding of result.findings) {
      for (const lang of ['zh-CN', 'en-US'] as const)
        expect(renderFinding(finding, lang)).not.toMatch(/undefined|NaN|\[object/u);
    }
  });
});

describe('rendering uscc-invalid', () => {
  const [company, university] = [validUscc(1), validUscc(2, '12440300')];
  /** The row's uscc-invalid finding in Chinese and in English. */
  const rendered = (unit: string, code: string) => {
    const result = checkGrid(workbook(projectSheet('S', [[unit, code, '项目一']])));
    const finding = result.findings.find((f) => f.rule === 'uscc-invalid')!;
    return [renderFinding(finding, 'zh-CN'), renderFinding(finding, 'en-US')];
  };

  test('names what a cell writes beside its code', () => {
    const [zh, en] = rendered('甲科技有限公司', `代码：${company}（已核验）`);
    expect(zh).toContain('多了前面的“代码：”和后面的“（已核验）”');
    expect(en).toContain('"代码：" before it and "（已核验）" after it');
  });

  test('says that a cell holds two codes where the 申报单位 cell names one unit', () => {
    const [zh, en] = rendered('甲科技有限公司', `${company}、${university}`);
    expect(zh).toContain('填了两个代码');
    expect(en).toContain('holds 2 codes');
  });

  test('names the unit whose code it is, of a joint application’s codes', () => {
    const bad = university.slice(0, 17);
    const [zh, en] = rendered('甲科技有限公司\n乙大学', `${company}\n${bad}`);
    expect(zh).toBe(`第 2 个单位的统一社会信用代码“${bad}”应为 18 位`);
    expect(en).toBe(`Credit code "${bad}" (the code of unit 2) must have 18 characters`);
  });
});

describe('rendering rank-invalid', () => {
  const ranked = (ranks: (number | '')[]) =>
    checkGrid(
      workbook(sheet('S', [[...HEADER, '推荐排序'], ...ranks.map((rank, i) => distinctRow(i, [rank]))])),
    ).findings.filter((f) => f.rule === 'rank-invalid');

  test('names a long gap by its first missing ranks and its count, in a short sentence', () => {
    const ranks = Array.from({ length: 200 }, (_, i): number | '' => (i === 0 ? 1 : i === 1 ? 200 : ''));
    const [gap] = ranked(ranks);
    expect(renderFinding(gap!, 'zh-CN')).toBe('推荐排序不连续：缺少第 2、3、4、5、6 位等，共缺 198 个');
    expect(renderFinding(gap!, 'en-US')).toBe('Ranks leave a gap: 2, 3, 4, 5, 6 and 193 more missing');
  });

  test('names a rank above the number of projects as typed, with that number', () => {
    const [tooHigh] = ranked([1, 2, 20211115]);
    expect(renderFinding(tooHigh!, 'zh-CN')).toBe('推荐排序 20211115 超过本表的项目数 3，应在 1～3 之间');
    expect(renderFinding(tooHigh!, 'en-US')).toBe(
      "Rank 20211115 is higher than the sheet's 3 projects: ranks run from 1 to 3",
    );
  });

  test('says a sheet of one project in the singular', () => {
    const [tooHigh] = ranked([2]);
    expect(renderFinding(tooHigh!, 'en-US')).toBe(
      "Rank 2 is higher than the sheet's 1 project: ranks run from 1 to 1",
    );
  });
});

describe('the failures of input', () => {
  const values = {
    file: 'a.xlsx',
    sheet: 'S',
    folder: 'd',
    option: '--x',
    type: 't',
    lang: 'l',
    files: 'a',
    line: '3',
  };
  /** The options, file kinds and commands a sentence tells the officer to use. */
  const instructions = (text: string) =>
    new Set(text.match(/--[a-z-]+|\.(?:xlsx|xls|csv|txt)\b|quota-check/gu));

  test.each(Object.keys(messagesFor('zh-CN').failures) as InputFailureKey[])(
    'name in English what they name in Chinese for the officer to use: %s',
    (key) => {
      const zh = instructions(messagesFor('zh-CN').failures[key](values));
      const en = instructions(messagesFor('en-US').failures[key](values));
      expect(en).toEqual(zh);
    },
  );
});

describe('the command’s unexpected failure', () => {
  test('is one sentence with its detail inside, in either language', () => {
    const detail = 'RangeError: Invalid string length';
    const zh = messagesFor('zh-CN').unexpected(detail);
    expect(zh).toContain(detail);
    expect(zh.endsWith('。')).toBe(true);
    expect(zh.slice(0, -1)).not.toContain('。');
    expect(messagesFor('en-US').unexpected(detail)).toContain(detail);
  });
});

describe('a list of recommenders', () => {
  test('names three, then counts the rest: without a space inside the Chinese, and 1 other in the singular', () => {
    const names = ['南山区工信局', '福田区工信局', '宝安区工信局', '龙岗区工信局'];
    expect(messagesFor('zh-CN').nameList(names)).toBe(
      '南山区工信局、福田区工信局、宝安区工信局等 4 个推荐单位',
    );
    expect(messagesFor('en-US').nameList(names)).toBe('南山区工信局, 福田区工信局, 宝安区工信局 and 1 other');
  });
});

describe('the reason for an inferred recommender type', () => {
  test.each([
    ['central', { kind: 'central', word: '集团有限公司' }],
    ['ministry-unit', { kind: 'ministry-unit', word: '中国信息通信研究院' }],
    ['central-member', { kind: 'central-member', word: '集团有限公司', group: '中国电子科技集团有限公司' }],
    ['no-recommender', { kind: 'no-recommender', word: '分公司' }],
    ...defaultProfile().recognition.provinceLike.map(
      ({ name, note }) => ['province-like', { kind: 'province-like', word: name, note }] as const,
    ),
  ] as const)('for %s has no brackets of its own, since the report shows it in brackets', (_kind, reason) => {
    expect(messagesFor('zh-CN').typeReason(reason, 15)).not.toMatch(/[（）]/u);
    expect(messagesFor('en-US').typeReason(reason, 15)).not.toMatch(/[()]/u);
  });
});

describe('the name of a recommender type', () => {
  test.each(LANGS)('in %s has no brackets of its own, since messages show it in brackets', (lang) => {
    for (const name of Object.values(messagesFor(lang).recommenderTypes))
      expect(name).not.toMatch(/[()（）]/u);
  });
});

describe('rendering a recommender’s type', () => {
  /** The zh-CN and en-US sentences of the first quota finding of 16 rows under `line`, and its recommender's type. */
  const rendered = (line: string) => {
    const rows = Array.from({ length: 16 }, (_, i) => distinctRow(i));
    const result = checkGrid(workbook(sheet('S', [[`推荐单位（盖章）：${line}`], HEADER, ...rows])));
    const finding = result.findings.find((f) => f.rule === 'quota-exceeded')!;
    const recommender = result.summary.recommenders[0]!;
    const texts = (lang: Lang) => ({
      finding: renderFinding(finding, lang),
      type: recommenderTypeText(recommender, lang),
    });
    return { zh: texts('zh-CN'), en: texts('en-US') };
  };

  test('calls an ordinary city one, feeding the province it is in, and never a province', () => {
    const { zh, en } = rendered('武汉市经济和信息化局');
    for (const text of [zh.finding, zh.type]) {
      expect(text).toContain('普通地市');
      expect(text).not.toContain('省、自治区、直辖市');
    }
    expect(zh.finding).toContain('超过湖北省的指标 15 项');
    for (const text of [en.finding, en.type]) expect(text).toContain('ordinary city');
    expect(en.finding).toContain("over the province's cap of 15");
  });

  test('says that a type it cannot tell is unknown and its cap assumed, and calls it no province', () => {
    const { zh, en } = rendered('中国铁塔股份有限公司');
    for (const text of [zh.finding, zh.type]) {
      expect(text).toContain('无法判断');
      expect(text).not.toContain('所在省份');
      expect(text).not.toContain('省、自治区、直辖市');
    }
    for (const text of [en.finding, en.type]) expect(text).toContain('unknown');
  });
});

describe('the partial direction list', () => {
  const partial = { complete: false, count: 17, expected: 18 };

  test('asks for the guide’s list only when the officer gave none', () => {
    const zh = messagesFor('zh-CN').report;
    const en = messagesFor('en-US').report;
    expect(zh.directionList({ ...partial, source: 'profile' })).toContain(
      '请用 --directions 提供申报指南的完整清单',
    );
    expect(en.directionList({ ...partial, source: 'profile' })).toContain(
      "give the guide's list with --directions",
    );
    for (const [source, sheets] of [
      ['file', undefined],
      ['sheet', ['揭榜方向']],
    ] as const) {
      const texts = [zh, en].map((m) => m.directionList({ ...partial, source }, sheets));
      expect(texts[0]).not.toContain('请用 --directions 提供');
      expect(texts[0]).toContain('请对照申报指南补全');
      expect(texts[1]).not.toContain("give the guide's list");
      expect(texts[1]).toContain('from the guide');
    }
  });
});
