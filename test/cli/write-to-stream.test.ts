import { Writable } from 'node:stream';
import { writeToStream } from '../../src/cli/write-to-stream';
import { failureOf } from '../helpers/failure';

/** A stream whose reader takes each write only when the test says so, as a slow pipe does. */
function slowStream() {
  const received: string[] = [];
  const waiting: (() => void)[] = [];
  const stream = new Writable({
    highWaterMark: 16,
    write(chunk: Buffer, _encoding, callback) {
      received.push(chunk.toString('utf8'));
      waiting.push(() => callback());
    },
  });
  return { stream, received, takeNext: () => waiting.shift()?.() };
}

/** Whether a promise has settled once everything already queued has run. */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  await new Promise(setImmediate);
  return done;
}

describe('writeToStream', () => {
  test('resolves only once the reader has taken the text', async () => {
    const { stream, received, takeNext } = slowStream();
    const write = writeToStream(stream, '推荐汇总表'.repeat(100));
    expect(await settled(write)).toBe(false);
    takeNext();
    expect(await settled(write)).toBe(true);
    expect(received.join('')).toBe('推荐汇总表'.repeat(100));
  });

  test('resolves when the reader has gone, so that the command ends quietly (the EPIPE is handled by main)', async () => {
    const { stream } = slowStream();
    stream.on('error', () => undefined);
    const write = writeToStream(stream, 'first');
    stream.destroy(Object.assign(new Error('EPIPE'), { code: 'EPIPE' }));
    await write;
    await writeToStream(stream, 'after the reader has gone');
  });

  /** A stream whose every write fails with the code, as a file on a full disk does under `> 报告.json`. */
  const failingStream = (code: string) => {
    const stream = new Writable({
      write(_chunk, _encoding, callback) {
        callback(Object.assign(new Error(code), { code }));
      },
    });
    stream.on('error', () => undefined);
    return stream;
  };

  test.each([
    ['ENOSPC', 'report-disk-full'],
    ['EDQUOT', 'report-disk-full'],
    ['EIO', 'report-unwritable'],
    ['EBADF', 'report-unwritable'],
  ])('rejects with the officer’s sentence where the report can’t be written (%s)', async (code, key) => {
    const failure = await failureOf(writeToStream(failingStream(code), '{"version": 1'));
    expect(failure.key).toBe(key);
  });

  test('resolves where the write fails because the reader closed the pipe (EPIPE)', async () => {
    await writeToStream(failingStream('EPIPE'), '{"version": 1');
  });
});
