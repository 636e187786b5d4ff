import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { outputFailure, writeOutputFile } from '../../src/cli/output-file';
import { InputFailure } from '../../src/core/input-failure';
import { useTempDir } from '../helpers/cli-inputs';
import { failureOf } from '../helpers/failure';

/**
 * Writing the copy (src/cli/output-file.ts). A workbook open in Excel on Windows makes the write fail with EBUSY or
 * EPERM, which no test on Linux can bring about; the mapping of those codes to the officer's sentence is covered
 * here instead.
 */

describe('outputFailure maps the error of a write to a sentence', () => {
  const file = join('some', 'folder', '推荐汇总表-已校验.xlsx');

  test.each([['ENOENT'], ['ENOTDIR']])('%s: the folder is missing, and the sentence names it', (code) => {
    const failure = outputFailure(code, file);
    expect(failure).toBeInstanceOf(InputFailure);
    expect(failure.key).toBe('out-folder-missing');
    expect(failure.values).toEqual({ folder: join('some', 'folder') });
  });

  test('EISDIR: the target is a folder', () => {
    const failure = outputFailure('EISDIR', file);
    expect(failure.key).toBe('out-is-folder');
    expect(failure.values).toEqual({ file });
  });

  test.each([['EACCES'], ['EPERM'], ['EBUSY'], ['EROFS']])(
    '%s: the target is read-only, locked or open in Excel',
    (code) => {
      const failure = outputFailure(code, file);
      expect(failure.key).toBe('out-unwritable');
      expect(failure.values).toEqual({ file });
    },
  );

  test('an error without a code is told as unwritable, not as a missing folder', () => {
    expect(outputFailure(undefined, file).key).toBe('out-unwritable');
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
});
