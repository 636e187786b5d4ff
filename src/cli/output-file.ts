import { constants } from 'node:fs';
import { access, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { InputFailure } from '../core/input-failure';

/** The sentence for an error of writing the copy: a missing folder, a folder in the way, or a locked file. */
export function outputFailure(code: string | undefined, file: string): InputFailure {
  if (code === 'ENOENT' || code === 'ENOTDIR')
    return new InputFailure('out-folder-missing', { folder: dirname(file) });
  if (code === 'EISDIR') return new InputFailure('out-is-folder', { file });
  return new InputFailure('out-unwritable', { file });
}

const codeOf = (error: unknown) => (error as NodeJS.ErrnoException).code;

/** Whether two paths name one file: the same path once resolved, or a link to the same file. */
async function sameFile(a: string, b: string): Promise<boolean> {
  if (resolve(a) === resolve(b)) return true;
  const [x, y] = await Promise.all([stat(a).catch(() => undefined), stat(b).catch(() => undefined)]);
  return x !== undefined && y !== undefined && x.ino === y.ino && x.dev === y.dev;
}

/**
 * Makes sure the copy can be written before any work is done, and that it is not a file the command reads under
 * another name: the input, or a list given to an option (`{'--winners': 'winners.xlsx'}`).
 */
export async function checkOutputPath(
  file: string,
  input: string,
  lists: Readonly<Record<string, string | undefined>> = {},
): Promise<void> {
  if (await sameFile(file, input)) throw new InputFailure('out-is-input', { file: input });
  for (const [option, list] of Object.entries(lists)) {
    if (list !== undefined && (await sameFile(file, list)))
      throw new InputFailure('out-is-list', { file: list, option });
  }
  const target = await stat(file).catch(() => undefined);
  if (target?.isDirectory()) throw new InputFailure('out-is-folder', { file });
  const folder = await stat(dirname(file)).catch(() => undefined);
  if (!folder?.isDirectory()) throw new InputFailure('out-folder-missing', { folder: dirname(file) });
  try {
    await access(target ? file : dirname(file), constants.W_OK);
  } catch (error) {
    throw outputFailure(codeOf(error), file);
  }
}

/**
 * Writes the copy whole or not at all: into a temporary file beside it, then renamed over the target, so that a
 * failure halfway never leaves half a workbook under the officer's name.
 */
export async function writeOutputFile(file: string, bytes: Uint8Array): Promise<void> {
  // Short, so that a target name near the file system's 255-byte limit still has room for it.
  const temporary = join(dirname(file), `.quota-check-${process.pid}-${Date.now()}.tmp`);
  try {
    await writeFile(temporary, bytes, { flag: 'wx' });
    await rename(temporary, file);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw outputFailure(codeOf(error), file);
  }
}
