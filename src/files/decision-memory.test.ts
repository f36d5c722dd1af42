import { describe, expect, it } from 'vitest';
import { decision } from '../background/decision.fixtures';
import { FileDecisionMemory, type Remembered } from './decision-memory';

const removed: Remembered = { kind: 'removed', event: decision({ choice: 'cancelled' }) };
const copyOf = (bytes: number): Remembered => ({ kind: 'copy', copy: new File([new Uint8Array(bytes)], 'copy.docx'), event: decision() });

describe('FileDecisionMemory', () => {
  it('recalls what was remembered, nothing for unknown bytes', async () => {
    const memory = new FileDecisionMemory();
    memory.remember('sha256:a', removed, memory.generation);
    expect(await memory.recall('sha256:a')).toBe(removed);
    expect(await memory.recall('sha256:b')).toBeUndefined();
  });

  it('keeps the most recently attached files within its entry limit', async () => {
    const memory = new FileDecisionMemory({ entries: 3, copyBytes: 1e9 });
    for (const key of ['a', 'b', 'c']) memory.remember(key, { kind: 'clean' }, memory.generation);
    await memory.recall('a'); // attached again: now the newest
    memory.remember('d', { kind: 'clean' }, memory.generation);
    expect(memory.size).toBe(3);
    expect(await memory.recall('b')).toBeUndefined();
    expect(await memory.recall('a')).toEqual({ kind: 'clean' });
  });

  it('forgets the oldest redacted copies past its byte limit, and keeps the other decisions', async () => {
    const memory = new FileDecisionMemory({ entries: 200, copyBytes: 250 });
    memory.remember('old', copyOf(100), memory.generation);
    memory.remember('gone', removed, memory.generation);
    memory.remember('mid', copyOf(100), memory.generation);
    memory.remember('new', copyOf(100), memory.generation);
    expect(await memory.recall('old')).toBeUndefined();
    expect((await memory.recall('mid'))?.kind).toBe('copy');
    expect((await memory.recall('new'))?.kind).toBe('copy');
    expect(await memory.recall('gone')).toBe(removed);
  });

  it('a policy change clears it, and a decision begun under the old policy is not remembered', async () => {
    const memory = new FileDecisionMemory();
    memory.remember('a', removed, memory.generation);
    const begun = memory.generation;
    memory.clear();
    memory.remember('b', removed, begun);
    expect(await memory.recall('a')).toBeUndefined();
    expect(await memory.recall('b')).toBeUndefined();
    memory.remember('b', removed, memory.generation);
    expect(await memory.recall('b')).toBe(removed);
  });

  it('a second attach of bytes being decided waits for that decision instead of asking again', async () => {
    const memory = new FileDecisionMemory();
    const release = memory.claim(['a', 'a']);
    let recalled: Remembered | undefined | 'waiting' = 'waiting';
    const second = memory.recall('a').then((r) => (recalled = r));
    await new Promise((r) => setTimeout(r, 10));
    expect(recalled).toBe('waiting');
    memory.remember('a', removed, memory.generation);
    release();
    await second;
    expect(recalled).toBe(removed);
  });

  it('a decision that ended without an answer releases the waiting attach with nothing remembered', async () => {
    const memory = new FileDecisionMemory();
    const release = memory.claim(['a']);
    const second = memory.recall('a');
    release();
    expect(await second).toBeUndefined();
    // Claiming bytes already claimed by another attach does not take them over.
    const first = memory.claim(['b']);
    const other = memory.claim(['b']);
    other();
    let done = false;
    const waiting = memory.recall('b').then(() => (done = true));
    await new Promise((r) => setTimeout(r, 10));
    expect(done).toBe(false);
    first();
    await waiting;
  });
});
