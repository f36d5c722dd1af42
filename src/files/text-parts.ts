/**
 * A read file's text crosses the reader frame's port in parts (Chrome). One message with 10 M characters
 * is deserialized in one go when the page reads it: 30 ms of the chat page's main thread for a 10 MB
 * sheet, measured in Chromium (docs/design/documents.md, "Measured in the browser"). Sent as 1 M-character
 * parts ahead of the reply, each is read in a task of its own and the page joins them once (~10 ms).
 */
import type { ReadOutcome, ReadReply, ReadText } from './protocol';

/** Characters per part: ~1–3 ms to deserialize on the page. */
export const TEXT_PART_CHARS = 1 << 20;

/** A piece of the text of read request `id`, sent before its `ReadReply` (which counts the parts). */
export interface TextPart {
  readonly kind: 'document-text-part';
  readonly id: number;
  readonly text: string;
}

export function isTextPart(value: unknown): value is TextPart {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<TextPart>;
  return v.kind === 'document-text-part' && typeof v.id === 'number' && typeof v.text === 'string';
}

/** The text an outcome carries (a read file's, or the part read of a file over a limit). */
function textOf(outcome: ReadOutcome): ReadText | undefined {
  return outcome.status === 'ok' ? outcome.extracted : outcome.status === 'too-large' ? outcome.partial : undefined;
}

function withText(outcome: ReadOutcome, text: string): ReadOutcome {
  if (outcome.status === 'ok') return { ...outcome, extracted: { ...outcome.extracted, text } };
  if (outcome.status === 'too-large' && outcome.partial) return { ...outcome, partial: { ...outcome.partial, text } };
  return outcome;
}

/**
 * The messages that carry `reply`: the parts of its text first, then the reply with the text left out
 * and `textParts` set. A short text stays in the reply (one message).
 */
export function inParts(reply: ReadReply, partChars = TEXT_PART_CHARS): (TextPart | ReadReply)[] {
  const text = textOf(reply.outcome)?.text;
  if (text === undefined || text.length <= partChars) return [reply];
  const parts: TextPart[] = [];
  for (let at = 0; at < text.length; at += partChars) parts.push({ kind: 'document-text-part', id: reply.id, text: text.slice(at, at + partChars) });
  return [...parts, { ...reply, outcome: withText(reply.outcome, ''), textParts: parts.length }];
}

/** The page's side: parts kept per request until their reply comes, which gets the text back. */
export class TextParts {
  private readonly pending = new Map<number, string[]>();

  add(part: TextPart): void {
    const list = this.pending.get(part.id);
    if (list) list.push(part.text);
    else this.pending.set(part.id, [part.text]);
  }

  /**
   * `reply` with its text joined from the parts sent before it. A reply whose parts did not all arrive
   * reads as `reader-failed` (never a text with a hole, which would be scanned as if whole).
   */
  complete(reply: ReadReply): ReadReply {
    const parts = this.pending.get(reply.id) ?? [];
    this.pending.delete(reply.id);
    if (reply.textParts === undefined) return reply;
    const { textParts: _, ...rest } = reply;
    if (parts.length !== reply.textParts) return { ...rest, outcome: { status: 'unreadable', reason: 'reader-failed' } };
    return { ...rest, outcome: withText(reply.outcome, parts.join('')) };
  }
}
