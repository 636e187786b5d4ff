import type { Writable } from 'node:stream';

/**
 * Writes text to a stream and resolves once the stream has handed it on (to the pipe, the file or the terminal), or
 * has closed: a reader that closed the pipe (`| head -1`) ends the wait too, its EPIPE being handled by main.
 * Without the wait, `process.stdout.write` keeps in memory whatever a slow reader has not taken yet.
 */
export function writeToStream(stream: Writable, text: string): Promise<void> {
  return new Promise((resolve) => {
    if (stream.destroyed) return resolve();
    const done = () => {
      stream.off('close', done);
      resolve();
    };
    stream.once('close', done);
    stream.write(text, done);
  });
}
