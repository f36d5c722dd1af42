import { LineIndex } from './positions';

/** Exit statuses of `scan`, as documented in the README and `--help`. */
export const EXIT = { clean: 0, found: 1, error: 2 } as const;

/**
 * A usage or input problem the user can fix (unknown flag, missing file, malformed policy…).
 * `main` prints its message on stderr, prefixed with `scan: `, and exits with status 2.
 */
export class CliError extends Error {
  constructor(
    message: string,
    /** Usage errors also point at `--help`. */
    readonly usage = false,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/**
 * A `JSON.parse` failure without the excerpt of the input V8 puts in its message: the input may
 * hold the very secrets we are scanning for, and error messages end up in logs. With `text`, the
 * position becomes a 1-based line and column.
 */
export function describeJsonError(error: unknown, text?: string): string {
  const message = error instanceof Error ? error.message : '';
  if (message.startsWith('Unexpected end of JSON input')) return 'invalid JSON (it ends too early)';
  const found = /at position (\d+)/.exec(message);
  if (!found) return 'invalid JSON';
  const offset = Number(found[1]);
  if (text === undefined) return `invalid JSON at position ${offset}`;
  const { line, column } = new LineIndex(text).at(Math.min(offset, text.length));
  return `invalid JSON at line ${line}, column ${column}`;
}
