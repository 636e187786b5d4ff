/** A number before a unit's name, as a list of units in one cell numbers them: `1.`, `2．`, `3)`, `（4）`. */
const LIST_NUMBER = /^(?:\d{1,2}\s*[.．)）](?!\d)|[(（]\d{1,2}[)）])\s*/u;

const isDigit = (code: number) => code >= 0x30 && code <= 0x39;

/**
 * A unit's name without the number that a list in one cell writes before it: `1.甲科技有限公司 2.乙大学`. A name that
 * starts with a digit and goes on (360安全科技股份有限公司, 3.14科技有限公司) keeps it. Only a name that starts with a
 * digit or a bracket is tested further.
 */
export function withoutListNumber(name: string): string {
  const first = name.charCodeAt(0);
  return isDigit(first) || first === 0x28 || first === 0xff08 ? name.replace(LIST_NUMBER, '') : name;
}
