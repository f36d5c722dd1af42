import { CliError } from './errors';

/** Output formats of `--format`; the first is the default. */
export const FORMATS = ['text', 'json', 'sarif'] as const;
/** One of `FORMATS`. */
export type Format = (typeof FORMATS)[number];

/** What the command line asked for. `files` empty means: read stdin. `-` also names stdin. */
export interface CliOptions {
  readonly help: boolean;
  readonly format: Format;
  readonly policy?: string;
  readonly jsonl: boolean;
  readonly files: readonly string[];
}

/**
 * Parses `scan`'s arguments (without `node` and the script). Accepts `--flag value` and
 * `--flag=value`, `--` to end options, `-` for stdin. Throws a `CliError` with a readable message on
 * anything else, so a typo never silently scans the wrong thing.
 */
export function parseArgs(argv: readonly string[]): CliOptions {
  let format: Format | undefined;
  let policy: string | undefined;
  let jsonl = false;
  let help = false;
  const files: string[] = [];
  let optionsEnded = false;

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (optionsEnded || arg === '-' || !arg.startsWith('-')) {
      files.push(arg);
      continue;
    }
    if (arg === '--') {
      optionsEnded = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    const inline = eq > 0 ? arg.slice(eq + 1) : undefined;
    const value = (): string => {
      if (inline !== undefined) return inline;
      const next = argv[i + 1];
      if (next === undefined || (next.startsWith('-') && next !== '-')) throw new CliError(`${name} needs a value`, true);
      i++;
      return next;
    };
    const noValue = () => {
      if (inline !== undefined) throw new CliError(`${name} takes no value`, true);
    };
    switch (name) {
      case '-h':
      case '--help':
        noValue();
        help = true;
        break;
      case '--jsonl':
        noValue();
        jsonl = true;
        break;
      case '--format': {
        if (format !== undefined) throw new CliError('--format given twice', true);
        const v = value();
        if (!(FORMATS as readonly string[]).includes(v)) {
          throw new CliError(`--format must be one of ${FORMATS.join(', ')} (got "${v}")`, true);
        }
        format = v as Format;
        break;
      }
      case '--policy':
        if (policy !== undefined) throw new CliError('--policy given twice', true);
        policy = value();
        if (policy === '') throw new CliError('--policy needs a file name', true);
        break;
      default:
        throw new CliError(`unknown option ${name}`, true);
    }
  }

  if (!help && jsonl) {
    if (files.length > 0) throw new CliError('--jsonl reads stdin only; do not give files', true);
    if (format !== undefined) throw new CliError('--jsonl has its own output; do not combine it with --format', true);
  }
  return { help, format: format ?? 'text', policy, jsonl, files };
}
