import { parseDirectionGrid, parseDirectionText } from '../core/directions/parse-direction-list';
import { InputFailure } from '../core/input-failure';
import { isReadableText } from '../core/readable-text';
import type { Direction, Profile } from '../core/profile';
import { listFailure } from '../core/list-failure';
import type { ListReading } from '../core/list-sheets';
import { parseWinners, type WinnersList } from '../core/winners/winners-list';
import { decodeTextFile } from './decode-text';
import { readTableFile } from './read-table-file';
import { extensionOf } from './file-name';

/** The previous winners list from a file's bytes (.xlsx, .csv), for the CLI and the page alike. */
export async function readWinners(
  bytes: Uint8Array,
  fileName: string,
  profile: Profile,
): Promise<WinnersList> {
  const grid = await readTableFile(bytes, fileName, 'winners-unreadable');
  const reading = parseWinners(grid, profile);
  if (!reading.ok) throw listFailure('winners', reading, fileName);
  return reading.list;
}

/** The guide's direction list from a file's bytes: .txt one direction a line (or `类别<Tab>方向`), .xlsx or .csv. */
export async function readDirections(
  bytes: Uint8Array,
  fileName: string,
  profile: Profile,
): Promise<Direction[]> {
  const reading: ListReading<Direction[]> = ['txt', 'text', ''].includes(extensionOf(fileName))
    ? { ok: true, list: parseDirectionText(readableText(bytes, fileName), profile) }
    : parseDirectionGrid(await readTableFile(bytes, fileName, 'directions-unreadable'), profile);
  if (!reading.ok) throw listFailure('directions', reading, fileName);
  if (reading.list.length === 0) throw new InputFailure('directions-empty', { file: fileName });
  return reading.list;
}

/** A text list's bytes decoded; a file that is no text (a workbook renamed .txt, say) can't be read as one. */
function readableText(bytes: Uint8Array, fileName: string): string {
  const text = decodeTextFile(bytes, fileName);
  if (!isReadableText(text)) throw new InputFailure('directions-unreadable', { file: fileName });
  return text;
}
