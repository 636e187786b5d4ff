import fc from 'fast-check';
import {
  DirectionList,
  directionKey,
  directionName,
  formOf,
  suggestionKey,
  typoAllowance,
} from '../../../src/core/directions/direction-list';
import { editDistance } from '../../../src/core/similarity/edit-distance';
import { checkGrid } from '../../helpers/findings';
import { projectSheet, workbook, type ProjectRow } from '../../helpers/grid';
import { validUscc } from '../../helpers/uscc';
import { defaultProfile } from '../../../src/core/profile';

const profile = defaultProfile();
const named = (count: number) => Array.from({ length: count }, (_, i) => ({ name: `指南方向${i + 1}` }));

describe('DirectionList', () => {
  it.each([
    ['the notice’s six alone', undefined, { complete: false, count: 6, source: 'profile' }],
    ['the six and eleven more', named(11), { complete: false, count: 17, source: 'file' }],
    [
      'the six and twelve more: as many as the notice states',
      named(12),
      { complete: true, count: 18, source: 'file' },
    ],
    ['more than the notice states', named(13), { complete: false, count: 19, source: 'file' }],
  ])('%s', (_, fromFile, info) => {
    expect(new DirectionList(profile, fromFile).info).toEqual({ ...info, expected: 18 });
  });

  describe('names the directions of a list longer than the notice states that stand under no category', () => {
    const categorised = [...profile.directions, ...named(12)].map(({ name }) => ({
      name,
      category: '核心基础',
    }));

    it('where the others stand under one', () => {
      const list = new DirectionList(profile, [
        { name: '揭榜挂帅工作方案' },
        ...categorised,
        { name: '联系人：张三' },
      ]);
      expect(list.info).toEqual({
        complete: false,
        count: 20,
        expected: 18,
        source: 'file',
        uncategorised: ['揭榜挂帅工作方案', '联系人：张三'],
      });
    });

    it('but none in a list that gives no category', () => {
      expect(new DirectionList(profile, named(13)).info).toEqual({
        complete: false,
        count: 19,
        expected: 18,
        source: 'file',
      });
    });
  });

  describe('takes a file of the notice’s number of directions for the guide’s full list', () => {
    // The guide words one of the notice's six otherwise: the file names five of them and thirteen more.
    const [otherwise, ...five] = profile.directions.map(({ name }) => ({ name }));
    const list = new DirectionList(profile, [...five, ...named(13)]);

    it('complete, counting its own directions only', () => {
      expect(list.info).toEqual({ complete: true, count: 18, expected: 18, source: 'file' });
    });

    it('still knowing the notice’s wording of the sixth', () => {
      expect(list.find(otherwise!.name)?.name).toBe(otherwise!.name);
    });
  });

  it('takes a guide list numbered with a space after each number (1 智能传感器) for the whole list', () => {
    const numbered = [...profile.directions, ...named(12)].map(({ name }, i) => ({
      name: `${i + 1} ${name}`,
    }));
    const list = new DirectionList(profile, numbered);
    expect([list.info.count, list.info.complete, list.find('指南方向7')?.name]).toEqual([
      18,
      true,
      '指南方向7',
    ]);
  });

  describe('takes one of the notice’s six that the officer’s list words with AI for the officer’s direction', () => {
    const officer = [{ name: '终端AI推断框架', category: '重点产品' }, ...named(12)];
    const list = new DirectionList(profile, officer);

    it('found under the officer’s wording and counted once', () => {
      expect([list.find('终端人工智能推断框架'), list.info.count, list.info.complete]).toEqual([
        { name: '终端AI推断框架', category: '重点产品' },
        18,
        true,
      ]);
    });

    it('in a partial list too', () => {
      const partial = new DirectionList(profile, officer.slice(0, 5));
      expect([partial.find('终端人工智能推断框架')?.name, partial.info.count]).toEqual([
        '终端AI推断框架',
        10,
      ]);
    });

    it('as one line of the direction summary', () => {
      const rows: ProjectRow[] = [
        ['甲', validUscc(1), '项目一号', '终端AI推断框架'],
        ['乙', validUscc(2), '项目二号', '终端人工智能推断框架'],
        ['丙', validUscc(3), '项目三号', '终端人工智能推断框架方向'],
      ];
      const result = checkGrid(workbook(projectSheet('S', rows)), { directions: officer });
      expect(result.summary.directions).toEqual([
        { category: '重点产品', direction: '终端AI推断框架', projects: 3, rows: 3, known: true },
      ]);
      expect(result.findings.filter((f) => f.rule === 'direction-unknown')).toEqual([]);
    });

    it('suggested once for a short form of either wording', () => {
      expect([list.nearest('终端推断框架')?.name, list.nearest('终端人工智能推断')?.name]).toEqual([
        '终端AI推断框架',
        '终端AI推断框架',
      ]);
    });

    it('but not one that only resembles it', () => {
      const other = new DirectionList(profile, [{ name: '终端AI推断框架平台' }]);
      expect(other.find('终端人工智能推断框架')?.name).toBe('终端人工智能推断框架');
    });
  });

  it('counts a direction the file repeats, numbered or spaced, once', () => {
    const list = new DirectionList(profile, [
      { name: '1. 智能传感器' },
      { name: '智能 传感器' },
      ...named(12),
    ]);
    expect(list.info.count).toBe(18);
  });

  it.each([
    [
      'the officer’s category and wording',
      [{ name: '智能 传感器', category: '重点产品' }],
      { name: '智能 传感器', category: '重点产品' },
    ],
    [
      'the inferred category when the officer’s line has none',
      [{ name: '智能传感器' }],
      { name: '智能传感器', category: '核心基础' },
    ],
    [
      'the officer’s first line, a later one only filling in a category',
      [
        { name: '智能传感器', category: '公共支撑' },
        { name: '智能传感器', category: '重点产品' },
      ],
      { name: '智能传感器', category: '公共支撑' },
    ],
    ['the profile alone without a list', undefined, { name: '智能传感器', category: '核心基础' }],
  ])('finds one of the notice’s six with %s', (_, fromFile, expected) => {
    expect(new DirectionList(profile, fromFile).find('智能传感器')).toEqual(expected);
  });

  describe('shows a direction of a numbered list without its number', () => {
    it.each([
      ['1.智能网联汽车', '智能网联汽车'],
      ['12．智能网联汽车', '智能网联汽车'],
      ['（一）智能网联汽车', '智能网联汽车'],
      ['(3) 智能网联汽车', '智能网联汽车'],
      ['【三】智能网联汽车', '智能网联汽车'],
      ['一、智能网联汽车', '智能网联汽车'],
      [' 9 . 智能网联汽车 ', '智能网联汽车'],
      ['１０、智能网联汽车', '智能网联汽车'],
      ['3、智能网联汽车；', '智能网联汽车'],
      ['①智能网联汽车', '智能网联汽车'],
      ['⑿ 智能网联汽车', '智能网联汽车'],
      ['⒊智能网联汽车', '智能网联汽车'],
      ['智能网联汽车。', '智能网联汽车'],
      ['（二）智能网联汽车 , ', '智能网联汽车'],
      ['1 智能网联汽车', '智能网联汽车'],
      ['12  智能网联汽车', '智能网联汽车'],
      ['１０\u3000智能网联汽车', '智能网联汽车'],
      ['5G 智能网联汽车', '5G 智能网联汽车'],
      ['2021 智能网联汽车', '2021 智能网联汽车'],
      ['3 D视觉感知系统', '3 D视觉感知系统'],
      ['3D视觉感知系统', '3D视觉感知系统'],
      ['智能网联汽车（一）', '智能网联汽车（一）'],
      ['1.', '1.'],
    ])('%s → %s', (written, shown) => {
      expect(directionName(written)).toBe(shown);
      expect(directionKey(shown)).toBe(directionKey(written));
      const list = new DirectionList(profile, [{ name: written, category: '重点产品' }]);
      expect(list.find(shown)?.name).toBe(shown);
    });

    test('in a suggestion and in the direction summary', () => {
      const directions = [{ name: '8.智能网联汽车' }, { name: '9.智能服务机器人', category: '重点产品' }];
      const rows: ProjectRow[] = [
        ['甲', validUscc(1), '项目一号', '智能服务机器人'],
        ['乙', validUscc(2), '项目二号', '智能网联汽车车型'],
      ];
      const result = checkGrid(workbook(projectSheet('S', rows)), { directions });
      const finding = result.findings.find((f) => f.rule === 'direction-unknown');
      expect([finding?.row, finding?.values]).toEqual([
        3,
        { direction: '智能网联汽车车型', nearest: '智能网联汽车', listComplete: false, listGiven: true },
      ]);
      expect(result.summary.directions.map((d) => d.direction).sort()).toEqual([
        '智能服务机器人',
        '智能网联汽车车型',
      ]);
    });
  });

  describe('finds a direction written with its category in one cell', () => {
    const list = new DirectionList(profile);
    it.each([
      '核心基础-智能传感器',
      '核心基础：智能传感器',
      '核心基础 智能传感器',
      '核心基础/智能传感器',
      '核心基础类—智能传感器',
      '【核心基础】智能传感器',
      '（核心基础）智能传感器',
      '智能传感器（核心基础）',
      '智能传感器(核心基础类)',
    ])('%s', (written) => {
      expect(list.find(written)).toEqual({ name: '智能传感器', category: '核心基础' });
    });

    it('whichever of the notice’s six, category and separator', () => {
      const [before, after] = [fc.constantFrom('-', '：', ' ', '、', '|'), fc.constantFrom('', '类')];
      fc.assert(
        fc.property(
          fc.constantFrom(...profile.directions),
          before,
          after,
          fc.boolean(),
          (d, sep, kind, first) => {
            const written = first
              ? `${d.category}${kind}${sep}${d.name}`
              : `${d.name}（${d.category}${kind}）`;
            expect(list.find(written)).toEqual(d);
          },
        ),
      );
    });

    it('under another category too, which category-mismatch reports, telling the category written beside it', () => {
      expect(list.find('重点产品-智能传感器')).toEqual({ name: '智能传感器', category: '核心基础' });
      expect(list.find('智能传感器（重点产品）')).toEqual({ name: '智能传感器', category: '核心基础' });
      expect(list.categoryBeside('重点产品-智能传感器')).toBe('重点产品');
      expect(list.categoryBeside('核心基础-智能传感器')).toBe('核心基础');
      expect([list.categoryBeside('智能传感器'), list.categoryBeside('重点产品-量子计算')]).toEqual([
        undefined,
        undefined,
      ]);
    });
  });

  describe('finds a direction written with the word 方向 after it', () => {
    const list = new DirectionList(profile);
    it.each(['智能传感器方向', '智能传感器 方向', '核心基础-智能传感器方向', '智能传感器方向（核心基础）'])(
      '%s',
      (written) => {
        expect(list.find(written)).toEqual({ name: '智能传感器', category: '核心基础' });
      },
    );

    it('but not 方向 alone, nor a direction the word only begins', () => {
      expect([list.find('方向'), list.find('智能传感器方向盘')]).toEqual([undefined, undefined]);
    });

    it('in the officer’s list too, counting it once beside its plain wording', () => {
      const fromFile = new DirectionList(profile, [{ name: '机器翻译系统方向' }, { name: '机器翻译系统' }]);
      expect([fromFile.find('机器翻译系统')?.name, fromFile.info.count]).toEqual(['机器翻译系统方向', 6]);
    });
  });

  test('reads a category numbered as the guide numbers it (一、核心基础) without its number', () => {
    const list = new DirectionList(profile, [
      { name: '1.智能传感器', category: '一、核心基础' },
      { name: '测试方向甲', category: '（二）重点产品' },
    ]);
    expect([list.find('智能传感器')?.category, list.find('测试方向甲')?.category]).toEqual([
      '核心基础',
      '重点产品',
    ]);
  });

  describe('suggests the nearest direction', () => {
    const six = profile.directions.map((d) => d.name);
    const cjk = fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((code) => String.fromCharCode(code));

    test('back for one of the notice’s six with one character changed', () => {
      const list = new DirectionList(profile);
      fc.assert(
        fc.property(fc.constantFrom(...six), fc.nat(), cjk, (name, at, char) => {
          const i = at % name.length;
          fc.pre(name[i] !== char);
          const typed = name.slice(0, i) + char + name.slice(i + 1);
          // 高性能云端… with 云 changed to 终 reads as the edge chip with words left out, which is a better reading.
          fc.pre(six.every((other) => other === name || !formOf(suggestionKey(typed), suggestionKey(other))));
          expect(list.nearest(typed)?.name).toBe(name);
        }),
      );
    });

    test('never further than a typo or a short or long form', () => {
      const chars = [...new Set([...six.join(''), '甲', '乙', '系', '统', '平', '台'])];
      const list = new DirectionList(profile, named(12));
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...chars), { minLength: 1, maxLength: 14 }), (parts) => {
          const typed = parts.join('');
          const suggested = list.nearest(typed);
          if (!suggested) return;
          const [a, b] = [suggestionKey(typed), suggestionKey(suggested.name)];
          expect(editDistance(a, b) <= typoAllowance(a, b) || formOf(a, b) !== undefined).toBe(true);
        }),
      );
    });

    test.each([
      ['高性能云端AI芯片', '高性能云端人工智能芯片'],
      ['终端ＡＩ推断框架', '终端人工智能推断框架'],
      ['Ai训练资源库', '人工智能训练资源库'],
    ])('back for %s, which writes 人工智能 as AI, without taking it for the direction', (typed, name) => {
      const list = new DirectionList(profile);
      expect(list.find(typed)).toBeUndefined();
      expect(list.nearest(typed)?.name).toBe(name);
    });

    describe('back for a direction the officer left words out of, rather than a near typo of another', () => {
      const chip = '高性能边缘端/终端计算人工智能芯片';
      const list = new DirectionList(profile);
      it.each([
        ['高性能边缘端人工智能芯片', chip],
        ['高性能终端人工智能芯片', chip],
        ['高性能终端计算人工智能芯片', chip],
        ['高性能边缘端AI芯片', chip],
        ['高性能边缘人工智能芯片', chip],
        ['高性能边缘计算人工智能芯片', chip],
        ['云端AI芯片', '高性能云端人工智能芯片'],
        ['机器翻译', '机器翻译系统'],
        // Too little of the direction left to tell.
        ['终端人工智能芯片', undefined],
        ['系统', undefined],
      ])('%s → %s', (typed, name) => {
        expect(list.nearest(typed)?.name).toBe(name);
      });

      it('and for none when it is read out of two, however near a typo of one', () => {
        const directions = [{ name: '测试方向甲乙' }, { name: '测试方向甲丙丁' }];
        expect(new DirectionList(profile, directions).nearest('测试方向甲')).toBeUndefined();
      });
    });

    test('never for AI inside a word', () => {
      const list = new DirectionList(profile);
      expect(list.nearest('高性能云端BAIDU芯片')).toBeUndefined();
    });

    test('never for a generic word alone, whatever follows it', () => {
      const list = new DirectionList(profile);
      const known = new Set(six.join(''));
      fc.assert(
        fc.property(fc.constantFrom('智能', '人工智能'), fc.array(cjk, { maxLength: 6 }), (generic, rest) => {
          fc.pre(rest.every((char) => !known.has(char)));
          expect(list.nearest(generic + rest.join(''))).toBeUndefined();
        }),
      );
    });

    test('whatever the order of the officer’s list', () => {
      const chars = [...new Set([...six.join(''), ...'指南方向1234'])];
      const officer = [...named(12), ...profile.directions];
      const forward = new DirectionList(profile, officer);
      const backward = new DirectionList(profile, [...officer].reverse());
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...chars), { minLength: 1, maxLength: 12 }), (parts) => {
          const typed = parts.join('');
          expect(backward.nearest(typed)?.name).toBe(forward.nearest(typed)?.name);
        }),
      );
    });
  });
});
