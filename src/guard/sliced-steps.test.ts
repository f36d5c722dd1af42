import { describe, expect, it } from 'vitest';
import { customerTable } from '../../test/e2e/customer-table';
import { decideAction, decideSteps, DEFAULT_ACTION_RULES } from '../decisions/actions';
import type { Steps } from '../decisions/steps';
import { createGuardScanner } from './scan-text';
import { runInSlices } from './sliced-steps';

const scanner = createGuardScanner(() => false);

/** Counts turns of the event loop (message-channel turns, as `yieldToEventLoop` takes) while `run` runs. */
async function countTurns<T>(run: (turns: () => number) => Promise<T>): Promise<{ value: T; turns: number }> {
  let turns = 0;
  let on = true;
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    turns++;
    if (on) channel.port2.postMessage(null);
  };
  channel.port2.postMessage(null);
  try {
    return { value: await run(() => turns), turns };
  } finally {
    on = false;
    channel.port1.close();
  }
}

/**
 * `count` steps of about `ms` of busy time each; returns, per step, the event-loop turn it ran in
 * (`turn()`), so steps that share a turn ran in the same task.
 */
function* busySteps(count: number, ms: number, turn: () => number): Steps<number[]> {
  const ranIn: number[] = [];
  for (let i = 0; i < count; i++) {
    ranIn.push(turn());
    const until = performance.now() + ms;
    while (performance.now() < until);
    if (i < count - 1) yield;
  }
  return ranIn;
}

describe('runInSlices', () => {
  it('decides a dense customer table exactly as in one task, and yields to the page meanwhile', async () => {
    const text = customerTable(150 * 1024);
    const findings = scanner.scan(text);
    const fields = scanner.fieldsOf(text);
    expect(findings.length).toBeGreaterThan(5000);
    const whole = decideAction(findings, DEFAULT_ACTION_RULES, 'chatgpt', fields);
    // Slices of 0 ms: a pause at every step, the most the slicing can change.
    const { value: sliced, turns } = await countTurns(() => runInSlices(decideSteps(findings, DEFAULT_ACTION_RULES, 'chatgpt', fields), 'decide', undefined, 0));
    expect(sliced).toEqual(whole);
    expect(whole.action).toBe('redact');
    expect(whole.companion?.filter((c) => c === 'table').length).toBeGreaterThan(1000);
    expect(turns).toBeGreaterThan(5);
  });

  it('keeps running in the same task while the slice has time, and pauses once it is used up', async () => {
    // 30 steps of ~1 ms in slices of 10 ms: about 10 steps a task, not one and not all 30.
    const { value: ranIn } = await countTurns((turn) => runInSlices(busySteps(30, 1, turn), 'decide', undefined, 10));
    const tasks = new Set(ranIn).size;
    expect(ranIn).toHaveLength(30);
    expect(tasks).toBeGreaterThanOrEqual(3);
    expect(tasks).toBeLessThan(15);
  });

  it('stops when aborted, between slices', async () => {
    const controller = new AbortController();
    let ran = 0;
    function* counted(): Steps<void> {
      for (;;) {
        ran++;
        if (ran === 3) controller.abort(new Error('page gone'));
        yield;
      }
    }
    await expect(runInSlices(counted(), 'decide', controller.signal, 0)).rejects.toThrow('page gone');
    expect(ran).toBe(3);
  });
});
