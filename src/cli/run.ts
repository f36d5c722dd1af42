import { parseArgs } from './args';
import { CliError, EXIT } from './errors';
import { formatJson } from './format-json';
import { formatSarif, STDIN_PATH } from './format-sarif';
import { formatText } from './format-text';
import { HELP } from './help';
import { runJsonl } from './jsonl';
import { loadScanner } from './policy';
import { readAll, readTextFile } from './read-input';
import { toFileReport, type FileReport } from './report';

/** The process's streams, passed in so the whole CLI can run inside a test too. */
export interface CliIo {
  readonly stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  readonly stdout: (chunk: string) => void;
  readonly stderr: (chunk: string) => void;
}

/**
 * Runs `scan` and returns its exit status: 0 nothing found, 1 something found, 2 usage or input
 * error (message on stderr). Nothing is printed before every input is read, so an error in the
 * third file never leaves half a report on stdout.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const options = parseArgs(argv);
    if (options.help) {
      io.stdout(HELP);
      return EXIT.clean;
    }
    const { scanner, warnings } = loadScanner(options.policy);
    for (const w of warnings) io.stderr(`scan: warning: policy ${options.policy}: ${w}\n`);

    if (options.jsonl) {
      await runJsonl(io.stdin, io.stdout, scanner);
      return EXIT.clean;
    }

    const paths = options.files.length ? options.files : ['-'];
    if (paths.filter((p) => p === '-').length > 1) throw new CliError('stdin ("-") can only be read once', true);
    // Each text is dropped once scanned; output waits for the last input so an error prints no half report.
    const reports: FileReport[] = [];
    for (const p of paths) {
      if (p === '-' && io.stdin.isTTY) io.stderr('scan: reading stdin (end with Ctrl-D; --help for usage)\n');
      const path = p === '-' ? STDIN_PATH : p;
      const text = p === '-' ? await readAll(io.stdin) : readTextFile(p);
      reports.push(toFileReport(path, text, scanner.scan(text)));
    }
    if (options.format === 'json') io.stdout(formatJson(reports));
    else if (options.format === 'sarif') io.stdout(formatSarif(reports, scanner.detectors));
    else io.stdout(formatText(reports));
    return reports.some((r) => r.findings.length > 0) ? EXIT.found : EXIT.clean;
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    io.stderr(`scan: ${error.message}\n${error.usage ? 'Try --help for usage.\n' : ''}`);
    return EXIT.error;
  }
}
