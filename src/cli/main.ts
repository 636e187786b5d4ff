import { runCli } from './run-cli';
import { writeToStream } from './write-to-stream';

/**
 * A stream's errors are answered where it is written (writeToStream: a closed pipe quietly, a full disk with a
 * sentence and exit 2); the 'error' event that repeats them would otherwise end the command with a stack trace.
 */
function answeredWhereWritten(stream: NodeJS.WriteStream): void {
  stream.on('error', () => undefined);
}

/** The `quota-check` executable: runs the command on the process's arguments and exits with its code. */
export function main(): void {
  answeredWhereWritten(process.stdout);
  answeredWhereWritten(process.stderr);
  void runCli(process.argv.slice(2), {
    stdout: (text) => writeToStream(process.stdout, text),
    stderr: (text) => process.stderr.write(text),
  }).then((code) => {
    process.exitCode = code;
  });
}
