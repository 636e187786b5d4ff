/**
 * Why an Office.js operation failed, in the few kinds the pane words as one Chinese sentence each:
 * - `sheet-protected`: a sheet or the workbook's structure is protected;
 * - `cell-editing`: the officer is typing in a cell (`InvalidOperationInCellEditMode`);
 * - `api-missing`: this Office lacks an API we need (`ApiNotFound`, `NotImplemented`, or a requirement set that
 *   `isSetSupported` denies);
 * - `sheet-gone`: the sheet of a finding is no longer there (`ItemNotFound`: renamed or deleted since the check);
 * - `general`: anything else, such as `GeneralException`.
 * Codes from "Error handling with the application-specific JavaScript APIs" (learn.microsoft.com, Office Add-ins).
 */
export type OfficeFailureReason =
  'sheet-protected' | 'cell-editing' | 'api-missing' | 'sheet-gone' | 'general';

/** An Office.js operation that failed, with the reason the pane words and the Office error code, if any. */
export class OfficeFailure extends Error {
  constructor(
    readonly reason: OfficeFailureReason,
    readonly code?: string,
    options?: { cause?: unknown },
  ) {
    super(code === undefined ? reason : `${reason} (${code})`, options);
    this.name = 'OfficeFailure';
  }
}

const REASONS: Readonly<Record<string, OfficeFailureReason>> = {
  InvalidOperationInCellEditMode: 'cell-editing',
  ApiNotFound: 'api-missing',
  NotImplemented: 'api-missing',
};

/**
 * Codes Excel gives a change that protection refuses: `AccessDenied` (documented for protected sheets) and
 * `InvalidOperation` (for sheets and the workbook's structure). Both have other causes too, so they mean
 * `sheet-protected` only when what the operation touched turns out to be protected.
 */
const PROTECTION_CODES: ReadonlySet<string> = new Set(['AccessDenied', 'InvalidOperation']);

/** The `code` of an Office.js error (an `OfficeExtension.Error`), if the value has one. */
export function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  return typeof error.code === 'string' ? error.code : undefined;
}

/** The failure for an error, given whether what the operation touched is protected. */
export function officeFailure(error: unknown, touchedIsProtected: boolean): OfficeFailure {
  if (error instanceof OfficeFailure) return error;
  const code = errorCode(error);
  const reason =
    code !== undefined && PROTECTION_CODES.has(code) && touchedIsProtected
      ? 'sheet-protected'
      : ((code === undefined ? undefined : REASONS[code]) ?? 'general');
  return new OfficeFailure(reason, code, { cause: error });
}
