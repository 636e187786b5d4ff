/**
 * The check worker: runs the engine off the pane's thread (webpack emits it as check-worker.js beside the pane).
 * It answers each request with the outcome, or with the detail of what the engine threw.
 */
import { check } from '../core/check';
import { defaultProfile } from '../core/profile';
import { checkOptions } from './check-request';
import { errorDetail } from '../core/error-detail';
import type { WorkerReply, WorkerRequest } from './check-runner';

/** The worker's global scope, as far as it is used here (the DOM library types `self` as a Window). */
const scope = self as unknown as {
  onmessage: ((event: { data: WorkerRequest }) => void) | null;
  postMessage(reply: WorkerReply): void;
};

const profile = defaultProfile();

scope.onmessage = ({ data: { id, grid, request } }) => {
  try {
    scope.postMessage({ id, outcome: check(grid, checkOptions(request, profile)) });
  } catch (error) {
    scope.postMessage({ id, error: errorDetail(error) });
  }
};
