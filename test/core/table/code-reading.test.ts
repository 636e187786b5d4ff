import fc from 'fast-check';
import type { Entry } from '../../../src/core/table/entry';
import { cellsAt } from '../../../src/core/table/entry';
import { readCode } from '../../../src/core/table/code-reading';
import { canonicalUscc, USCC_ALPHABET, usccProblem } from '../../../src/core/uscc';
import { validUscc } from '../../helpers/uscc';

/** A row whose 统一社会信用代码 cell writes `text`, beside one unit. */
const rowWriting = (text: string): Entry => {
  const byPlace = [];
  byPlace[1] = { value: '星河智算科技有限公司', text: '星河智算科技有限公司' };
  byPlace[3] = { value: text, text };
  return { sheet: 'S', row: 2, index: 0, hidden: false, cells: cellsAt(byPlace) };
};

/**
 * A code cell is read as its code canonicalised and that code's problem, however it is told: most cells write a code
 * of the alphabet alone, which is taken as written in one pass; any other is canonicalised first.
 */
describe('reading a code cell', () => {
  test.each([
    ['a valid code', validUscc(1), validUscc(1), undefined],
    [
      'a wrong check character',
      validUscc(1).slice(0, 17) + (validUscc(1).endsWith('0') ? '1' : '0'),
      undefined,
      'check',
    ],
    ['a lower-case code', validUscc(1).toLowerCase(), validUscc(1), undefined],
    [
      'full-width digits',
      validUscc(1).replace(/\d/gu, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)),
      validUscc(1),
      undefined,
    ],
    ['a letter outside the alphabet', 'I' + validUscc(1).slice(1), 'I' + validUscc(1).slice(1), 'alphabet'],
    [
      'a letter outside it last',
      validUscc(1).slice(0, 17) + 'O',
      validUscc(1).slice(0, 17) + 'O',
      'alphabet',
    ],
  ])('%s', (_, text, code, problem) => {
    const reading = readCode(rowWriting(text));
    expect(reading?.code).toBe(code ?? text);
    expect(reading?.problem).toBe(problem);
  });

  test('gives every 18-character text the code and problem that canonicalising and checking it gives', () => {
    // Mostly the alphabet, so that most texts are codes; now and then a character that canonicalising folds or drops.
    const character = fc.oneof(
      { arbitrary: fc.constantFrom(...USCC_ALPHABET), weight: 30 },
      { arbitrary: fc.constantFrom(...'ioszv-ａ１Ｂ ', '\u200B'), weight: 1 },
    );
    const text = fc.array(character, { minLength: 18, maxLength: 18 }).map((chars) => chars.join(''));
    let compared = 0;
    fc.assert(
      fc.property(text, (written) => {
        const problem = usccProblem(written);
        // A code too short or of other characters is read with what it writes beside it (extra).
        if (problem === 'length' || problem === 'alphabet') return;
        expect(readCode(rowWriting(written))).toMatchObject({ code: canonicalUscc(written), problem });
        compared++;
      }),
      { numRuns: 300 },
    );
    expect(compared).toBeGreaterThan(150);
  });
});
