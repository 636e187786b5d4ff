import { renderFinding } from '../../src/i18n';
import { checkGrid } from '../helpers/findings';
import { projectSheet, workbook } from '../helpers/grid';
import { validUscc } from '../helpers/uscc';

describe('rendering findings', () => {
  const A = validUscc(1);
  const result = checkGrid(
    workbook(
      projectSheet('南山区', [
        ['星河智算', A, '项目一'],
        ['星河智算', A, '项目二'],
      ]),
      projectSheet(
        '福田区',
        [
          ['星河智算', A, '项目三'],
          ['星河智算', A, '项目一'],
        ],
        { hiddenRows: [3] },
      ),
    ),
  );

  test('lists rows on other sheets by sheet name', () => {
    const finding = result.findings.find(
      (f) => f.rule === 'unit-over-limit' && f.sheet === '南山区' && f.row === 2,
    )!;
    expect(renderFinding(finding, 'zh-CN')).toContain('“福田区”第 3 行');
    expect(renderFinding(finding, 'zh-CN')).toContain('第 2 行');
    expect(renderFinding(finding, 'en-US')).toContain('福田区 row 3');
  });

  test('says when the row is hidden', () => {
    const hidden = result.findings.find((f) => f.sheet === '福田区' && f.row === 3)!;
    expect(renderFinding(hidden, 'zh-CN')).toContain('已隐藏');
    const visible = result.findings.find((f) => f.sheet === '南山区')!;
    expect(renderFinding(visible, 'zh-CN')).not.toContain('已隐藏');
  });

  test('never leaves a value out of a sentence', () => {
    for (const finding of result.findings) {
      for (const lang of ['zh-CN', 'en-US'] as const)
        expect(renderFinding(finding, lang)).not.toMatch(/undefined|NaN|\[object/u);
    }
  });
});
