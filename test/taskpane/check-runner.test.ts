import type { CheckOutcome } from '../../src/core/check';
import {
  workerRunner,
  type CheckWorker,
  type WorkerReply,
  type WorkerRequest,
} from '../../src/taskpane/check-runner';
import { workbook } from '../helpers/grid';

const GRID = workbook();
const FROM_WORKER: CheckOutcome = { ok: false, failure: 'no-table', values: {} };
const FROM_FALLBACK: CheckOutcome = {
  ok: false,
  failure: 'sheet-not-found',
  values: { sheet: 'main thread' },
};

/** A worker in memory: it answers through `reply`, or fails through `fail`, as a Web Worker's events do. */
function fakeWorker() {
  const listeners: { message: ((event: { data: WorkerReply }) => void)[]; error: (() => void)[] } = {
    message: [],
    error: [],
  };
  const posted: WorkerRequest[] = [];
  const worker: CheckWorker = {
    postMessage: (message) => posted.push(message),
    addEventListener: (type: 'message' | 'error', listener: never) => listeners[type].push(listener),
  };
  return {
    worker,
    posted,
    reply: (data: WorkerReply) => listeners.message.forEach((listener) => listener({ data })),
    fail: () => listeners.error.forEach((listener) => listener()),
  };
}

describe('the check runner', () => {
  test('runs the check in the worker and matches each reply to its request', async () => {
    const fake = fakeWorker();
    const fallback = jest.fn(() => Promise.resolve(FROM_FALLBACK));
    const run = workerRunner(() => fake.worker, fallback);
    const first = run(GRID, {});
    const second = run(GRID, { sheets: ['甲'] });
    expect(fake.posted.map((p) => p.request)).toEqual([{}, { sheets: ['甲'] }]);
    fake.reply({ id: fake.posted[1]!.id, outcome: FROM_FALLBACK });
    fake.reply({ id: fake.posted[0]!.id, outcome: FROM_WORKER });
    await expect(first).resolves.toEqual(FROM_WORKER);
    await expect(second).resolves.toEqual(FROM_FALLBACK);
    expect(fallback).not.toHaveBeenCalled();
  });

  test('a throw in the engine comes back as an error with its detail', async () => {
    const fake = fakeWorker();
    const run = workerRunner(() => fake.worker, jest.fn());
    const checked = run(GRID, {});
    fake.reply({ id: fake.posted[0]!.id, error: 'RangeError: too deep' });
    await expect(checked).rejects.toThrow('RangeError: too deep');
  });

  test('where no worker can be made, checks run on the main thread', async () => {
    const fallback = jest.fn(() => Promise.resolve(FROM_FALLBACK));
    const create = jest.fn((): CheckWorker => {
      throw new Error('SecurityError');
    });
    const run = workerRunner(create, fallback);
    await expect(run(GRID, {})).resolves.toEqual(FROM_FALLBACK);
    await expect(run(GRID, {})).resolves.toEqual(FROM_FALLBACK);
    expect(create).toHaveBeenCalledTimes(1);
  });

  test('a worker that fails to load hands the waiting check and later ones to the main thread', async () => {
    const fake = fakeWorker();
    const fallback = jest.fn(() => Promise.resolve(FROM_FALLBACK));
    const run = workerRunner(() => fake.worker, fallback);
    const waiting = run(GRID, {});
    fake.fail();
    await expect(waiting).resolves.toEqual(FROM_FALLBACK);
    await expect(run(GRID, {})).resolves.toEqual(FROM_FALLBACK);
    expect(fake.posted).toHaveLength(1);
  });
});
