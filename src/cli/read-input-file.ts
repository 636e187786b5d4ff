import { readFile } from 'node:fs/promises';
import { InputFailure, type InputFailureKey } from '../core/input-failure';

/**
 * Reads a file the officer named. A missing file is `file-missing`; anything else that stops reading (a folder, no
 * permission) is the caller's key, so that a winners list that can't be read says so in its own words. The workbook
 * itself, which has no such key, is `file-is-folder` or `file-unreadable`.
 */
export async function readInputFile(path: string, unreadable?: InputFailureKey): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new InputFailure('file-missing', { file: path });
    if (code === 'EISDIR') throw new InputFailure(unreadable ?? 'file-is-folder', { file: path });
    throw new InputFailure(unreadable ?? 'file-unreadable', { file: path });
  }
}
