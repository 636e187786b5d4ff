import type { InputFailureKey } from './input-failure';
import type { ListReading } from './list-sheets';

/** The failure that tells the officer why a winners list file, or a direction list file, gave no list. */
export function listFailure(
  list: 'winners' | 'directions',
  reading: Extract<ListReading<unknown>, { ok: false }>,
): InputFailureKey {
  if (reading.failure === 'recommendations-only') return `${list}-recommendations-only`;
  return list === 'winners' ? 'winners-no-table' : 'directions-empty';
}
