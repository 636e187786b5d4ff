import { editDistance } from '../core/similarity/edit-distance';

/** A name typed shorter than this shares too little with an option to suggest one. */
const SHORTEST = 3;

/** At most this many letters added, dropped or changed: `--direction`, `--winner`, `--sheets`, `--jsno`. */
const MOST_EDITS = 2;

/**
 * The option that an unknown long option most likely meant: one that begins with what was typed or begins it
 * (`--recommender`, `--output`, `--language`), else one within two letters of it (`--direction`). Undefined when
 * none is as near, or when two are equally near, since a guess between them would mislead.
 */
export function nearestOption(typed: string, names: readonly string[]): string | undefined {
  const name = typed.replace(/^--/u, '');
  if (!typed.startsWith('--') || name.length < SHORTEST) return undefined;
  const distance = (option: string) =>
    option.startsWith(name) || name.startsWith(option) ? 0 : editDistance(name, option, MOST_EDITS);
  const near = names
    .map((option) => ({ option, distance: distance(option) }))
    .filter((candidate) => candidate.distance <= MOST_EDITS)
    .sort((a, b) => a.distance - b.distance);
  const [first, second] = near;
  if (first === undefined || (second !== undefined && second.distance === first.distance)) return undefined;
  return `--${first.option}`;
}
