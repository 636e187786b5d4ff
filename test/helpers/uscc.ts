import { usccCheckCharacter } from '../../src/core/uscc';

/** A valid unified social credit code for an enterprise, made from a number so that tests can make many. */
export function validUscc(n: number, prefix = '91440300'): string {
  const body = (prefix + String(n).padStart(9, '0')).slice(0, 17);
  return body + usccCheckCharacter(body);
}
