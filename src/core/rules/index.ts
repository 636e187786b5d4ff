/** Every rule, in the order the report lists them. */
import type { RuleId } from '../finding';
import { categoryMismatch } from './category-mismatch';
import { directionUnknown } from './direction-unknown';
import { duplicateProject } from './duplicate-project';
import { exampleRow } from './example-row';
import { idAsNumber } from './id-as-number';
import { notLegalEntity } from './not-legal-entity';
import { phoneInvalid } from './phone-invalid';
import { previousWinner } from './previous-winner';
import { previousWinnerUnit } from './previous-winner-unit';
import { quotaExceeded } from './quota-exceeded';
import { rankInvalid } from './rank-invalid';
import { requiredMissing } from './required-missing';
import type { Rule } from './rule';
import { similarProject } from './similar-project';
import { unitOverLimit } from './unit-over-limit';
import { usccConflict } from './uscc-conflict';
import { usccInvalid } from './uscc-invalid';

/** One rule of each id; the mapped type makes a missing or misnamed rule a compile error. */
export const RULES: { [K in RuleId]: Rule<K> } = {
  'unit-over-limit': unitOverLimit,
  'quota-exceeded': quotaExceeded,
  'previous-winner': previousWinner,
  'previous-winner-unit': previousWinnerUnit,
  'duplicate-project': duplicateProject,
  'similar-project': similarProject,
  'uscc-invalid': usccInvalid,
  'uscc-conflict': usccConflict,
  'id-as-number': idAsNumber,
  'direction-unknown': directionUnknown,
  'category-mismatch': categoryMismatch,
  'required-missing': requiredMissing,
  'not-legal-entity': notLegalEntity,
  'phone-invalid': phoneInvalid,
  'rank-invalid': rankInvalid,
  'example-row': exampleRow,
};
