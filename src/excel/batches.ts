/// <reference types="office-js" />

/** One piece of an operation: what it costs a request, and how to queue it. */
export interface Step<R> {
  cost: number;
  /** Queues the step's loads and writes; the returned function reads its results once the batch is synced. */
  queue(): () => R;
}

/** Excel refuses a request or a response over 5 MB with these codes; a smaller batch then goes through. */
const TOO_LARGE = new Set(['RequestPayloadSizeLimitExceeded', 'ResponsePayloadSizeLimitExceeded']);

const isTooLarge = (error: unknown) => TOO_LARGE.has((error as { code?: string } | null)?.code ?? '');

/**
 * Runs steps in as few `context.sync()` calls as a budget allows: steps are queued in order until the next one
 * would take the batch past the budget, then the batch is synced. A step that alone exceeds the budget gets a
 * batch of its own. Costs are estimates: a batch that Excel still finds too large is tried again in halves.
 * `beforeEach` queues what must precede every batch (suspending calculation, say).
 * Results come back in the order of the steps.
 */
export async function inBatches<R>(
  context: Excel.RequestContext,
  steps: readonly Step<R>[],
  budget: number,
  beforeEach?: () => void,
): Promise<R[]> {
  const results: R[] = [];
  let start = 0;
  let most = steps.length;
  while (start < steps.length) {
    let end = start;
    let cost = 0;
    do cost += steps[end++]!.cost;
    while (end < steps.length && end - start < most && cost + steps[end]!.cost <= budget);
    beforeEach?.();
    const readers = steps.slice(start, end).map((step) => step.queue());
    try {
      // One sync per batch is the chunking itself: the number of batches grows with the data, never per row.
      await context.sync();
    } catch (error) {
      if (!isTooLarge(error) || end - start === 1) throw error;
      most = Math.ceil((end - start) / 2);
      continue;
    }
    for (const read of readers) results.push(read());
    start = end;
    most = steps.length;
  }
  return results;
}

/**
 * Request bytes a write batch may carry. Excel on the web refuses requests over 5 MB; our costs count the text we
 * send plus `OPERATION_BYTES` per operation, an estimate, so half the limit leaves room for what they miss.
 */
const WRITE_BUDGET = 2_500_000;

/** A generous guess at what one queued operation adds to a request besides its text: object paths, ids, names. */
export const OPERATION_BYTES = 200;

const encoder = new TextEncoder();

/** The bytes a text takes in a request (UTF-8: a Chinese character is three). */
export const utf8Length = (text: string): number => encoder.encode(text).length;

/** Runs write steps in batches under the request budget, with calculation and screen updating suspended. */
export async function inWriteBatches(
  context: Excel.RequestContext,
  steps: readonly Step<void>[],
): Promise<void> {
  await inBatches(context, steps, WRITE_BUDGET, () => {
    context.application.suspendApiCalculationUntilNextSync();
    context.application.suspendScreenUpdatingUntilNextSync();
  });
}
