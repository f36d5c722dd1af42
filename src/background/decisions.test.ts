import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { GuardEvent } from '../decisions/types';
import { decision } from './decision.fixtures';
import { boundDecisions, MAX_DECISIONS, onGuardDecision, recentDecisions, recordDecision } from './decisions';

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => vi.restoreAllMocks());

describe('boundDecisions', () => {
  it.each<[string, number[], number, number, number[]]>([
    ['under both limits: unchanged', [1, 2, 3], 5, 100, [1, 2, 3]],
    ['over the count: the newest are kept, oldest first', [1, 2, 3, 4, 5], 3, 100, [3, 4, 5]],
    ['over the size: the newest that fit are kept', [10, 20, 30, 40], 10, 4, [30, 40]],
    ['empty', [], 3, 100, []],
  ])('%s', (_name, queue, maxItems, maxChars, expected) => {
    expect(boundDecisions(queue, maxItems, maxChars)).toEqual(expected);
  });
});

describe('recordDecision / recentDecisions', () => {
  it('keeps decisions in session storage, newest first', async () => {
    await recordDecision(decision({ at: 1 }));
    await recordDecision(decision({ at: 2 }));
    expect((await recentDecisions()).map((d) => d.at)).toEqual([2, 1]);
    const stored = await fakeBrowser.storage.session.get('guard.decisions');
    expect((stored['guard.decisions'] as GuardEvent[]).map((d) => d.at)).toEqual([1, 2]);
  });

  it(`keeps only the ${MAX_DECISIONS} newest, also when they arrive together`, async () => {
    await Promise.all(Array.from({ length: MAX_DECISIONS + 20 }, (_, i) => recordDecision(decision({ at: i + 1 }))));
    const recent = await recentDecisions();
    expect(recent).toHaveLength(MAX_DECISIONS);
    expect(recent[0]!.at).toBe(MAX_DECISIONS + 20);
    expect(recent.at(-1)!.at).toBe(21);
  });

  it('returns an empty list when nothing was recorded or storage holds garbage', async () => {
    expect(await recentDecisions()).toEqual([]);
    await fakeBrowser.storage.session.set({ 'guard.decisions': 'garbage' });
    expect(await recentDecisions()).toEqual([]);
    await recordDecision(decision({ at: 7 }));
    expect((await recentDecisions()).map((d) => d.at)).toEqual([7]);
  });
});

describe('onGuardDecision', () => {
  it('hands every recorded decision to every hook until unsubscribed', async () => {
    const seenA: number[] = [];
    const seenB: number[] = [];
    const offA = onGuardDecision((e) => void seenA.push(e.at));
    const offB = onGuardDecision(async (e) => void seenB.push(e.at));
    await recordDecision(decision({ at: 1 }));
    offA();
    await recordDecision(decision({ at: 2 }));
    offB();
    await recordDecision(decision({ at: 3 }));
    expect(seenA).toEqual([1]);
    expect(seenB).toEqual([1, 2]);
  });

  it('a throwing or rejecting hook does not stop the others or the queue', async () => {
    const seen: number[] = [];
    const offs = [
      onGuardDecision(() => {
        throw new Error('sync failure');
      }),
      onGuardDecision(async () => Promise.reject(new Error('async failure'))),
      onGuardDecision((e) => void seen.push(e.at)),
    ];
    await expect(recordDecision(decision({ at: 5 }))).resolves.toBeUndefined();
    offs.forEach((off) => off());
    expect(seen).toEqual([5]);
    expect((await recentDecisions()).map((d) => d.at)).toEqual([5]);
  });

  it('hooks get a frozen event, so one hook cannot change what the next sees', async () => {
    let frozen = false;
    const off = onGuardDecision((e) => {
      frozen = Object.isFrozen(e) && Object.isFrozen(e.findings[0]) && Object.isFrozen(e.counts);
    });
    await recordDecision(decision());
    off();
    expect(frozen).toBe(true);
  });

  it('hooks still run when session storage fails', async () => {
    vi.spyOn(fakeBrowser.storage.session, 'set').mockRejectedValue(new Error('quota'));
    const seen: number[] = [];
    const off = onGuardDecision((e) => void seen.push(e.at));
    await recordDecision(decision({ at: 9 }));
    off();
    expect(seen).toEqual([9]);
  });
});
