/**
 * Central audit reporting, wired: the admin's managed `reporting` policy → a reporter for that
 * url/format/headers, fed by every accepted guard decision (`onGuardDecision`).
 *
 * - Runs at every service-worker start (called from `defineBackground`). The decision hook is added
 *   synchronously, before any await, so a decision that woke the worker is not missed: it waits for the
 *   first policy read and is then queued (or dropped when reporting is off).
 * - The durable queue (IndexedDB) is opened once, on first need; the reporter flushes what an earlier
 *   worker left queued as soon as it is created (`createReporter`).
 * - A policy change rebuilds the reporter only when url, format, headers or the policy version change;
 *   removing `reporting` (or `enabled: false`) stops it. Queued records then stay until reporting returns.
 * - Meta: `extensionVersion` from the manifest; `policyVersion` = first 12 hex digits of SHA-256 over the
 *   JSON of the effective policy (defaults + managed), with `reporting.headers` left out so that no
 *   token in them influences a value sent to the receiver. Same policy → same version, any change → new one.
 * - User id: only when `reporting.userId` is `email` or `id` (src/reporting/user-id.ts); with `none` or
 *   no setting, the identity API is never called. Read again when the identity permission is granted or
 *   revoked or the profile signs in or out, which rebuilds the reporter with the new meta.
 */
import { effectivePolicy } from '../policy/effective';
import { watchManagedPolicy, type ManagedPolicyState } from '../policy/managed';
import { DEFAULT_POLICY, type Policy } from '../policy/schema';
import {
  createReporter,
  openReportQueue,
  readUserId,
  watchUserId,
  type Reporter,
  type ReporterOptions,
  type ReportQueue,
  type UserIdApi,
} from '../reporting';
import { onGuardDecision } from './decisions';

/** `browser`, or the parts of it reporting uses (`permissions` and `identity` only for a user id). */
export interface ReportingApi extends UserIdApi {
  readonly runtime: { getManifest(): { version: string } };
  /** For the wake-up alarm (absent in some tests). */
  readonly alarms?: {
    create(name: string, info: { periodInMinutes: number }): unknown;
    clear(name: string): unknown;
    readonly onAlarm: { addListener(cb: (alarm: { name: string }) => void): void; removeListener(cb: (alarm: { name: string }) => void): void };
  };
}

/**
 * While reporting is on, this alarm fires every few minutes. MV3 stops an idle worker, and with it
 * the reporter's backoff timer; the alarm wakes a new one, which resumes the durable queue at start,
 * and in a live worker it forces a retry. Period = the longest backoff, so an outage costs no more.
 */
export const REPORTING_WAKE_ALARM = 'promptfence.reporting.wake';
const WAKE_MINUTES = 5;

export interface StartReportingOptions {
  /** Aborting stops the policy watch, the reporter and the decision hook. */
  readonly signal: AbortSignal;
  /** Test seams, passed on to the reporter / queue. */
  readonly fetch?: typeof fetch;
  readonly openQueue?: () => Promise<ReportQueue>;
  readonly reporter?: Partial<Pick<ReporterOptions, 'batchSize' | 'batchDelayMs' | 'backoff' | 'timeoutMs' | 'timers' | 'random' | 'now'>>;
  /** Test seam: replaces `readUserId(api, mode)`. */
  readonly readUserId?: typeof readUserId;
}

export interface ReportingHandle {
  /** The reporter in force after the policy updates seen so far (null: reporting off). */
  current(): Promise<Reporter | null>;
}

/** Short, stable version of a policy (see the module comment). */
export async function policyVersion(policy: Policy): Promise<string> {
  const r = policy.reporting;
  const withoutSecrets = r ? { ...policy, reporting: { url: r.url, format: r.format, ...(r.userId !== undefined ? { userId: r.userId } : {}) } } : policy;
  const bytes = new TextEncoder().encode(JSON.stringify(withoutSecrets));
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return [...digest.slice(0, 6)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Starts reporting per the managed policy; the hook is registered before this returns. */
export function startReporting(api: ReportingApi, options: StartReportingOptions): ReportingHandle {
  const { signal } = options;
  let queue: Promise<ReportQueue> | undefined;
  let active: { key: string; reporter: Reporter; stop: AbortController } | undefined;
  // Policy states are applied one after the other; `current` is the result of the latest.
  let current: Promise<Reporter | null> = Promise.resolve(null);

  const stopActive = () => {
    active?.stop.abort();
    active = undefined;
  };
  const wake = (on: boolean) => {
    try {
      if (on) void Promise.resolve(api.alarms?.create(REPORTING_WAKE_ALARM, { periodInMinutes: WAKE_MINUTES })).catch(() => undefined);
      else void Promise.resolve(api.alarms?.clear(REPORTING_WAKE_ALARM)).catch(() => undefined);
    } catch {
      // no alarms API: the queue still resumes at the next worker start
    }
  };

  const apply = async (state: ManagedPolicyState): Promise<Reporter | null> => {
    const policy = effectivePolicy(DEFAULT_POLICY, undefined, state.policy).policy;
    const reporting = policy.enabled ? policy.reporting : null;
    if (!reporting?.url || signal.aborted) {
      stopActive();
      if (!signal.aborted) wake(false);
      return null;
    }
    const userId = await (options.readUserId ?? readUserId)(api, reporting.userId);
    const meta = { extensionVersion: api.runtime.getManifest().version, policyVersion: await policyVersion(policy), ...userId };
    const key = JSON.stringify([reporting.url, reporting.format, reporting.headers ?? {}, meta]);
    if (active?.key === key) return active.reporter;
    stopActive();
    try {
      queue ??= (options.openQueue ?? openReportQueue)();
      const stop = new AbortController();
      const reporter = createReporter({
        ...options.reporter,
        url: reporting.url,
        format: reporting.format,
        ...(reporting.headers ? { headers: reporting.headers } : {}),
        queue: await queue,
        meta,
        ...(options.fetch ? { fetch: options.fetch } : {}),
        signal: AbortSignal.any([signal, stop.signal]),
      });
      active = { key, reporter, stop };
      wake(true);
      return reporter;
    } catch (error) {
      queue = undefined; // a failed open is retried on the next policy update
      console.warn('PromptFence: audit reporting could not start', error);
      return null;
    }
  };

  const enqueue = (next: Promise<ManagedPolicyState>) => {
    current = current.then(
      () => next.then(apply),
      () => next.then(apply),
    ).catch((error: unknown) => {
      console.warn('PromptFence: audit reporting policy update failed', error);
      return null;
    });
  };

  const unhook = onGuardDecision(async (event) => {
    const reporter = await current;
    if (reporter && !signal.aborted) await reporter.report(event);
  });
  const onAlarm = (alarm: { name: string }) => {
    if (alarm.name === REPORTING_WAKE_ALARM) void current.then((reporter) => reporter?.flush()).catch(() => undefined);
  };
  api.alarms?.onAlarm.addListener(onAlarm);
  signal.addEventListener('abort', () => {
    unhook();
    stopActive();
    api.alarms?.onAlarm.removeListener(onAlarm);
  }, { once: true });

  let latest: ManagedPolicyState | undefined;
  const track = (state: ManagedPolicyState) => (latest = state);
  enqueue(watchManagedPolicy({ signal, onChange: (state) => enqueue(Promise.resolve(track(state))) }).then(track));
  // A granted permission or a sign-in changes the user id: re-apply the policy in force (which reads it
  // only if the policy asks for one).
  watchUserId(api, signal, () => latest && enqueue(Promise.resolve(latest)));
  return { current: () => current };
}
