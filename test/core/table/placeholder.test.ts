import fc from 'fast-check';
import { compactKey } from '../../../src/core/normalise/normalise';
import { isPlaceholder, isUnfilled, NO_VALUE_WORD, PENDING_WORD } from '../../../src/core/table/placeholder';

/** Characters that officers leave in a cell, dashes, slashes and the letters of 无, 暂无, N/A among them, in every width. */
const CHARACTERS = [...'-‐‑‒–—―−─/\\－／＼﹣ 　\u200B\u00A0\nA0a０Ａ一无暂空名（）()nNｎ'];

describe('isPlaceholder', () => {
  test.each([
    '—',
    '——',
    '-',
    '－',
    '/',
    '／',
    '\\',
    ' — ',
    '- -',
    '\u200B/',
    '无',
    ' 暂无 ',
    '空',
    '不适用',
    'N/A',
    'ｎａ',
  ])('%j is a placeholder', (text) => {
    expect(isPlaceholder(text)).toBe(true);
  });

  test.each(['', '无名', '-1', '无人机', '空间', 'NAS', '/a', '０', 'Ａ-', '—一—', '（—）'])(
    '%j is none',
    (text) => {
      expect(isPlaceholder(text)).toBe(false);
    },
  );

  it('tells any text as the normalised text tells it: the quick answer for text with content is the same', () => {
    const text = fc.array(fc.constantFrom(...CHARACTERS), { maxLength: 6 }).map((chars) => chars.join(''));
    fc.assert(
      fc.property(text, (written) => {
        const key = compactKey(written);
        expect(isPlaceholder(written)).toBe(/^[-‐‑‒–—―−─/\\]+$/u.test(key) || NO_VALUE_WORD.test(key));
      }),
    );
  });
});

/** Words for a value to come or written elsewhere (待定, 见附件, TBD) and the characters of names around them. */
const PENDING_PIECES = [
  '待定',
  '暂未确定',
  '待补充',
  '见附件',
  '另附',
  '附后',
  'TBD',
  'ｔｂｄ',
  ...'待定见附件后2二名（）【】',
];

describe('isUnfilled', () => {
  test.each([
    '—',
    '暂无',
    '待定',
    ' 待 定 ',
    '（待定）',
    '【待定】',
    '暂定',
    '未定',
    '暂未确定',
    '待确定',
    '待确认',
    '待补充',
    '待补',
    '后补',
    '待填',
    '待填写',
    '待提供',
    '见附件',
    '详见附件',
    '见附件2',
    '详见附件二',
    '见附表',
    '另附',
    '附后',
    'TBD',
  ])('%j is no value', (text) => {
    expect(isUnfilled(text)).toBe(true);
  });

  test.each([
    '',
    '待定区域智能巡检系统',
    '智能传感器平台（暂定）',
    '暂定名：智能网关',
    '汽车附件缺陷视觉检测平台',
    '附件',
    '见微科技有限公司',
    '后补偿控制芯片',
    '待',
    'TBD智能芯片',
  ])('%j is a value', (text) => {
    expect(isUnfilled(text)).toBe(false);
  });

  it('tells any text as the normalised text tells it: the quick answer for text with content is the same', () => {
    const text = fc
      .array(fc.constantFrom(...PENDING_PIECES, ...CHARACTERS), { maxLength: 4 })
      .map((chars) => chars.join(''));
    fc.assert(
      fc.property(text, (written) => {
        expect(isUnfilled(written)).toBe(isPlaceholder(written) || PENDING_WORD.test(compactKey(written)));
      }),
    );
  });
});
