import { constants, rmSync } from 'node:fs';
import { access, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { InputFailure } from '../core/input-failure';

/**
 * What the command was doing when writing the copy failed: making a file in the folder (the temporary file), asking
 * whether an existing copy may be overwritten, or putting the finished copy in its place. A refusal means something
 * else at each step: the folder's permission, the file's, or (on Windows, once both were allowed) the file held open
 * by Excel or WPS.
 */
export type OutputStep = 'create-in-folder' | 'overwrite-file' | 'replace-file';

/** A folder where the copy should go: the sentence suggests a name in it, with the system's separator (\ on Windows). */
const folderInTheWay = (file: string) => new InputFailure('out-is-folder', { file, sep });

const isFolder = (path: string) =>
  stat(path).then(
    (found) => found.isDirectory(),
    () => false,
  );

/** The sentence for an error of writing the copy, from its code, the step that met it and the folder as it is now. */
export async function outputFailure(
  code: string | undefined,
  file: string,
  step: OutputStep,
): Promise<InputFailure> {
  const folder = dirname(file);
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      // A folder that exists and yet takes no new file (/proc, a virtual or removed drive) is one the officer can't use.
      return (await isFolder(folder))
        ? new InputFailure('out-folder-denied', { folder })
        : new InputFailure('out-folder-missing', { folder });
    case 'EISDIR':
      return folderInTheWay(file);
    case 'EACCES':
    case 'EPERM':
      if (step === 'create-in-folder') return new InputFailure('out-folder-denied', { folder });
      // Windows refuses to replace a file that Excel holds open with EPERM, after the permission check has passed.
      return new InputFailure(step === 'overwrite-file' ? 'out-file-denied' : 'out-file-busy', { file });
    case 'EBUSY':
    case 'ETXTBSY':
      return new InputFailure('out-file-busy', { file });
    case 'EROFS':
      return new InputFailure('out-read-only-disk', { folder });
    case 'ENOSPC':
    case 'EDQUOT':
      return new InputFailure('out-disk-full', { folder });
    case 'ENAMETOOLONG':
      return new InputFailure('out-name-too-long', { file });
    default:
      return new InputFailure('out-unwritable', { file });
  }
}

const codeOf = (error: unknown) => (error as NodeJS.ErrnoException).code;

/** Runs one step of writing the copy; its error becomes the officer's sentence for that step. */
async function attempt<T>(step: OutputStep, file: string, action: () => Promise<T>): Promise<T> {
  try {
    return await action();
  } catch (error) {
    throw await outputFailure(codeOf(error), file, step);
  }
}

/** Whether two paths name one file: the same path once resolved, or a link to the same file. */
async function sameFile(a: string, b: string): Promise<boolean> {
  if (resolve(a) === resolve(b)) return true;
  const [x, y] = await Promise.all([stat(a).catch(() => undefined), stat(b).catch(() => undefined)]);
  return x !== undefined && y !== undefined && x.ino === y.ino && x.dev === y.dev;
}

/**
 * What stands at the path now, or undefined when nothing does. A name the system can't take fails here, and so does
 * a folder on the way that may not be opened, which is the folder's refusal.
 */
async function existing(file: string) {
  try {
    return await stat(file);
  } catch (error) {
    const code = codeOf(error);
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw await outputFailure(code, file, 'create-in-folder');
  }
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
  const target = await existing(file);
  if (target?.isDirectory()) throw folderInTheWay(file);
  if (!(await isFolder(dirname(file))))
    throw new InputFailure('out-folder-missing', { folder: dirname(file) });
  // The copy is first written as a new file in the folder, so the folder must take one even when the file exists.
  await attempt('create-in-folder', file, () => access(dirname(file), constants.W_OK));
  if (target) await attempt('overwrite-file', file, () => access(file, constants.W_OK));
}

/** The exit codes of a command that a signal stopped, as a shell reports them (128 + the signal's number). */
const STOPPING_SIGNALS = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;

/**
 * While the temporary file exists, Ctrl-C (or closing the window) removes it before the command ends as the signal
 * would have ended it: the default handling ends at once and leaves it in the officer's folder, where Windows does
 * not hide a name beginning with a dot. Returns the function that restores the default handling.
 */
function removeOnStop(temporary: string): () => void {
  const handlers = Object.entries(STOPPING_SIGNALS).map(([signal, code]) => {
    const handler = () => {
      rmSync(temporary, { force: true });
      process.exit(code);
    };
    process.once(signal, handler);
    return [signal, handler] as const;
  });
  return () => {
    for (const [signal, handler] of handlers) process.off(signal, handler);
  };
}

/**
 * Writes the copy whole or not at all: into a temporary file beside it, then renamed over the target, so that a
 * failure halfway, or Ctrl-C, never leaves half a workbook under the officer's name nor the temporary file.
 */
export async function writeOutputFile(file: string, bytes: Uint8Array): Promise<void> {
  // Short, so that a target name near the file system's 255-byte limit still has room for it.
  const temporary = join(dirname(file), `.quota-check-${process.pid}-${Date.now()}.tmp`);
  const restoreStop = removeOnStop(temporary);
  try {
    await attempt('create-in-folder', file, () => writeFile(temporary, bytes, { flag: 'wx' }));
    await attempt('replace-file', file, () => rename(temporary, file));
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  } finally {
    restoreStop();
  }
}
