/**
 * The private history, wired: every accepted guard decision is written under the history mode in
 * force (policy `history`, admin ⊕ user), and the mode and retention are enforced over what is
 * already stored at every worker start, whenever the policy changes, and daily (an alarm, which
 * survives the MV3 worker being stopped).
 *
 * The decision hook and the alarm listener are added synchronously (MV3: before any await); a
 * decision that arrives before the first policy read waits for it, so an admin's `off` is honoured
 * even for the event that woke the worker.
 */
import type { HistoryPolicy } from '../policy/schema';
import { watchPolicyState } from '../policy/state';
import { openHistory, type HistoryStore } from '../history/store';
import { ensureHistoryKey } from '../history/value-hash';
import { onGuardDecision } from './decisions';

export const HISTORY_ALARM = 'promptfence.history.retention';
const DAY_MINUTES = 24 * 60;

/** The parts of `browser` the history uses. */
export interface HistoryApi {
  readonly alarms: {
    create(name: string, info: { periodInMinutes?: number; delayInMinutes?: number }): unknown;
    get(name: string): Promise<unknown>;
    readonly onAlarm: {
      addListener(cb: (alarm: { name: string }) => void): void;
      removeListener(cb: (alarm: { name: string }) => void): void;
    };
  };
}

export interface StartHistoryOptions {
  readonly signal: AbortSignal;
  /** Test seam: the store (a throwaway database in tests). */
  readonly open?: () => Promise<HistoryStore>;
  readonly now?: () => number;
}

export interface HistoryHandle {
  /** Resolves once the first policy is read and enforced. */
  readonly ready: Promise<void>;
  /** Enforces mode and retention now (the alarm's job). */
  enforce(): Promise<void>;
}

export function startHistory(api: HistoryApi, { signal, open = () => openHistory(), now = Date.now }: StartHistoryOptions): HistoryHandle {
  let store: Promise<HistoryStore> | undefined;
  const db = () => (store ??= open());
  let policy: HistoryPolicy | undefined;
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (markReady = resolve));

  const enforce = async () => {
    if (!policy) return;
    try {
      const result = await (await db()).enforce(policy, now());
      if (result.deleted > 0 || result.stripped > 0) console.info('PromptFence history:', result.deleted, 'events past retention deleted,', result.stripped, 'stripped to metadata');
    } catch (error) {
      console.warn('PromptFence: could not enforce history retention', error);
    }
  };

  const unhook = onGuardDecision(async (event) => {
    await ready;
    if (!policy || policy.mode === 'off' || signal.aborted) return;
    await (await db()).add(event, policy.mode);
  });

  const onAlarm = (alarm: { name: string }) => {
    if (alarm.name === HISTORY_ALARM) void ready.then(enforce);
  };
  api.alarms.onAlarm.addListener(onAlarm);
  // The key content scripts hash matched values with (made here once, so tabs never race to make two).
  void ensureHistoryKey().catch(() => undefined);
  void Promise.resolve(api.alarms.get(HISTORY_ALARM))
    .then((existing) => existing ?? api.alarms.create(HISTORY_ALARM, { periodInMinutes: DAY_MINUTES, delayInMinutes: DAY_MINUTES }))
    .catch(() => undefined);

  signal.addEventListener(
    'abort',
    () => {
      unhook();
      api.alarms.onAlarm.removeListener(onAlarm);
      void store?.then((s) => s.close(), () => undefined);
    },
    { once: true },
  );

  void watchPolicyState(signal, (state) => {
    const next = state.effective.policy.history;
    const changed = JSON.stringify(next) !== JSON.stringify(policy);
    policy = next;
    if (changed) void enforce().then(markReady);
    else markReady();
  }).catch(() => {
    // Storage unreadable: keep nothing rather than guess the mode.
    policy = { mode: 'off', retentionDays: 0 };
    markReady();
  });

  return { ready, enforce };
}
