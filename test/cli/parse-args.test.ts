import { parseCommandLine } from '../../src/cli/parse-args';
import { failureOf } from '../helpers/failure';

/** The command line (src/cli/parse-args.ts): a file whose name starts with "-" is not an option. */

const failure = (argv: string[]) =>
  failureOf(Promise.resolve().then(() => parseCommandLine(argv))).then((f) => [f.key, f.values]);

describe('a file name that starts with "-"', () => {
  test('is told as the whole argument, with the ./ form to write instead', async () => {
    expect(await failure(['-推荐表.xlsx'])).toEqual([
      'unknown-option-or-file',
      { option: '-推荐表.xlsx', file: './-推荐表.xlsx' },
    ]);
    expect(await failure(['--json', '-推荐表.xlsx', '--lang', 'en-US'])).toEqual([
      'unknown-option-or-file',
      { option: '-推荐表.xlsx', file: './-推荐表.xlsx' },
    ]);
  });

  test('is read as the file after --, and in the ./ form', () => {
    for (const argv of [
      ['--json', '--', '-推荐表.xlsx'],
      ['./-推荐表.xlsx', '--json'],
    ]) {
      const request = parseCommandLine(argv);
      expect(request.kind === 'check' && [request.options.file, request.options.json]).toEqual([
        argv.find((arg) => arg.endsWith('.xlsx')),
        true,
      ]);
    }
  });

  test('a mistyped option stays an unknown option', async () => {
    expect(await failure(['推荐表.xlsx', '--frobnicate'])).toEqual([
      'unknown-option',
      { option: '--frobnicate' },
    ]);
    expect(await failure(['推荐表.xlsx', '-x'])).toEqual(['unknown-option', { option: '-x' }]);
  });
});

describe('an option value that starts with "-"', () => {
  test('is told as a value read as an option, with the forms to write instead', async () => {
    expect(await failure(['推荐表.xlsx', '--out', '-副本.xlsx'])).toEqual([
      'option-value-like-option',
      { option: '--out', value: '-副本.xlsx' },
    ]);
    expect(await failure(['推荐表.xlsx', '--winners', '-名单.csv'])).toEqual([
      'option-value-like-option',
      { option: '--winners', value: '-名单.csv' },
    ]);
  });

  test('is read in the --out= form', () => {
    const request = parseCommandLine(['推荐表.xlsx', '--out=-副本.xlsx']);
    expect(request.kind === 'check' && request.options.out).toBe('-副本.xlsx');
  });

  test('an option with nothing after it still lacks its value', async () => {
    expect(await failure(['推荐表.xlsx', '--out'])).toEqual(['missing-option-value', { option: '--out' }]);
    expect(await failure(['推荐表.xlsx', '--out', '--json'])).toEqual([
      'missing-option-value',
      { option: '--out' },
    ]);
  });
});
