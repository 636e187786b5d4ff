import { check, type CheckOutcome } from '../core/check';
import type { WorkbookGrid } from '../core/grid';
import type { Profile } from '../core/profile';
import { checkOptions, type CheckRequest, type CheckRunner } from './check-request';

/** Lets the browser paint (the progress bar) and handle input before a long synchronous step. */
export const yieldToBrowser = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** Runs the engine on the main thread, after yielding so that the pane shows its progress first. */
export function mainThreadRunner(profile: Profile): CheckRunner {
  return async (grid, request) => {
    await yieldToBrowser();
    const outcome = check(grid, checkOptions(request, profile));
    await yieldToBrowser();
    return outcome;
  };
}

/** A request to the check worker, numbered so that each reply finds its caller. */
export interface WorkerRequest {
  id: number;
  grid: WorkbookGrid;
  request: CheckRequest;
}

/** The worker's reply: the outcome, or the detail of what it threw. */
export type WorkerReply = { id: number; outcome: CheckOutcome } | { id: number; error: string };

/** The part of a Web Worker that the runner uses. */
export interface CheckWorker {
  postMessage(message: WorkerRequest): void;
  addEventListener(type: 'message', listener: (event: { data: WorkerReply }) => void): void;
  addEventListener(type: 'error', listener: () => void): void;
}

/**
 * Runs the engine in a Web Worker, so that the pane never freezes on a big workbook. When the host allows no worker
 * (creating one throws, or it fails to load), this check and every later one run on `fallback` instead.
 */
export function workerRunner(create: () => CheckWorker, fallback: CheckRunner): CheckRunner {
  let worker: CheckWorker | undefined;
  let broken = false;
  let next = 0;
  const pending = new Map<number, { retry(): void; settle(reply: WorkerReply): void }>();

  const start = (): CheckWorker | undefined => {
    if (worker || broken) return worker;
    try {
      worker = create();
    } catch {
      broken = true;
      return undefined;
    }
    worker.addEventListener('message', ({ data }) => {
      pending.get(data.id)?.settle(data);
      pending.delete(data.id);
    });
    worker.addEventListener('error', () => {
      broken = true;
      worker = undefined;
      for (const waiting of pending.values()) waiting.retry();
      pending.clear();
    });
    return worker;
  };

  return (grid, request) => {
    const running = start();
    if (!running) return fallback(grid, request);
    const id = next++;
    return new Promise<CheckOutcome>((resolve, reject) => {
      pending.set(id, {
        retry: () => fallback(grid, request).then(resolve, reject),
        settle: (reply) => ('outcome' in reply ? resolve(reply.outcome) : reject(new Error(reply.error))),
      });
      running.postMessage({ id, grid, request });
    });
  };
}
