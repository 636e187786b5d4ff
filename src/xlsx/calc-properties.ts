import type { Workbook } from 'exceljs';
import { withTagAsLoaded, type WrittenDefaults } from './start-tag-attributes';
import { hookRenderedParts, readWorkbookXml } from './step-hooks';

const CALC_PROPERTIES = /<calcPr\b[^>]*>/u;

const WRITTEN_DEFAULTS: WrittenDefaults = {
  own: [],
  // ExcelJS's own engine number, older than any Excel's, so that Excel calculates the copy again on opening; and the
  // request to calculate everything, kept by loadWorkbook.
  keptElsewhere: ['calcId', 'fullCalcOnLoad'],
};

/**
 * Keeps how the workbook calculates (文件 › 选项 › 公式) as the original says: iterative calculation of circular
 * references (`iterate`, `iterateCount`, `iterateDelta`), precision as displayed (`fullPrecision="0"`, 以显示精度
 * 为准), manual calculation (`calcMode`) and the R1C1 reference style (`refMode`). ExcelJS writes only its engine's
 * number, so in the copy a workbook whose sums relied on the precision shown summed otherwise, one that iterated
 * warned of a circular reference, and one in R1C1 style showed A1. Call before `workbook.xlsx.load`.
 */
export function keepCalcProperties(workbook: Workbook): void {
  let loaded: string | undefined;
  readWorkbookXml(workbook, (xml) => (loaded = CALC_PROPERTIES.exec(xml)?.[0]));
  hookRenderedParts(workbook, 'addWorkbook', (_, xml) =>
    withTagAsLoaded(xml, loaded, CALC_PROPERTIES, WRITTEN_DEFAULTS),
  );
}
