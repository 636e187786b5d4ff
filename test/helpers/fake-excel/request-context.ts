import { FakeOfficeError } from './errors';
import type { WorkbookState } from './state';
import { FakeWorkbook, type FakeApplication } from './workbook';

/** Excel on the web refuses a request or a response over 5 MB. */
export const PAYLOAD_LIMIT = 5 * 1024 * 1024;

/** What one `context.sync()` sent and got back, in UTF-8 bytes of JSON. */
export interface SyncRecord {
  requestBytes: number;
  responseBytes: number;
  operations: number;
  suspendedCalculation: boolean;
  suspendedScreenUpdating: boolean;
}

/** What the contexts of one fake workbook record, for tests to inspect. */
export interface FakeLog {
  syncs: SyncRecord[];
  /** The length of every address string given to `getRanges`. */
  addressLengths: number[];
}

/** A queued operation: its description as the request would carry it, and what it does at sync time. */
interface Operation {
  json: unknown;
  /** Runs the operation; what it returns is part of the response. */
  run?: () => unknown;
}

const utf8 = (value: unknown): number => Buffer.byteLength(JSON.stringify(value));

/**
 * The request context of the fake: operations queue up until `sync()`, which runs them in order against the
 * state, as Excel runs a batch, and records the request and response sizes. A failing operation rejects the sync
 * and the rest of the batch is not run.
 */
export class FakeRequestContext {
  private queue: Operation[] = [];
  private lastId = 0;
  readonly workbook: FakeWorkbook;
  readonly application: FakeApplication;

  constructor(
    readonly state: WorkbookState,
    readonly log: FakeLog,
  ) {
    this.workbook = new FakeWorkbook(this, { via: 'workbook' });
    this.application = this.workbook.application;
  }

  /** A fresh id for an object of this context, as the request refers to objects by id. */
  nextId(): number {
    return ++this.lastId;
  }

  enqueue(json: unknown, run?: () => unknown): void {
    this.queue.push(run === undefined ? { json } : { json, run });
  }

  suspend(what: 'calculation' | 'screen'): void {
    this.enqueue({ suspend: what });
  }

  async sync(): Promise<void> {
    const operations = this.queue;
    this.queue = [];
    const suspended = (what: string) =>
      operations.some((operation) => (operation.json as { suspend?: string }).suspend === what);
    const record: SyncRecord = {
      requestBytes: utf8(operations.map((operation) => operation.json)),
      responseBytes: 0,
      operations: operations.length,
      suspendedCalculation: suspended('calculation'),
      suspendedScreenUpdating: suspended('screen'),
    };
    this.log.syncs.push(record);
    await Promise.resolve();
    if (record.requestBytes > PAYLOAD_LIMIT) throw new FakeOfficeError('RequestPayloadSizeLimitExceeded');
    if (this.state.editing) throw new FakeOfficeError('InvalidOperationInCellEditMode');
    const response: unknown[] = [];
    for (const operation of operations) {
      const result = operation.run?.();
      if (result !== undefined) response.push(result);
    }
    record.responseBytes = utf8(response);
    if (record.responseBytes > PAYLOAD_LIMIT) throw new FakeOfficeError('ResponsePayloadSizeLimitExceeded');
  }

  /** Throws ApiNotFound at sync time unless the fake's Office supports ExcelApi `version`. */
  requireApi(version: number, what: string): void {
    if (this.state.apiVersion < version)
      this.enqueue({ api: what }, () => {
        throw new FakeOfficeError('ApiNotFound', `${what} needs ExcelApi 1.${version}`);
      });
  }
}
