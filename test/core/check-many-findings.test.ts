import { check } from '../../src/core/check';
import { defaultProfile } from '../../src/core/profile';
import type { GridCell } from '../../src/core/grid';
import { HEADER, workbook } from '../helpers/grid';
import { validUscc } from '../helpers/uscc';

const cell = (text: string): GridCell => ({ value: text, text });

describe('a check whose rules find more than a hundred thousand problems', () => {
  test('reports them all, where spreading them into one call overflowed the stack', () => {
    // One unit on every row of a large pool: each row over its limit of 3 is a finding of unit-over-limit.
    const rows = 130_000;
    const unit = cell('甲科技有限公司');
    const code = cell(validUscc(1));
    const direction = cell('智能传感器');
    const grid = workbook({
      name: 'S',
      visibility: 'visible',
      rows: [
        HEADER.map(cell),
        ...Array.from({ length: rows }, (_, i) => [
          cell(String(i + 1)),
          unit,
          code,
          cell(`项目${i + 1}号`),
          direction,
        ]),
      ],
      merges: [],
      hiddenRows: [],
      hiddenColumns: [],
    });
    const outcome = check(grid, { profile: defaultProfile() });
    expect(outcome.ok).toBe(true);
    const findings = outcome.ok ? outcome.result.findings : [];
    expect(findings.filter((finding) => finding.rule === 'unit-over-limit')).toHaveLength(rows);
  }, 60_000);
});
