import { InputFailure } from '../core/input-failure';
import { defaultProfile, parseProfile, type Direction, type Profile } from '../core/profile';
import type { WinnersList } from '../core/winners/winners-list';
import { decodeTextFile } from '../xlsx/decode-text';
import { readDirections, readWinners } from '../xlsx/read-lists';
import { readInputFile } from './read-input-file';

/** The profile named by `--profile`, or the bundled one. */
export async function loadProfile(path: string | undefined): Promise<Profile> {
  if (path === undefined) return defaultProfile();
  const bytes = await readInputFile(path, 'profile');
  const text = decodeTextFile(bytes, path);
  let json: unknown;
  try {
    json = JSON.parse(text);
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
  return readWinners(await readInputFile(path, 'winners'), path, profile);
}

/** The guide's direction list named by `--directions` (.txt, .xlsx, .csv). */
export async function loadDirections(path: string, profile: Profile): Promise<Direction[]> {
  return readDirections(await readInputFile(path, 'directions'), path, profile);
}
