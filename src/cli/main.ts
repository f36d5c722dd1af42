/**
 * `npm run --silent scan -- [--policy FILE] [--format text|json|sarif] [--jsonl] [FILE ...]`
 * Entry point only: wires the process's streams to `runCli` (see run.ts and help.ts).
 */
import { EXIT } from './errors';
import { runCli } from './run';

// `scan … | head` closes the pipe early: not worth a stack trace. Later writes are dropped and the
// run ends normally, so the exit status still says whether something was found.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') throw error;
});

runCli(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: (chunk) => process.stdout.write(chunk),
  stderr: (chunk) => process.stderr.write(chunk),
}).then(
  (status) => {
    process.exitCode = status;
  },
  (error: unknown) => {
    process.stderr.write(`scan: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = EXIT.error;
  },
);
