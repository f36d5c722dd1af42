import { createInterface } from 'node:readline';
import type { Scanner } from '../engine/scan';
import { describeJsonError } from './errors';

/** What one input line asks for, or why it cannot be answered. */
type Request = { id: string | number | null; text: string } | { id: string | number | null; error: string };

/**
 * Answers one `--jsonl` input line with one output line (no trailing newline). Pure apart from
 * the clock: `{"id","findings":[{type,start,end,score,detector}],"elapsed_ms"}`, or `{"id","error"}`
 * for a line that is not a JSON object with a string `text`. No preview: a consumer has the text.
 */
export function answerLine(line: string, scanner: Scanner, now: () => number = () => performance.now()): string {
  const request = parseRequest(line);
  if ('error' in request) return JSON.stringify({ id: request.id, error: request.error });
  const t0 = now();
  const findings = scanner.scan(request.text);
  const elapsed = now() - t0;
  return JSON.stringify({
    id: request.id,
    findings: findings.map((f) => ({ type: f.type, start: f.start, end: f.end, score: f.score, detector: f.detector })),
    elapsed_ms: Math.round(elapsed * 1000) / 1000,
  });
}

function parseRequest(line: string): Request {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { id: null, error: describeJsonError(error) };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { id: null, error: 'expected a JSON object {"id":…,"text":…}' };
  }
  const { id, text } = value as { id?: unknown; text?: unknown };
  if (id !== undefined && id !== null && typeof id !== 'string' && typeof id !== 'number') {
    return { id: null, error: '"id" must be a string or a number' };
  }
  const safeId = (id ?? null) as string | number | null;
  if (typeof text !== 'string') return { id: safeId, error: '"text" must be a string' };
  return { id: safeId, text };
}

/**
 * The streaming loop: one answer per non-blank stdin line, in input order, each written as soon as
 * it is ready (a consumer may wait for it before sending the next line). Resolves when stdin closes.
 * Blank lines are skipped without an answer (a trailing newline is not a request).
 */
export async function runJsonl(
  input: NodeJS.ReadableStream,
  write: (chunk: string) => void,
  scanner: Scanner,
): Promise<void> {
  const lines = createInterface({ input, crlfDelay: Infinity, terminal: false });
  for await (const line of lines) {
    if (line.trim() === '') continue;
    write(`${answerLine(line, scanner)}\n`);
  }
}
