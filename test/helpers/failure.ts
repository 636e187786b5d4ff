import { InputFailure } from '../../src/core/input-failure';

/** The InputFailure that a promise rejects with; anything else (or no rejection) fails the test. */
export async function failureOf(action: Promise<unknown>): Promise<InputFailure> {
  const error: unknown = await action.then(
    () => new Error('no failure thrown'),
    (thrown: unknown) => thrown,
  );
  if (error instanceof InputFailure) return error;
  throw error;
}
