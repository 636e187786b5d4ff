import { runCli } from './run-cli';

/** The `quota-check` executable: runs the command on the process's arguments and exits with its code. */
export function main(): void {
  void runCli(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  }).then((code) => {
    process.exitCode = code;
  });
}
