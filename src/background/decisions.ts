/**
 * The guard's decisions, as the background keeps them: a bounded queue of the newest events in
 * `storage.session` (memory only, cleared when the browser closes; content scripts cannot read it),
 * and a list of hooks that the history and reporting issues subscribe to.
 *
 * Events reaching here have passed `parseGuardDecision`: masked previews and counts only.
 */
import { storage } from 'wxt/utils/storage';
import type { GuardEvent } from '../decisions/types';
import { serialQueue } from './serial';

/** How many of the newest decisions the session queue keeps. */
export const MAX_DECISIONS = 500;
/**
 * Size budget for the whole queue, in JSON characters. `storage.session` holds 10 MB per extension
 * (Chrome) and a `•` takes 3 bytes in UTF-8, so 2 M characters stays under it with room to spare.
 */
export const MAX_DECISION_CHARS = 2_000_000;

/** Oldest first, as stored. */
const decisionsItem = storage.defineItem<GuardEvent[]>('session:guard.decisions', { fallback: [] });

export type DecisionHook = (event: GuardEvent) => void | Promise<void>;

const hooks = new Set<DecisionHook>();
const serially = serialQueue();

/** Subscribes to every accepted decision (history, reporting). Returns the unsubscribe function. */
export function onGuardDecision(hook: DecisionHook): () => void {
  hooks.add(hook);
  return () => hooks.delete(hook);
}

/**
 * Appends a validated decision to the session queue, then hands it to every hook. Never rejects: a
 * failed write or a throwing hook is logged and the others still run.
 */
export async function recordDecision(event: GuardEvent): Promise<void> {
  const frozen = deepFreeze(event); // one hook must not change what the next one sees
  await serially(async () => {
    const queue = await decisionsItem.getValue();
    await decisionsItem.setValue(boundDecisions([...(Array.isArray(queue) ? queue : []), frozen]));
  }).catch((error: unknown) => console.warn('PromptFence: could not keep the decision in session storage', error));
  const results = await Promise.allSettled([...hooks].map(async (hook) => hook(frozen)));
  for (const result of results) {
    if (result.status === 'rejected') console.warn('PromptFence: a decision hook failed', result.reason);
  }
}

/** The decisions kept this session, newest first. Never rejects (empty on a storage error). */
export async function recentDecisions(): Promise<readonly GuardEvent[]> {
  try {
    const queue = await decisionsItem.getValue();
    return Array.isArray(queue) ? [...queue].reverse() : [];
  } catch {
    return [];
  }
}

/** Keeps the newest events within `maxItems` and `maxChars` (JSON length). Oldest first in, oldest first out. */
export function boundDecisions<T>(queue: readonly T[], maxItems = MAX_DECISIONS, maxChars = MAX_DECISION_CHARS): T[] {
  const kept: T[] = [];
  let chars = 0;
  for (let i = queue.length - 1; i >= 0 && kept.length < maxItems; i--) {
    chars += JSON.stringify(queue[i]).length;
    if (chars > maxChars) break;
    kept.push(queue[i]!);
  }
  return kept.reverse();
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
