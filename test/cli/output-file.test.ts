import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import * as fsp from 'node:fs/promises';
import { dirname, join, sep } from 'node:path';
import { checkOutputPath, outputFailure, writeOutputFile } from '../../src/cli/output-file';
import { messagesFor } from '../../src/i18n';
import { useTempDir } from '../helpers/cli-inputs';
import { failureOf } from '../helpers/failure';

jest.mock('node:fs/promises', () => {
  const actual = jest.requireActual<typeof fsp>('node:fs/promises');
  return {
    ...actual,
    access: jest.fn(actual.access),
    stat: jest.fn(actual.stat),
    writeFile: jest.fn(actual.writeFile),
    rename: jest.fn(actual.rename),
  };
});

/**
 * Writing the copy (src/cli/output-file.ts). Most refusals can't be brought about here: the tests run as root, whom
 * no permission stops, and Excel's hold on an open file exists only on Windows. Those are faked at the file system
 * calls, each on the path it concerns, so that what is told depends on the step that met the error, as it will.
 */

type FailingCall = 'access' | 'stat' | 'writeFile' | 'rename';

/** Makes the next calls of `call` on paths that `which` picks fail with `code`; other calls run as usual. */
function refuse(call: FailingCall, which: (path: string) => boolean, code: string): void {
  const actual = jest.requireActual<typeof fsp>('node:fs/promises');
  const fake = (path: unknown, ...rest: unknown[]) =>
    which(String(path))
      ? Promise.reject(Object.assign(new Error(`${code}: faked`), { code }))
      : (actual[call] as (...args: unknown[]) => Promise<unknown>)(path, ...rest);
  jest.mocked(fsp[call]).mockImplementation(fake as never);
}

/** A promise and the function that resolves it (Promise.withResolvers, which Node 20 lacks). */
function withResolvers(): { promise: Promise<void>; resolve: () => void } {
  // The executor runs at once, so resolve is set before it is returned.
  let resolve!: () => void;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}

afterEach(() => {
  const actual = jest.requireActual<typeof fsp>('node:fs/promises');
  for (const call of ['access', 'stat', 'writeFile', 'rename'] as const)
    jest.mocked(fsp[call]).mockImplementation(actual[call] as never);
});

