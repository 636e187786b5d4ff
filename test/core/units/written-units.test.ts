import fc from 'fast-check';
import { writtenUnits } from '../../../src/core/units/written-units';

const names = (text: string) => writtenUnits(text).map((unit) => unit.name);

describe('writtenUnits', () => {
  describe('leaves out the notes that lists write on a unit’s role', () => {
    test.each([
      ['甲科技有限公司（牵头）、乙大学等', ['甲科技有限公司', '乙大学']],
      ['甲科技有限公司(牵头单位)', ['甲科技有限公司']],
      ['乙大学（联合申报）', ['乙大学']],
      ['【牵头】甲科技有限公司；乙大学（参与单位）', ['甲科技有限公司', '乙大学']],
      ['牵头单位：甲科技有限公司；参与单位：乙大学', ['甲科技有限公司', '乙大学']],
      ['甲科技有限公司、乙大学等3家单位', ['甲科技有限公司', '乙大学']],
      ['甲科技有限公司、乙大学等三家单位', ['甲科技有限公司', '乙大学']],
      ['甲科技有限公司、乙大学等十余家单位', ['甲科技有限公司', '乙大学']],
      ['甲科技有限公司、乙大学等多家单位', ['甲科技有限公司', '乙大学']],
      ['甲科技有限公司等单位', ['甲科技有限公司']],
      ['甲科技有限公司等5个单位', ['甲科技有限公司']],
      ['甲科技有限公司（牵头）乙大学', ['甲科技有限公司', '乙大学']],
      ['甲科技有限公司（91440300MA5DA0Q5XA）', ['甲科技有限公司']],
      ['甲科技有限公司\n(统一社会信用代码：91440300MA5DA0Q5XA)', ['甲科技有限公司']],
      [
        '甲科技有限公司【信用代码 ９１４４０３００ＭＡ５ＤＡ０Ｑ５ＸＡ】（牵头）、乙大学',
        ['甲科技有限公司', '乙大学'],
      ],
      [
        'Huawei Technologies Co., Ltd., Tsinghua University',
        ['Huawei Technologies Co., Ltd.', 'Tsinghua University'],
      ],
      ['Huawei Technologies Co., Ltd.、清华大学', ['Huawei Technologies Co., Ltd.', '清华大学']],
      ['甲科技有限公司，乙大学', ['甲科技有限公司', '乙大学']],
      ['甲科技有限公司牵头，乙大学参与', ['甲科技有限公司', '乙大学']],
      ['浙江大学（计算机科学与技术学院、软件学院）', ['浙江大学']],
      ['联合体：甲科技有限公司、乙大学', ['甲科技有限公司', '乙大学']],
      ['甲科技有限公司（联合体牵头人）、乙大学（联合体成员）', ['甲科技有限公司', '乙大学']],
      ['甲科技有限公司（联合体成员：乙大学）', ['甲科技有限公司', '乙大学']],
      ['甲科技有限公司（联合申报单位：乙大学）', ['甲科技有限公司', '乙大学']],
      ['甲科技有限公司（联合申报单位：乙大学、丙研究院）', ['甲科技有限公司', '乙大学', '丙研究院']],
      ['甲科技有限公司(合作单位: 乙大学；丙研究院)', ['甲科技有限公司', '乙大学', '丙研究院']],
      [
        '甲科技有限公司【参与单位：华科智能（北京）科技有限公司】、丁大学',
        ['甲科技有限公司', '华科智能（北京）科技有限公司', '丁大学'],
      ],
    ])('for %s', (cell, expected) => {
      expect(names(cell)).toEqual(expected);
    });
  });

  describe('keeps every part of a real name', () => {
    test.each([
      ['华为技术有限公司（深圳）'],
      ['华为技术有限公司 （深圳）'],
      ['中国科学院自动化研究所'],
      ['中国科学院 自动化研究所'],
      ['北京大学 第三医院'],
      ['中国电子科技集团有限公司 第十四研究所'],
      ['甲科技有限公司 深圳分公司'],
      ['甲银行股份有限公司 深圳分行'],
      ['深圳 甲科技有限公司'],
      ['甲等离子体科技有限公司'],
      ['华科智能（北京）科技有限公司'],
      ['甲科技有限公司（2021年12月成立）'],
      ['甲科技有限公司（原乙科技有限公司）'],
      ['北京和利时科技集团有限公司'],
      ['中国科学院计算技术研究所'],
      ['甲大学与乙科技有限公司联合实验室'],
      ['甲研究院和乙大学共建研究中心'],
      ['甲科技有限公司及其子公司'],
      ['Huawei Technologies Co., Ltd.'],
      ['SHENZHEN JIA TECHNOLOGY CO.,LTD.'],
      ['Jia Technology Co.，Ltd.'],
      ['Apple, Inc.'],
    ])('for %s', (cell) => {
      expect(names(cell)).toEqual([cell]);
    });
  });

  describe('splits joint units separated only by spaces', () => {
    test.each([
      ['甲科技有限公司 乙大学', ['甲科技有限公司', '乙大学']],
      ['甲科技有限公司\u3000乙研究院  丙大学', ['甲科技有限公司', '乙研究院', '丙大学']],
      ['甲科技有限公司 乙大学等', ['甲科技有限公司', '乙大学']],
      ['清华大学 甲科技有限公司', ['清华大学', '甲科技有限公司']],
      ['甲科技有限公司 乙科技有限公司深圳分公司', ['甲科技有限公司', '乙科技有限公司深圳分公司']],
    ])('for %s', (cell, expected) => {
      expect(names(cell)).toEqual(expected);
    });
  });

  describe('reads a line break (Alt+Enter) as a space, a line that names a part going on with the name', () => {
    test.each([
      ['甲科技有限公司\n乙大学\n丙研究院', ['甲科技有限公司', '乙大学', '丙研究院']],
      ['甲科技有限公司（牵头）\r\n乙大学', ['甲科技有限公司', '乙大学']],
      ['深圳市星河智算\n科技有限公司', ['深圳市星河智算\n科技有限公司']],
      ['深圳市星河智算科技\n有限公司、乙大学', ['深圳市星河智算科技\n有限公司', '乙大学']],
      ['清华大学\n丙研究院', ['清华大学', '丙研究院']],
      ['中国科学院\n自动化研究所', ['中国科学院\n自动化研究所']],
      ['中国科学院\r\n计算技术研究所', ['中国科学院\r\n计算技术研究所']],
      ['浙江大学\n计算机科学与技术学院', ['浙江大学\n计算机科学与技术学院']],
      ['中国电子科技集团有限公司\n第十四研究所', ['中国电子科技集团有限公司\n第十四研究所']],
      ['北京华辰智语信息技术有限公司\n上海分公司', ['北京华辰智语信息技术有限公司\n上海分公司']],
      ['甲银行股份有限公司\n深圳分行', ['甲银行股份有限公司\n深圳分行']],
      ['中国科学院\n自动化研究所\n清华大学', ['中国科学院\n自动化研究所', '清华大学']],
      ['甲科技有限公司\n乙大学', ['甲科技有限公司', '乙大学']],
      ['甲科技有限公司\n乙科技有限公司', ['甲科技有限公司', '乙科技有限公司']],
      ['甲科技有限公司\n乙科技有限公司深圳分公司', ['甲科技有限公司', '乙科技有限公司深圳分公司']],
      ['甲集团有限公司\n乙科技有限公司', ['甲集团有限公司', '乙科技有限公司']],
      ['甲集团有限公司\n中国电子技术标准化研究院', ['甲集团有限公司', '中国电子技术标准化研究院']],
      ['北京大学\n中国科学院自动化研究所', ['北京大学', '中国科学院自动化研究所']],
      ['清华大学\n鹏城实验室', ['清华大学', '鹏城实验室']],
    ])('for %j', (cell, expected) => {
      expect(names(cell)).toEqual(expected);
    });
  });

  describe('splits joint units joined by 和, 与, 及, 以及, & or +', () => {
    test.each([
      ['甲科技有限公司 & 乙大学', ['甲科技有限公司', '乙大学']],
      ['甲科技有限公司&乙大学＆丙研究院', ['甲科技有限公司', '乙大学', '丙研究院']],
      ['甲科技有限公司+乙大学', ['甲科技有限公司', '乙大学']],
      ['甲科技有限公司 ＋ 乙大学', ['甲科技有限公司', '乙大学']],
      ['Johnson & Johnson (China) Ltd', ['Johnson & Johnson (China) Ltd']],
      ['甲科技有限公司和乙大学', ['甲科技有限公司', '乙大学']],
      ['甲科技有限公司与丙研究院', ['甲科技有限公司', '丙研究院']],
      ['甲科技有限公司及丁大学、戊研究所', ['甲科技有限公司', '丁大学', '戊研究所']],
      ['甲科技有限公司以及乙大学', ['甲科技有限公司', '乙大学']],
      ['甲科技有限公司（牵头）和乙大学等三家单位', ['甲科技有限公司', '乙大学']],
      ['北京和利时科技集团有限公司和清华大学', ['北京和利时科技集团有限公司', '清华大学']],
      ['清华大学 和 中国科学院自动化研究所', ['清华大学', '中国科学院自动化研究所']],
      ['中国科学院 自动化研究所和清华大学', ['中国科学院 自动化研究所', '清华大学']],
      ['清华大学与中国科学院 自动化研究所', ['清华大学', '中国科学院 自动化研究所']],
      ['中国电子科技集团有限公司 第十四研究所及乙大学', ['中国电子科技集团有限公司 第十四研究所', '乙大学']],
    ])('for %s', (cell, expected) => {
      expect(names(cell)).toEqual(expected);
    });
  });

  test('splits two units at 和, 与, 及, 以及, & or + only where both read as units on their own', () => {
    const unit = fc.constantFrom('甲科技有限公司', '乙大学', '丙研究院', '华科智能（北京）科技有限公司');
    const part = fc.constantFrom('北京', '（深圳）', '智能', '利时科技', '平');
    const conjunction = fc.constantFrom('和', '与', '及', '以及', '&', ' & ', '+', '＋');
    fc.assert(
      fc.property(unit, unit, part, conjunction, (a, b, other, and) => {
        expect(names(`${a}${and}${b}`)).toEqual([a, b]);
        expect(names(`${a}${and}${other}`)).toEqual([`${a}${and}${other}`]);
        expect(names(`${other}${and}${b}`)).toEqual([`${other}${and}${b}`]);
      }),
    );
  });

  test('keeps a unit written after its parent and a space whole, among joint units', () => {
    const own = fc.constantFrom(
      '中国科学院 自动化研究所',
      '北京大学 第三医院',
      '中国移动通信集团 广东有限公司',
    );
    const other = fc.constantFrom('甲科技有限公司', '乙大学', '丙研究院');
    const join = fc.constantFrom('和', '与', '及', '以及', '、');
    fc.assert(
      fc.property(own, other, join, fc.boolean(), (unit, partner, between, first) => {
        const cell = first ? `${unit}${between}${partner}` : `${partner}${between}${unit}`;
        expect(names(cell)).toEqual(first ? [unit, partner] : [partner, unit]);
      }),
    );
  });

  test('never cuts a name at a space or line break unless what follows it reads as a unit on its own', () => {
    const unit = fc.constantFrom('甲科技有限公司', '乙大学', '丙研究院', '丁研究所', '戊创新中心');
    const part = fc.constantFrom('北京', '（深圳）', '智能', 'Tech', '有限');
    const space = fc.constantFrom(' ', '\n', '\r\n');
    fc.assert(
      fc.property(unit, part, fc.boolean(), space, (name, other, before, between) => {
        const cell = before ? `${other}${between}${name}` : `${name}${between}${other}`;
        expect(names(cell)).toEqual([cell]);
      }),
    );
  });

  test('never cuts an English name at the comma before its legal form', () => {
    const form = fc.constantFrom('Ltd.', 'LTD', 'Limited', 'Inc.', 'LLC', 'Corp.', 'GmbH', 'PLC');
    fc.assert(
      fc.property(form, fc.constantFrom(',', '，'), fc.constantFrom('', ' '), (legal, comma, space) => {
        const cell = `Jia Technology Co.${comma}${space}${legal}`;
        expect(names(cell)).toEqual([cell]);
      }),
    );
  });

  test('finds the same units listed in a bracket after the first as listed beside it', () => {
    const unit = fc.constantFrom('乙大学', '丙研究院', '华为技术有限公司（深圳）', '丁科技有限公司');
    const role = fc.constantFrom(
      '联合申报单位：',
      '联合申报:',
      '合作单位 ： ',
      '参与单位：',
      '联合：',
      '合作:',
    );
    const separator = fc.constantFrom('、', '；', '，');
    fc.assert(
      fc.property(
        fc.uniqueArray(unit, { minLength: 1, maxLength: 3 }),
        role,
        separator,
        (others, label, between) => {
          const cell = `甲科技有限公司（${label}${others.join(between)}）`;
          expect(names(cell)).toEqual(['甲科技有限公司', ...others]);
        },
      ),
    );
  });

  test('finds the units that a bracketed note after the first says it applies with', () => {
    const unit = fc.constantFrom('乙大学', '丙研究院', '华为技术有限公司（深圳）', '丁科技有限公司');
    const note = fc.constantFrom(
      (units: string) => `（与${units}联合申报）`,
      (units: string) => `(和${units}共同申报)`,
      (units: string) => `（联合${units}申报）`,
      (units: string) => `（同 ${units} 合作申报）`,
    );
    fc.assert(
      fc.property(fc.uniqueArray(unit, { minLength: 1, maxLength: 3 }), note, (others, written) => {
        expect(names(`甲科技有限公司${written(others.join('、'))}`)).toEqual(['甲科技有限公司', ...others]);
      }),
    );
  });

  test('splits a list numbered with circled or bracketed numbers, written without separators', () => {
    const unit = fc.constantFrom('甲科技有限公司', '乙大学', '丙研究院', '华为技术有限公司（深圳）');
    const number = fc.constantFrom(
      (n: number) => String.fromCharCode(0x2460 + n),
      (n: number) => `（${n + 1}）`,
      (n: number) => `(${n + 1})`,
    );
    fc.assert(
      fc.property(fc.uniqueArray(unit, { minLength: 2, maxLength: 4 }), number, (units, numbered) => {
        expect(names(units.map((name, n) => numbered(n) + name).join(''))).toEqual(units);
      }),
    );
  });

  test('keeps names that hold 联合 or 合作 without a colon, and brackets without a number', () => {
    for (const name of [
      '联合利华（中国）有限公司',
      '中国联合网络通信集团有限公司',
      '甲农业专业合作社',
      '华科智能（北京）科技有限公司',
    ])
      expect(names(name)).toEqual([name]);
  });

  test('keeps a bracket that begins with 与 or 和 but is no note on joint units', () => {
    expect(names('甲科技有限公司（与乙大学共建）')).toEqual(['甲科技有限公司（与乙大学共建）']);
  });

  test('finds the same units with or without role notes', () => {
    const unit = fc.constantFrom('甲科技有限公司', '乙大学', '丙研究院', '华为技术有限公司（深圳）');
    const note = fc.constantFrom('', '（牵头）', '(牵头单位)', '（联合申报）', '（参与单位）');
    fc.assert(
      fc.property(
        fc.array(fc.tuple(unit, note), { minLength: 1, maxLength: 4 }),
        fc.constantFrom('', '等', '等单位', '等3家单位', '等三家单位', '等多家单位'),
        (units, etc) => {
          const cell = units.map(([name, noted]) => name + noted).join('、') + etc;
          expect(names(cell)).toEqual(units.map(([name]) => name));
        },
      ),
    );
  });
});
