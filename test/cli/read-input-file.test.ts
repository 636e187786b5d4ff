import * as fsp from 'node:fs/promises';
import { readInputFile } from '../../src/cli/read-input-file';
import { messagesFor } from '../../src/i18n';
import { useTempDir } from '../helpers/cli-inputs';
import { failureOf } from '../helpers/failure';

jest.mock('node:fs/promises', () => {
  const actual = jest.requireActual<typeof fsp>('node:fs/promises');
  return { ...actual, readFile: jest.fn(actual.readFile) };
});

/**
 * Reading the files the officer names (src/cli/read-input-file.ts). A lock (Windows), a refusal (the tests run as
 * root) and a file over 2 GiB can't be brought about here; they are faked at readFile.
 */

/** Makes the next reads fail with `code`. */
function failReads(code: string): void {
  jest
    .mocked(fsp.readFile)
    .mockImplementation(() => Promise.reject(Object.assign(new Error(`${code}: faked`), { code })));
}

afterEach(() => {
  const actual = jest.requireActual<typeof fsp>('node:fs/promises');
  jest.mocked(fsp.readFile).mockImplementation(actual.readFile as never);
});

describe('a file that cannot be read is told by what stopped it', () => {
  const tmp = useTempDir();

  test.each([
    ['EACCES', 'file-denied'],
    ['EPERM', 'file-denied'],
    ['EBUSY', 'file-busy'],
    ['ETXTBSY', 'file-busy'],
    ['ERR_FS_FILE_TOO_LARGE', 'file-too-large'],
  ])('%s, for the workbook and for a list alike', async (code, key) => {
    failReads(code);
    const file = tmp.current().file('推荐汇总表.xlsx');
    expect((await failureOf(readInputFile(file))).key).toBe(key);
    expect((await failureOf(readInputFile(file, 'winners'))).key).toBe(key);
  });

  test('a name longer than the file system takes', async () => {
    const file = tmp.current().file(`${'推荐汇总表'.repeat(30)}.xlsx`);
    const failure = await failureOf(readInputFile(file));
    expect([failure.key, failure.values]).toEqual(['file-name-too-long', { file }]);
  });

  test('an error of another kind stays the caller’s sentence', async () => {
    failReads('EIO');
    const file = tmp.current().file('名单.csv');
    expect((await failureOf(readInputFile(file))).key).toBe('file-unreadable');
    expect((await failureOf(readInputFile(file, 'winners'))).key).toBe('winners-unreadable');
  });

  test.each([
    ['workbook', 'file-is-folder'],
    ['winners', 'winners-is-folder'],
    ['directions', 'directions-is-folder'],
    ['profile', 'profile-is-folder'],
  ] as const)('a folder given as the %s is told as a folder of that role', async (role, key) => {
    const folder = tmp.current().file('名单');
    await fsp.mkdir(folder);
    const failure = await failureOf(readInputFile(folder, role));
    expect([failure.key, failure.values]).toEqual([key, { file: folder }]);
  });

  test.each([
    ['file-denied'],
    ['file-busy'],
    ['file-too-large'],
    ['file-name-too-long'],
    ['winners-is-folder'],
    ['directions-is-folder'],
    ['profile-is-folder'],
  ] as const)('%s names the file and says what to do, in both languages', (key) => {
    const zh = messagesFor('zh-CN').failures[key]({ file: 'C:\\推荐\\表.xlsx' });
    const en = messagesFor('en-US').failures[key]({ file: 'C:\\推荐\\表.xlsx' });
    expect(zh).toContain('“C:\\推荐\\表.xlsx”');
    expect(zh).toMatch(/请/);
    expect(zh).not.toContain('文件为空');
    expect(en).toContain('"C:\\推荐\\表.xlsx"');
  });
});
