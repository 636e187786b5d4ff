import fc from 'fast-check';
import { titleKey } from '../../../src/core/normalise/normalise';
import { findingsOf } from '../../helpers/findings';
import { projectSheet, workbook } from '../../helpers/grid';
import { validUscc } from '../../helpers/uscc';
import { winnersFrom } from '../../helpers/winners';

/** A published list prints curly quotes and em dashes; an officer types the title again on a half-width keyboard. */
const winners = winnersFrom([
  ['序号', '揭榜方向', '项目名称', '揭榜单位'],
  [1, '高性能云端人工智能芯片', '“天璇”云端训练芯片', '甲科技有限公司'],
  [2, '智能传感器', '‘灵犀’触觉传感器——二期', '乙科技有限公司'],
]);

test('a title retyped with straight quotes and hyphens is the winner’s title', () => {
  const grid = workbook(
    projectSheet('S', [
      ['甲科技有限公司', validUscc(1), '"天璇"云端训练芯片'],
      ['乙科技有限公司', validUscc(2), "'灵犀'触觉传感器-二期"],
      ['乙科技有限公司', validUscc(3), '＂天璇＂云端训练芯片'],
    ]),
  );
  expect(findingsOf('previous-winner', grid, { winners })).toEqual([
    ['previous-winner', 'S', 2, 'D', 'error'],
    ['previous-winner', 'S', 3, 'D', 'error'],
    ['previous-winner', 'S', 4, 'D', 'warning'],
  ]);
});

/** Each quote or dash as either of two people may type it; any other character as both write it. */
const QUOTES_AND_DASHES = ['"“”', "'‘’", '-—–―‐‑‒−'];
const typedTwice = fc.oneof(
  fc.constantFrom(...'智能芯片二期AI').map((ch) => [ch, ch] as const),
  fc
    .constantFrom(...QUOTES_AND_DASHES)
    .chain((options) => fc.tuple(fc.constantFrom(...options), fc.constantFrom(...options))),
);

test('any quote or dash typed either way gives the same title key', () => {
  fc.assert(
    fc.property(fc.array(typedTwice, { maxLength: 20 }), (chars) => {
      const [one, other] = [0, 1].map((i) => chars.map((twice) => twice[i]).join(''));
      expect(titleKey(one!)).toBe(titleKey(other!));
    }),
  );
});
