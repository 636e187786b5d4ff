import { InputFailure, type InputFailureKey } from './input-failure';
import type { ListReading } from './list-sheets';

type Failure = Extract<ListReading<unknown>, { ok: false }>['failure'];

/**
 * The sentence for each reason a list file gave no list. A direction list is read from any sheet of no projects, so
 * only its recommendations-only is told apart: its other reasons say that it holds no direction.
 */
const KEYS: Record<'winners' | 'directions', Record<Failure, InputFailureKey>> = {
  winners: {
    'no-table': 'winners-no-table',
    'recommendations-only': 'winners-recommendations-only',
    empty: 'winners-empty',
    'formulas-not-calculated': 'winners-formulas-not-calculated',
  },
  directions: {
    'no-table': 'directions-empty',
    'recommendations-only': 'directions-recommendations-only',
    empty: 'directions-empty',
    'formulas-not-calculated': 'directions-formulas-not-calculated',
  },
};

/** The failure that tells the officer why a winners list file, or a direction list file, gave no list. */
export function listFailure(
  list: 'winners' | 'directions',
  reading: Extract<ListReading<unknown>, { ok: false }>,
  file: string,
): InputFailure {
  return new InputFailure(KEYS[list][reading.failure], {
    ...('values' in reading ? reading.values : {}),
    file,
  });
}
