import fc from 'fast-check';
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

describe('an option typed with dashes that are not the ASCII "-"', () => {
  /** What a Chinese input method, full-width typing, or Word and WeChat make of "-". */
  const notHyphens = ['—', '–', '－', '﹣', '‐', '―', '−'];
  const options = ['json', 'out', 'lang', 'winners', 'sheet', 'help', 'version', 'recommender-type'];

  test('is told as such, with the option written as it should be, wherever it stands', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom('-', ...notHyphens), { maxLength: 2 }),
        fc.constantFrom(...notHyphens),
        fc.array(fc.constantFrom('-', ...notHyphens), { maxLength: 2 }),
        fc.constantFrom(...options),
        fc.option(fc.constantFrom('=en-US', '=副本.xlsx'), { nil: '' }),
        fc.boolean(),
        async (before, oneNotHyphen, after, option, value, first) => {
          const arg = [...before, oneNotHyphen, ...after].join('') + option + value;
          const argv = first ? [arg, '推荐表.xlsx'] : ['推荐表.xlsx', '--json', arg];
          expect(await failure(argv)).toEqual([
            'option-misdashed',
            { option: arg, fixed: `--${option}${value}` },
          ]);
        },
      ),
    );
  });

  test('leaves a file name that begins with a dash, and anything after --, as a file', async () => {
    const request = parseCommandLine(['—推荐表.xlsx', '--json']);
    expect(request.kind === 'check' && request.options.file).toBe('—推荐表.xlsx');
    expect(await failure(['推荐表.xlsx', '--', '——json'])).toEqual([
      'too-many-inputs',
      { files: '推荐表.xlsx、——json' },
    ]);
  });
});

describe('an empty value, as a script passes an unset variable', () => {
  const stringOptions = ['sheet', 'recommender-type', 'winners', 'directions', 'profile', 'out', 'lang'];

  test('is a value missing, whether written with = or after a space', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...stringOptions), fc.boolean(), async (option, joined) => {
        const given = joined ? [`--${option}=`] : [`--${option}`, ''];
        expect(await failure(['推荐表.xlsx', ...given, '--json'])).toEqual([
          'missing-option-value',
          { option: `--${option}` },
        ]);
      }),
    );
  });

  test('names no file: alone it is no file given, beside a file it is nothing', async () => {
    expect(await failure(['', '--json'])).toEqual(['no-input', {}]);
    const request = parseCommandLine(['', '推荐表.xlsx']);
    expect(request.kind === 'check' && request.options.file).toBe('推荐表.xlsx');
  });
});

describe('a full-width space, typed with a Chinese input method between the file and an option', () => {
  const options = ['json', 'out', 'lang', 'winners', 'sheet', 'help', 'recommender-type'];

  test('is told as such, whichever side of it the option stands', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...options),
        fc.constantFrom('--', '——'),
        fc.boolean(),
        async (option, dashes, optionFirst) => {
          const arg = optionFirst
            ? `${dashes}${option}\u3000名单.csv`
            : `推荐表.xlsx\u3000${dashes}${option}`;
          const argv = optionFirst ? ['推荐表.xlsx', arg] : [arg, '--json'];
          expect(await failure(argv)).toEqual(['full-width-space', { arg }]);
        },
      ),
    );
  });

  test('in a file name with no option in it, stays part of the name', () => {
    const request = parseCommandLine(['推荐\u3000汇总表.xlsx', '--json']);
    expect(request.kind === 'check' && request.options.file).toBe('推荐\u3000汇总表.xlsx');
  });
});

describe('an option and its value joined into one argument, as quotes around both make them', () => {
  test('is told so, with the two written apart', async () => {
    expect(await failure(['推荐表.xlsx', '--winners r7-list.csv'])).toEqual([
      'option-joined-with-value',
      { arg: '--winners r7-list.csv', option: '--winners', value: 'r7-list.csv' },
    ]);
  });

  test('with the option it most likely meant when misspelt', async () => {
    expect(await failure(['推荐表.xlsx', '--winner 名单 2020.csv'])).toEqual([
      'option-joined-with-value',
      { arg: '--winner 名单 2020.csv', option: '--winners', value: '名单 2020.csv' },
    ]);
  });
});
