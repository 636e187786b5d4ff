import type { Workbook } from 'exceljs';
import { hookReconcile } from './step-hooks';

/** The parts of ExcelJS's loaded model that this module reaches into. */
interface LoadedModel {
  styles?: { index?: { numFmt?: string[] } };
}
/**
 * The built-in formats whose code depends on the locale, as zh-CN Excel shows them (ECMA-376 Part 1, 18.8.30).
 * Excel and WPS in Chinese name them by id alone; ExcelJS knows none of them, so it reads their dates as plain
 * numbers and writes the cells back as General. `上午/下午` is written `AM/PM`, which numfmt's zh-CN shows so.
 */
const ZH_CN_BUILT_INS: Readonly<Record<number, string>> = {
  27: 'yyyy"年"m"月"',
  28: 'm"月"d"日"',
  29: 'm"月"d"日"',
  30: 'm-d-yy',
  31: 'yyyy"年"m"月"d"日"',
  32: 'h"时"mm"分"',
  33: 'h"时"mm"分"ss"秒"',
  34: 'AM/PM h"时"mm"分"',
  35: 'AM/PM h"时"mm"分"ss"秒"',
  36: 'yyyy"年"m"月"',
  50: 'yyyy"年"m"月"',
  51: 'm"月"d"日"',
  52: 'yyyy"年"m"月"',
  53: 'm"月"d"日"',
  54: 'm"月"d"日"',
  55: 'AM/PM h"时"mm"分"',
  56: 'AM/PM h"时"mm"分"ss"秒"',
  57: 'yyyy"年"m"月"',
  58: 'm"月"d"日"',
};

/**
 * Makes ExcelJS's loader know zh-CN's built-in formats, as if the file defined them, unless it defines those ids
 * itself. Call before `workbook.xlsx.load`.
 */
export function defineLocaleFormats(workbook: Workbook): void {
  hookReconcile<LoadedModel>(workbook, (model, reconcile) => {
    const defined = model.styles?.index?.numFmt;
    if (defined) for (const [id, code] of Object.entries(ZH_CN_BUILT_INS)) defined[Number(id)] ??= code;
    reconcile();
  });
}
