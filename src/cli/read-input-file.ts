import { readFile } from 'node:fs/promises';
import { InputFailure, type InputFailureKey } from '../core/input-failure';

/** Read errors that say what is wrong with the file whatever it is for: the officer can act on each of them. */
const FAILURE_OF_CODE: Readonly<Record<string, InputFailureKey>> = {
  ENOENT: 'file-missing',
  ENOTDIR: 'file-missing',
  EACCES: 'file-denied',
  EPERM: 'file-denied',
  // Windows: another program holds the file locked.
  EBUSY: 'file-busy',
  ETXTBSY: 'file-busy',
  ENAMETOOLONG: 'file-name-too-long',
  // Node reads no file over 2 GiB into memory.
  ERR_FS_FILE_TOO_LARGE: 'file-too-large',
};

/**
 * Reads a file the officer named. A missing, forbidden, locked, huge or unnamable file is told as such; a folder or
 * an error of another kind is the caller's key, so that a winners list that can't be read says so in its own words.
 * The workbook itself, which has no such key, is `file-is-folder` or `file-unreadable`.
 */
export async function readInputFile(path: string, unreadable?: InputFailureKey): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const known = code === undefined ? undefined : FAILURE_OF_CODE[code];
    if (known) throw new InputFailure(known, { file: path });
    if (code === 'EISDIR') throw new InputFailure(unreadable ?? 'file-is-folder', { file: path });
    throw new InputFailure(unreadable ?? 'file-unreadable', { file: path });
  }
}
