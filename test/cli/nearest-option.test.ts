import { nearestOption } from '../../src/cli/nearest-option';
import { parseCommandLine } from '../../src/cli/parse-args';
import { failureOf } from '../helpers/failure';

const failure = (argv: string[]) =>
  failureOf(Promise.resolve().then(() => parseCommandLine(argv))).then((f) => [f.key, f.values]);

describe('an unknown option near one of the options', () => {
  test.each([
    ['--direction', '--directions'],
    ['--winner', '--winners'],
    ['--sheets', '--sheet'],
    ['--jsno', '--json'],
    ['--output', '--out'],
    ['--language', '--lang'],
    ['--recommender', '--recommender-type'],
  ])('%s is told with %s to write instead', async (typed, nearest) => {
    expect(await failure(['推荐表.xlsx', typed, 'x'])).toEqual([
      'unknown-option-near',
      { option: typed, nearest },
    ]);
  });

  test('is named without its value', async () => {
    expect(await failure(['推荐表.xlsx', '--direction=方向.txt'])).toEqual([
      'unknown-option-near',
      { option: '--direction', nearest: '--directions' },
    ]);
  });
});

describe('an unknown option near none, or as near two', () => {
  test.each([['--frobnicate'], ['--type'], ['--o']])(
    '%s is told as unknown, with no guess',
    async (typed) => {
      expect(await failure(['推荐表.xlsx', typed])).toEqual(['unknown-option', { option: typed }]);
    },
  );

  test('gets no guess between two options equally near', () => {
    expect(nearestOption('--abd', ['abc', 'abe'])).toBeUndefined();
    expect(nearestOption('--abd', ['abc', 'xyz'])).toBe('--abc');
  });
});
