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

/** What a file the officer named is for: the workbook to check, or one of the files that the options name. */
export type InputFileRole = 'workbook' | 'winners' | 'directions' | 'profile';

/** The sentences that name the file by its role: a folder given in its place, and a read that failed otherwise. */
const FAILURES_OF_ROLE: Readonly<
  Record<InputFileRole, { folder: InputFailureKey; unreadable: InputFailureKey }>
> = {
  workbook: { folder: 'file-is-folder', unreadable: 'file-unreadable' },
  winners: { folder: 'winners-is-folder', unreadable: 'winners-unreadable' },
  directions: { folder: 'directions-is-folder', unreadable: 'directions-unreadable' },
  profile: { folder: 'profile-is-folder', unreadable: 'profile-unreadable' },
};

/**
 * Reads a file the officer named. A missing, forbidden, locked, huge or unnamable file is told as such; a folder, or
 * an error of another kind, in the words of the file's role, so that a folder given as the winners list asks for the
 * list in it.
 */
export async function readInputFile(path: string, role: InputFileRole = 'workbook'): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const known = code === undefined ? undefined : FAILURE_OF_CODE[code];
    if (known) throw new InputFailure(known, { file: path });
    const failures = FAILURES_OF_ROLE[role];
    throw new InputFailure(code === 'EISDIR' ? failures.folder : failures.unreadable, { file: path });
  }
}
