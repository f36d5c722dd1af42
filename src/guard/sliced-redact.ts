/**
 * Redaction of large, dense texts without long tasks: the same result as the engine's `redact` with
 * placeholders (`[EMAIL_1]`, the same value → the same placeholder; src/engine/redact.ts), built in
 * slices. A 1 MB customer table holds ~40,000 values, and redacting them in one go took 25–60 ms here.
 * redact.test.ts in this folder keeps the two in step.
 */
import { PlaceholderNumbering } from '../engine/placeholder-numbering';
import { redact, type Redaction, type Replacement } from '../engine/redact';
import type { Finding } from '../engine/types';
import { SLICE_MS, yieldToEventLoop } from './sliced-scan';
import { markWork } from './work-marks';

type Redactable = Pick<Finding, 'start' | 'end' | 'type'>;

/** Findings between clock checks: a few hundred microseconds of work. */
const CHECK_EVERY = 500;

/** `redact(text, findings)` (placeholder strategy, tags from `numbering`), yielding to the page every `SLICE_MS`. */
export async function redactInSlices(text: string, findings: readonly Redactable[], signal?: AbortSignal, numbering = new PlaceholderNumbering()): Promise<Redaction> {
  markWork('redact');
  if (findings.length <= CHECK_EVERY) return redact(text, findings, { kind: 'placeholder' }, numbering);
  const sorted = [...findings].sort((a, b) => a.start - b.start || b.end - a.end);
  const replacements: Replacement[] = [];
  const parts: string[] = [];
  let cursor = 0;
  let sliceEnd = performance.now() + SLICE_MS;
  for (let i = 0; i < sorted.length; i++) {
    if (i % CHECK_EVERY === 0 && performance.now() > sliceEnd) {
      await yieldToEventLoop();
      markWork('redact');
      if (signal?.aborted) throw signal.reason ?? new Error('redaction aborted');
      sliceEnd = performance.now() + SLICE_MS;
    }
    const f = sorted[i]!;
    if (f.start < cursor || f.end <= f.start || f.end > text.length) continue; // overlapping or stale: skip, as redact does
    const tag = numbering.tagFor(f.type, text.slice(f.start, f.end));
    parts.push(text.slice(cursor, f.start), tag);
    replacements.push({ start: f.start, end: f.end, replacement: tag, type: f.type });
    cursor = f.end;
  }
  parts.push(text.slice(cursor));
  return { text: parts.join(''), replacements };
}

/**
 * The first `limit` characters of the redacted text at least (all of it when it is shorter), for the
 * panel's preview, which shows 4,000: redacting a 1 MB table to show its first lines is wasted work.
 * The head is cut before any value it cannot redact whole, so no part of a value ever shows raw.
 * `skip`: indexes of findings left as they are (marked "not sensitive"); `numbering`: a fresh numbering
 * for each try (the conversation's, so the preview shows the tags that will be sent).
 */
export function redactedHead(text: string, findings: readonly Redactable[], limit: number, skip?: ReadonlySet<number>, numbering: () => PlaceholderNumbering = () => new PlaceholderNumbering()): string {
  // Scans report in text order; only an unordered list pays for sorting (indexes, so `skip` still applies).
  const order = findings.some((f, i) => i > 0 && f.start < findings[i - 1]!.start) ? findings.map((_, i) => i).sort((a, b) => findings[a]!.start - findings[b]!.start) : undefined;
  for (let cut = Math.min(text.length, limit * 2); ; cut = Math.min(text.length, cut * 2)) {
    let end = cut;
    const inside: Redactable[] = [];
    for (let k = 0; k < findings.length; k++) {
      const i = order ? order[k]! : k;
      if (skip?.has(i)) continue;
      const f = findings[i]!;
      if (f.start >= cut) break;
      if (f.end > cut) {
        end = Math.min(end, f.start);
        continue;
      }
      inside.push(f);
    }
    const head = redact(text.slice(0, end), inside.filter((f) => f.end <= end), { kind: 'placeholder' }, numbering()).text;
    if (head.length > limit || cut >= text.length) return head;
  }
}
