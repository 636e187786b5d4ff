import type { PaneStage } from '../../i18n/pane';
import { genericFailure } from '../../taskpane/pane-failure';
import type { WorkerReply, WorkerRequest } from './protocol';
import { PageSession } from './session';

/** The few members of a dedicated worker's global scope used here (the DOM library types `self` as a window). */
interface WorkerScope {
  postMessage(message: WorkerReply, transfer: Transferable[]): void;
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
}

/** The Web Worker's entry: runs the page's jobs one after another on one session. */
const scope = self as unknown as WorkerScope;
const session = new PageSession();
let queue = Promise.resolve();

function post(reply: WorkerReply): void {
  const transfer = reply.kind === 'done' && 'bytes' in reply.reply ? [reply.reply.bytes] : [];
  scope.postMessage(reply, transfer);
}

async function run(message: WorkerRequest): Promise<void> {
  const progress = (stage: PaneStage) => post({ id: message.id, kind: 'progress', stage });
  try {
    const reply =
      message.job === 'open'
        ? await session.open(message.request, progress)
        : message.job === 'list'
          ? await session.list(message.request, progress)
          : message.job === 'check'
            ? session.check(message.request, progress)
            : message.job === 'mark'
              ? await session.mark(message.request, progress)
              : await session.clear(message.request, progress);
    post({ id: message.id, kind: 'done', reply });
  } catch (error) {
    // A bug, not bad input: logged in full for whoever debugs it, worded as one sentence on the page.
    if (!(error instanceof Error && error.name === 'InputFailure')) console.error(error);
    post({ id: message.id, kind: 'failed', failure: genericFailure(error) });
  }
}

scope.onmessage = (event) => {
  queue = queue.then(() => run(event.data));
};
