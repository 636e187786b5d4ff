import type { Writable } from 'node:stream';
import { InputFailure } from '../core/input-failure';

/**
 * Writes text to a stream and resolves once the stream has handed it on (to the pipe, the file or the terminal), or
 * has closed: a reader that closed the pipe (`| head -1`) has what it wanted, and the rest is dropped quietly.
 * Without the wait, `process.stdout.write` keeps in memory whatever a slow reader has not taken yet. A report that
 * can't be written (`> 报告.json` on a full disk) rejects with the officer's sentence, never a stack trace.
 */
export function writeToStream(stream: Writable, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    if (stream.destroyed) return resolve();
    const done = (error?: Error | null) => {
      stream.off('close', closed);
      const code = (error as NodeJS.ErrnoException | null | undefined)?.code;
      if (!error || code === 'EPIPE' || code === 'ERR_STREAM_DESTROYED') return resolve();
      reject(
        new InputFailure(code === 'ENOSPC' || code === 'EDQUOT' ? 'report-disk-full' : 'report-unwritable'),
      );
    };
    const closed = () => done();
    stream.once('close', closed);
    stream.write(text, done);
  });
}
