import fc from 'fast-check';
import { normalise, titleKey } from '../../src/core/normalise/normalise';
import { similarityKey, titleKeys } from '../../src/core/normalise/title-keys';

/**
 * Characters of every part a code unit can play in the keys: CJK ideographs, letters and digits kept, ASCII
 * capitals lower-cased, marks left out, full-width parentheses replaced; and those the keys can't take one by one:
 * spaces, what NFKC folds (Ａ, ①, ㈱), a combining accent that composes with the letter before it, brackets that
 * are folded, zero-width spaces, letters outside ASCII whose lower case depends on their place (Σ), and a
 * character outside the basic plane.
 */
const CHARACTERS = [
  ...'智能传感器芯片AbZz09_-—–.“”‘’「」『』（）()《》、。·+|$~Ａ①㈱é\u0301Σ【】〔〕 \u3000\u00A0\u200B\t\n😀',
];

const titles = fc.oneof(
  fc.string({ unit: fc.constantFrom(...CHARACTERS), maxLength: 24 }),
  // Mostly the characters of real titles, with now and then one of the rest.
  fc.string({
    unit: fc.constantFrom(...'面向智慧港口的MEMS传感器“天璇”研制（二期）AI芯片-RISC-V——‘’'),
    maxLength: 40,
  }),
);

describe('the keys of a title', () => {
  test('the similarity key drops every space, punctuation mark and symbol, and lower-cases', () => {
    fc.assert(
      fc.property(titles, (title) => {
        const full = normalise(title)
          .replace(/[\s\p{P}\p{S}]/gu, '')
          .toLowerCase();
        expect(similarityKey(title)).toBe(full);
      }),
      { numRuns: 2000 },
    );
  });

  test('are the titleKey and the similarityKey of the title, whatever characters it holds', () => {
    fc.assert(
      fc.property(titles, (title) => {
        expect(titleKeys(title)).toEqual({ exact: titleKey(title), similar: similarityKey(title) });
      }),
      { numRuns: 4000 },
    );
  });

  test.each([
    ['“天璇”MEMS传感器（二期）', '"天璇"mems传感器(二期)', '天璇mems传感器二期'],
    ['云端芯片 A', '云端芯片a', '云端芯片a'],
    ['e\u0301芯片', 'é芯片', 'é芯片'],
    ['ΑΣ芯片', 'ας芯片', 'ας芯片'],
    ['《蓝鲸多语种机器翻译系统》', '蓝鲸多语种机器翻译系统', '蓝鲸多语种机器翻译系统'],
    [' 《云端芯片 A（二期）》 ', '云端芯片a(二期)', '云端芯片a二期'],
    ['“天枢芯片”', '天枢芯片', '天枢芯片'],
    ['「天璇」MEMS传感器', '"天璇"mems传感器', '天璇mems传感器'],
    ['『天璇』芯片', "'天璇'芯片", '天璇芯片'],
    ['「天枢芯片」', '天枢芯片', '天枢芯片'],
    ['《天枢》与《玄武》芯片', '《天枢》与《玄武》芯片', '天枢与玄武芯片'],
    ['《》', '《》', ''],
    ['面向数据中心的训练芯片项目', '面向数据中心的训练芯片', '面向数据中心的训练芯片'],
    ['《训练芯片 项目》', '训练芯片', '训练芯片'],
    ['训练芯片项目。', '训练芯片', '训练芯片'],
    ['《训练芯片》项目；', '训练芯片', '训练芯片'],
    ['“训练芯片。”', '训练芯片', '训练芯片'],
    ['训练芯片……', '训练芯片', '训练芯片'],
    ['训练芯片、推断芯片', '训练芯片、推断芯片', '训练芯片推断芯片'],
    ['。', '。', ''],
    ['项目', '项目', '项目'],
    ['项目管理平台', '项目管理平台', '项目管理平台'],
  ])('of %s', (title, exact, similar) => {
    expect(titleKeys(title)).toEqual({ exact, similar });
  });

  test('take a title in 《》 for the title itself', () => {
    const plain = titles.filter((title) => !/[《》“”"「」]/u.test(title) && titleKey(title) !== '');
    fc.assert(
      fc.property(plain, (title) => {
        expect(titleKeys(`《${title}》`).exact).toBe(titleKeys(title).exact);
      }),
      { numRuns: 1000 },
    );
  });
});