describe('a copy that cannot be written is told by what stopped it', () => {
  const tmp = useTempDir();
  const bytes = Uint8Array.of(1, 2, 3);
  const input = () => tmp.current().write('推荐汇总表.xlsx', 'the input');

  /** Checks the path and writes the copy as the command does; returns the failure as [key, values]. */
  async function writeCopy(target: string) {
    const failure = await failureOf(
      checkOutputPath(target, input()).then(() => writeOutputFile(target, bytes)),
    );
    expect(readdirSync(tmp.current().path).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    return [failure.key, failure.values];
  }

  const inFolder = (name = '推荐汇总表-已校验.xlsx') => tmp.current().file(name);
  const isFolderOf = (target: string) => (path: string) => path === dirname(target);
  const isTemporary = (path: string) => path.endsWith('.tmp');

  test.each([['EACCES'], ['EPERM']])('a folder without permission (%s), for a new copy', async (code) => {
    const target = inFolder();
    refuse('access', isFolderOf(target), code);
    expect(await writeCopy(target)).toEqual(['out-folder-denied', { folder: dirname(target) }]);
  });

  test('a folder without permission, where the copy exists: the folder is told, not Excel', async () => {
    const target = tmp.current().write('推荐汇总表-已校验.xlsx', 'an older copy');
    refuse('access', isFolderOf(target), 'EACCES');
    expect(await writeCopy(target)).toEqual(['out-folder-denied', { folder: dirname(target) }]);
    expect(readFileSync(target, 'utf8')).toBe('an older copy');
  });

  test('a folder that refuses the new file only when it is made', async () => {
    const target = inFolder();
    refuse('writeFile', isTemporary, 'EACCES');
    expect(await writeCopy(target)).toEqual(['out-folder-denied', { folder: dirname(target) }]);
  });

  test('a folder on the way that may not be opened', async () => {
    const target = inFolder();
    refuse('stat', (path) => path === target, 'EACCES');
    expect(await writeCopy(target)).toEqual(['out-folder-denied', { folder: dirname(target) }]);
  });

  test.each([['EACCES'], ['EPERM']])('an existing copy without permission (%s)', async (code) => {
    const target = tmp.current().write('推荐汇总表-已校验.xlsx', 'an older copy');
    refuse('access', (path) => path === target, code);
    expect(await writeCopy(target)).toEqual(['out-file-denied', { file: target }]);
  });

  test.each([['EPERM'], ['EACCES'], ['EBUSY']])(
    'an existing copy that Windows will not replace (%s: open in Excel or WPS)',
    async (code) => {
      const target = tmp.current().write('推荐汇总表-已校验.xlsx', 'an older copy');
      refuse('rename', (path) => path === target || isTemporary(path), code);
      expect(await writeCopy(target)).toEqual(['out-file-busy', { file: target }]);
      expect(readFileSync(target, 'utf8')).toBe('an older copy');
    },
  );

  test('a read-only disk (EROFS)', async () => {
    const target = inFolder();
    refuse('access', isFolderOf(target), 'EROFS');
    expect(await writeCopy(target)).toEqual(['out-read-only-disk', { folder: dirname(target) }]);
  });

  test.each([['ENOSPC'], ['EDQUOT']])('a full disk (%s), met while writing', async (code) => {
    const target = inFolder();
    refuse('writeFile', isTemporary, code);
    expect(await writeCopy(target)).toEqual(['out-disk-full', { folder: dirname(target) }]);
  });

  test('an error of no known kind: told that the copy can’t be written, with no guess why', async () => {
    const target = inFolder();
    refuse('writeFile', isTemporary, 'EIO');
    expect(await writeCopy(target)).toEqual(['out-unwritable', { file: target }]);
  });

  test('a name longer than the file system takes (ENAMETOOLONG, met for real)', async () => {
    const target = inFolder(`${'推'.repeat(86)}.xlsx`);
    expect(await writeCopy(target)).toEqual(['out-name-too-long', { file: target }]);
  });

  (existsSync('/proc/self') ? test : test.skip)(
    'a folder that exists and takes no new file (/proc, met for real)',
    async () => {
      expect(await writeCopy('/proc/copy.xlsx')).toEqual(['out-folder-denied', { folder: '/proc' }]);
    },
  );

  test('a folder of that name: the name suggested in it is joined with the system’s separator', async () => {
    const target = inFolder('副本.xlsx');
    mkdirSync(target);
    expect(await writeCopy(target)).toEqual(['out-is-folder', { file: target, sep }]);
    // The sentence is the point: on Windows it reads C:\…\副本.xlsx\推荐汇总表-已校验.xlsx, not …副本.xlsx/推荐….
    const windows = { file: 'C:\\Users\\张三\\副本.xlsx', sep: '\\' };
    expect(messagesFor('zh-CN').failures['out-is-folder'](windows)).toContain(
      'C:\\Users\\张三\\副本.xlsx\\推荐汇总表-已校验.xlsx',
    );
    expect(messagesFor('en-US').failures['out-is-folder'](windows)).toContain(
      '副本.xlsx\\recommendations-checked',
    );
  });

  test.each([['ENOENT'], ['ENOTDIR']])('a folder gone before the copy is written (%s)', async (code) => {
    const target = tmp.current().file(join('gone', 'copy.xlsx'));
    const failure = await outputFailure(code, target, 'create-in-folder');
    expect([failure.key, failure.values]).toEqual(['out-folder-missing', { folder: dirname(target) }]);
  });
});

describe('writeOutputFile', () => {
  const tmp = useTempDir();
  const bytes = Uint8Array.from({ length: 3000 }, (_, i) => (i * 37) & 0xff);
  const temporaries = (folder: string) => readdirSync(folder).filter((name) => name.endsWith('.tmp'));

  test('writes the bytes, and nothing else', async () => {
    const target = tmp.current().file('copy.xlsx');
    await writeOutputFile(target, bytes);
    expect(new Uint8Array(readFileSync(target))).toEqual(bytes);
    expect(readdirSync(tmp.current().path)).toEqual(['copy.xlsx']);
  });

  test('writes a name near the file system’s 255-byte limit (81 Chinese characters and .xlsx: 248 bytes)', async () => {
    const name = `${'推'.repeat(81)}.xlsx`;
    expect(Buffer.byteLength(name)).toBe(248);
    const target = tmp.current().file(name);
    await writeOutputFile(target, bytes);
    expect(new Uint8Array(readFileSync(target))).toEqual(bytes);
  });

  test('replaces an existing file whole', async () => {
    const target = tmp.current().write('copy.xlsx', 'an older, longer copy '.repeat(500));
    await writeOutputFile(target, bytes);
    expect(new Uint8Array(readFileSync(target))).toEqual(bytes);
    expect(statSync(target).size).toBe(bytes.length);
    expect(readdirSync(tmp.current().path)).toEqual(['copy.xlsx']);
  });

  test('in a missing folder: out-folder-missing, and nothing is created', async () => {
    const target = tmp.current().file(join('missing', 'copy.xlsx'));
    const failure = await failureOf(writeOutputFile(target, bytes));
    expect(failure.key).toBe('out-folder-missing');
    expect(failure.values).toEqual({ folder: dirname(target) });
    expect(readdirSync(tmp.current().path)).toEqual([]);
  });

  test('over a folder: the temporary file, already written, is removed again', async () => {
    // The temporary file is written, then renaming it over the folder fails (EISDIR): the failure after the write.
    const target = tmp.current().file('copies.xlsx');
    mkdirSync(target);
    writeFileSync(join(target, 'keep.txt'), 'the officer’s file');
    const failure = await failureOf(writeOutputFile(target, bytes));
    expect(failure.key).toBe('out-is-folder');
    expect(temporaries(tmp.current().path)).toEqual([]);
    expect(readdirSync(tmp.current().path)).toEqual(['copies.xlsx']);
    expect(readdirSync(target)).toEqual(['keep.txt']);
  });

  test('over an empty folder too', async () => {
    const target = tmp.current().file('empty.xlsx');
    mkdirSync(target);
    const failure = await failureOf(writeOutputFile(target, bytes));
    expect(failure.key).toBe('out-is-folder');
    expect(temporaries(tmp.current().path)).toEqual([]);
    expect(statSync(target).isDirectory()).toBe(true);
    expect(readdirSync(tmp.current().path)).toEqual(['empty.xlsx']);
  });

  describe('stopped while writing (Ctrl-C, the window closed)', () => {
    test.each([
      ['SIGINT', 130],
      ['SIGTERM', 143],
      ['SIGHUP', 129],
    ] as const)('%s removes the temporary file and ends with %i', async (signal, code) => {
      const target = tmp.current().file('copy.xlsx');
      const actual = jest.requireActual<typeof fsp>('node:fs/promises');
      // The temporary file is written, and the write ends only when released: the signal comes while it is under way.
      const released = withResolvers();
      const written = withResolvers();
      jest.mocked(fsp.writeFile).mockImplementation((async (path: string, data: Uint8Array) => {
        await actual.writeFile(path, data);
        written.resolve();
        await released.promise;
      }) as never);
      const exit = jest.spyOn(process, 'exit').mockImplementation((() => undefined) as never);
      try {
        const writing = writeOutputFile(target, bytes).catch(() => undefined);
        await written.promise;
        expect(temporaries(tmp.current().path)).toHaveLength(1);
        process.emit(signal);
        expect(exit).toHaveBeenCalledWith(code);
        expect(readdirSync(tmp.current().path)).toEqual([]);
        // Here the process would have ended; released, the write ends and restores the usual handling.
        released.resolve();
        await writing;
      } finally {
        exit.mockRestore();
      }
    });

    test('once the copy is written, Ctrl-C has its usual effect again', async () => {
      const before = ['SIGINT', 'SIGTERM', 'SIGHUP'].map((signal) => process.listenerCount(signal));
      await writeOutputFile(tmp.current().file('copy.xlsx'), bytes);
      await failureOf(writeOutputFile(tmp.current().file(join('missing', 'copy.xlsx')), bytes));
      expect(['SIGINT', 'SIGTERM', 'SIGHUP'].map((signal) => process.listenerCount(signal))).toEqual(before);
    });
  });
});
