import { describe, expect, it } from 'vitest';
import type { ReadReply } from './protocol';
import { inParts, isTextPart, TextParts, type TextPart } from './text-parts';

const read = (text: string, id = 7): ReadReply => ({
  kind: 'document-read', id, ms: 3, outcome: { status: 'ok', extracted: { format: 'xlsx', text, truncated: false, warnings: [] } },
});

/** Sends `messages` through a real MessagePort (structured clone) and collects them on the other side. */
async function overPort(messages: readonly unknown[]): Promise<unknown[]> {
  const channel = new MessageChannel();
  const got: unknown[] = [];
  const done = new Promise<void>((resolve) => {
    channel.port1.onmessage = (event: MessageEvent) => {
      got.push(event.data);
      if (got.length === messages.length) resolve();
    };
  });
  for (const m of messages) channel.port2.postMessage(m);
  await done;
  channel.port1.close();
  return got;
}

describe('a read file’s text in parts (reader frame → page)', () => {
  it('a short text stays in its reply', () => {
    expect(inParts(read('Card 4111 1111 1111 1111'), 100)).toEqual([read('Card 4111 1111 1111 1111')]);
  });

  it.each([
    ['exactly two parts', 'ab'.repeat(50), 50],
    ['a short last part', 'x'.repeat(101), 50],
    ['surrogate pairs cut between parts (offsets stay those of the reader)', '😀'.repeat(40), 25],
  ])('%s: the page joins the same text, the reply counts its parts', async (_, text, partChars) => {
    const messages = inParts(read(text), partChars);
    expect(messages.filter(isTextPart)).toHaveLength(Math.ceil(text.length / partChars));
    const last = messages.at(-1) as ReadReply;
    expect(last.outcome.status === 'ok' && last.outcome.extracted.text).toBe('');
    const parts = new TextParts();
    let reply: ReadReply | undefined;
    for (const m of await overPort(messages)) {
      if (isTextPart(m)) parts.add(m);
      else reply = parts.complete(m as ReadReply);
    }
    expect(reply).toEqual(read(text));
  });

  it('a file over a limit: the part read travels in parts too', () => {
    const partial = { format: 'xlsx' as const, text: 'y'.repeat(30), truncated: false, warnings: [] };
    const reply: ReadReply = { kind: 'document-read', id: 2, ms: 1, outcome: { status: 'too-large', limit: 'time', partial } };
    const parts = new TextParts();
    const messages = inParts(reply, 10);
    for (const m of messages) if (isTextPart(m)) parts.add(m);
    expect(parts.complete(messages.at(-1) as ReadReply)).toEqual(reply);
  });

  it('a part missing: the file reads as reader-failed, never as a text with a hole', () => {
    const messages = inParts(read('z'.repeat(30)), 10);
    const parts = new TextParts();
    for (const m of messages.slice(1)) if (isTextPart(m)) parts.add(m as TextPart);
    expect(parts.complete(messages.at(-1) as ReadReply).outcome).toEqual({ status: 'unreadable', reason: 'reader-failed' });
  });

  it('parts of two files do not mix', () => {
    const a = inParts(read('a'.repeat(20), 1), 10);
    const b = inParts(read('b'.repeat(20), 2), 10);
    const parts = new TextParts();
    for (const m of [a[0], b[0], a[1], b[1]]) parts.add(m as TextPart);
    expect(parts.complete(b[2] as ReadReply)).toEqual(read('b'.repeat(20), 2));
    expect(parts.complete(a[2] as ReadReply)).toEqual(read('a'.repeat(20), 1));
  });
});
