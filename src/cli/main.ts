import { runCli } from './run-cli';
import { writeToStream } from './write-to-stream';

/**
 * A reader that closes the pipe early (`quota-check FILE | head -1`) has what it wanted: the rest of the report is
 * dropped quietly, instead of an unhandled EPIPE's stack trace.
 */
function dropWhenClosed(stream: NodeJS.WriteStream): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
}

/** The `quota-check` executable: runs the command on the process's arguments and exits with its code. */
export function main(): void {
  dropWhenClosed(process.stdout);
  dropWhenClosed(process.stderr);
  void runCli(process.argv.slice(2), {
    stdout: (text) => writeToStream(process.stdout, text),
    stderr: (text) => process.stderr.write(text),
  }).then((code) => {
    process.exitCode = code;
  });
}
