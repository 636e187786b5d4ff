import { unitKey } from './unit-key';

/**
 * The start of a unit's name as the cell writes it that is the unit whose key is `key` (a part's parent:
 * 阿里巴巴（中国）有限公司 of 阿里巴巴（中国）有限公司达摩院), with the cell's own brackets and letters, since keys are
 * for comparing and never shown; the key itself where no start of the written name has it.
 */
export function writtenPrefix(written: string, key: string): string {
  for (let end = 1; end <= written.length; end++) {
    const start = written.slice(0, end);
    if (unitKey(start) === key) return start.trimEnd();
  }
  return key;
}
