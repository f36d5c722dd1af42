import { spawn, type ChildProcessWithoutNullStreams, type SpawnOptions } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** Repository root: the CLI runs from there, as `npm run scan` does. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TSX = `${ROOT}node_modules/.bin/tsx`;

export interface CliResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Starts the real CLI (`tsx src/cli/main.ts …`), exactly what `npm run scan` runs. */
export function startCli(args: readonly string[], options: SpawnOptions = {}): ChildProcessWithoutNullStreams {
  return spawn(TSX, ['src/cli/main.ts', ...args], { cwd: ROOT, ...options, stdio: 'pipe' }) as ChildProcessWithoutNullStreams;
}

/** Runs the CLI to completion, feeding `stdin` (then closing it), and collects its output. */
export function runCli(
  args: readonly string[],
  stdin: string | Uint8Array = '',
  options: SpawnOptions = {},
): Promise<CliResult> {
  return collect(startCli(args, options), stdin);
}

/** Runs the documented command, `npm run --silent scan -- …`, to check npm adds nothing to stdout. */
export function runNpmScan(args: readonly string[], stdin: string | Uint8Array = ''): Promise<CliResult> {
  return collect(spawn('npm', ['run', '--silent', 'scan', '--', ...args], { cwd: ROOT, stdio: 'pipe' }), stdin);
}

function collect(child: ChildProcessWithoutNullStreams, stdin: string | Uint8Array): Promise<CliResult> {
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout.on('data', (b: Buffer) => out.push(b));
  child.stderr.on('data', (b: Buffer) => err.push(b));
  child.stdin.on('error', () => {}); // the CLI may exit (usage error) before reading stdin
  child.stdin.end(stdin);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) =>
      resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }),
    );
  });
}

/** Resolves with the next complete line the child writes on stdout (rejects after `ms` or if it exits). */
export function nextLine(child: ChildProcessWithoutNullStreams, ms = 20_000): Promise<string> {
  return new Promise((resolve, reject) => {
    let buffered = '';
    let stderr = '';
    const done = (error?: Error) => {
      clearTimeout(timer);
      child.stdout.off('data', onData);
      child.stderr.off('data', onStderr);
      child.off('close', onClose);
      if (error) reject(error);
      else resolve(buffered.slice(0, -1));
    };
    const timer = setTimeout(() => done(new Error(`no line within ${ms} ms (got ${JSON.stringify(buffered)})`)), ms);
    const onData = (b: Buffer) => {
      buffered += b.toString('utf8');
      const nl = buffered.indexOf('\n');
      if (nl < 0) return;
      done(nl === buffered.length - 1 ? undefined : new Error(`more than one line arrived: ${JSON.stringify(buffered)}`));
    };
    const onStderr = (b: Buffer) => {
      stderr += b.toString('utf8');
    };
    const onClose = (code: number | null) => done(new Error(`the CLI exited (${code}) before answering: ${stderr}`));
    child.stdout.on('data', onData);
    child.stderr.on('data', onStderr);
    child.on('close', onClose);
  });
}
