import type { InputFailureKey, InputFailureValues } from '../core/input-failure';
import { InputFailure } from '../core/input-failure';
import { messagesFor, type Lang } from '../i18n';
import { paneMessagesFor, type HostFailureReason } from '../i18n/pane';
import { errorDetail } from '../core/error-detail';

/**
 * Why an action of the pane failed, as data that one sentence words: an input the engine or a reader refused, a
 * refusal of the host (a protected sheet, a cell in edit mode, a missing API), or anything else with a short detail.
 */
export type PaneFailure =
  | { kind: 'input'; key: InputFailureKey; values: InputFailureValues }
  | { kind: 'host'; reason: HostFailureReason }
  | { kind: 'directions-typed-empty' }
  | { kind: 'unexpected'; detail: string };

/** The failure of an error the host did not recognise: an InputFailure by its key, anything else as unexpected. */
export function genericFailure(error: unknown): PaneFailure {
  if (error instanceof InputFailure) return { kind: 'input', key: error.key, values: error.values };
  return { kind: 'unexpected', detail: errorDetail(error) };
}

/**
 * The one sentence of a failure. The pane words `no-table` and `sheet-not-found` itself, because the catalogue's
 * sentences for them point at the command line's `--sheet`; every other input failure uses the catalogue's.
 */
export function failureSentence(failure: PaneFailure, lang: Lang): string {
  const pane = paneMessagesFor(lang);
  switch (failure.kind) {
    case 'host':
      return pane.failures[failure.reason];
    case 'directions-typed-empty':
      return pane.failures.directionsTypedEmpty;
    case 'unexpected':
      return pane.failures.unexpected(failure.detail);
    case 'input':
      if (failure.key === 'no-table') return pane.failures.noTable;
      if (failure.key === 'sheet-not-found') return pane.failures.sheetNotFound(failure.values.sheet ?? '');
      if (failure.key === 'record-damaged') return pane.failures.recordDamaged;
      return messagesFor(lang).failures[failure.key](failure.values);
  }
}
