import { join } from 'node:path';
import { InputFailure } from '../core/input-failure';
import { defaultProfile, parseProfile, type Direction, type Profile } from '../core/profile';
import type { WinnersList } from '../core/winners/winners-list';
import { decodeTextFile } from '../xlsx/decode-text';
import { readDirections, readWinners } from '../xlsx/read-lists';
import { jsonErrorPlace } from './json-error-place';
import { readInputFile } from './read-input-file';

/**
 * The bundled profile as installed beside the command (src/cli under ts-jest, dist/cli when built), which an officer
 * writing their own copies.
 */
const BUNDLED_PROFILE = join(__dirname, '..', 'core', 'profiles', 'miit-ai-2021.json');

/** The profile named by `--profile`, or the bundled one. */
export async function loadProfile(path: string | undefined): Promise<Profile> {
  if (path === undefined) return defaultProfile();
  const bytes = await readInputFile(path, 'profile');
  const text = decodeTextFile(bytes, path);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const { line, column } = jsonErrorPlace(text, error);
    throw new InputFailure('profile-not-json', { file: path, line: String(line), column: String(column) });
  }
  const parsed = parseProfile(json);
  if (!parsed.ok) {
    const { path: field, missing, detail } = parsed;
    const values = {
      file: path,
      field,
      detail,
      bundled: BUNDLED_PROFILE,
      ...(missing ? { missing: 'yes' } : {}),
    };
    throw new InputFailure('profile-invalid', values);
  }
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
