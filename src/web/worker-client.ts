import type { PaneStage } from '../i18n/pane';
import type { PageFailureReason } from '../i18n/page';
import type { PaneFailure } from '../taskpane/pane-failure';
import type { JobName, Jobs, WorkerReply, WorkerRequest } from './worker/protocol';

/** The outcome of a job: its answer, or why it failed (never a throw). */
export type JobOutcome<K extends JobName> =
  { ok: true; value: Jobs[K]['reply'] } | { ok: false; failure: PageFailure };

/** Why something the officer asked for on the page failed. */
export type PageFailure = PaneFailure | { kind: 'page'; reason: PageFailureReason };

interface Pending {
  resolve(outcome: JobOutcome<JobName>): void;
  progress(stage: PaneStage): void;
}

/**
 * The page's end of its Web Worker. The worker's source is a data block of the page (from file:// a worker can only
 * be started from a blob: URL). When the worker dies (out of memory on a huge file, say), every pending job fails
 * with `worker-crashed` and a fresh worker takes over, so the page stays usable.
 */
export class WorkerClient {
  private worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  constructor(private readonly source: string) {
    this.worker = this.start();
  }

  private start(): Worker {
    const worker = new Worker(URL.createObjectURL(new Blob([this.source], { type: 'text/javascript' })));
    worker.onmessage = (event: MessageEvent<WorkerReply>) => this.receive(event.data);
    worker.onerror = () => this.restart();
    return worker;
  }

  private receive(reply: WorkerReply): void {
    const pending = this.pending.get(reply.id);
    if (!pending) return;
    if (reply.kind === 'progress') {
      pending.progress(reply.stage);
      return;
    }
    this.pending.delete(reply.id);
    pending.resolve(
      reply.kind === 'done' ? { ok: true, value: reply.reply } : { ok: false, failure: reply.failure },
    );
  }

  private restart(): void {
    this.worker.terminate();
    this.worker = this.start();
    for (const pending of this.pending.values()) pending.resolve({ ok: false, failure: crashed });
    this.pending.clear();
  }

  /** Runs a job in the worker; `progress` hears each stage it reaches. Bytes in the request are transferred. */
  run<K extends JobName>(
    job: K,
    request: Jobs[K]['request'],
    progress: (stage: PaneStage) => void = () => undefined,
  ): Promise<JobOutcome<K>> {
    const id = this.nextId++;
    const transfer = 'bytes' in request ? [request.bytes] : [];
    return new Promise((resolve) => {
      this.pending.set(id, { resolve: resolve as Pending['resolve'], progress });
      this.worker.postMessage({ id, job, request } as WorkerRequest, transfer);
    });
  }
}

const crashed: PageFailure = { kind: 'page', reason: 'worker-crashed' };
