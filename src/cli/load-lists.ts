import { extname } from 'node:path';
import { parseDirectionGrid, parseDirectionText } from '../core/directions/parse-direction-list';
import { InputFailure } from '../core/input-failure';
import { defaultProfile, parseProfile, type Direction, type Profile } from '../core/profile';
import { parseWinners, type WinnersList } from '../core/winners/winners-list';
import { decodeText } from '../xlsx/decode-text';
import { readTableFile } from '../xlsx/read-table-file';
import { readInputFile } from './read-input-file';

/** The profile named by `--profile`, or the bundled one. */
export async function loadProfile(path: string | undefined): Promise<Profile> {
  if (path === undefined) return defaultProfile();
  const bytes = await readInputFile(path, 'profile-unreadable');
  let json: unknown;
  try {
    json = JSON.parse(decodeText(bytes));
  } catch {
    throw new InputFailure('profile-unreadable', { file: path });
  }
  const parsed = parseProfile(json);
  if (!parsed.ok)
    throw new InputFailure('profile-invalid', { file: path, field: parsed.path, detail: parsed.detail });
  return parsed.profile;
}

/** The previous winners list named by `--winners` (.xlsx, .csv). */
export async function loadWinners(path: string, profile: Profile): Promise<WinnersList> {
  const bytes = await readInputFile(path, 'winners-unreadable');
  const grid = await readTableFile(bytes, path, 'winners-unreadable');
  const winners = parseWinners(grid, profile);
  if (!winners) throw new InputFailure('winners-no-table', { file: path });
  return winners;
}

/** The guide's direction list named by `--directions` (.txt, .xlsx, .csv). */
export async function loadDirections(path: string, profile: Profile): Promise<Direction[]> {
  const bytes = await readInputFile(path, 'directions-unreadable');
  const directions = ['.txt', '.text', ''].includes(extname(path).toLowerCase())
    ? parseDirectionText(decodeText(bytes), profile)
    : parseDirectionGrid(await readTableFile(bytes, path, 'directions-unreadable'), profile);
  if (directions.length === 0) throw new InputFailure('directions-empty', { file: path });
  return directions;
}
