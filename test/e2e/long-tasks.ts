/**
 * Main-thread long tasks in a page, as Chromium reports them (PerformanceObserver `longtask`: every task
 * over 50 ms, with its duration). The content script runs on the page's main thread, so its work shows
 * here along with the site's own. `startLongTasks` installs the observer; `longTasksSince` reads the
 * tasks that ended after a page-clock mark (`markNow`).
 */
import type { Page } from 'puppeteer-core';

interface Probe {
  tasks: { start: number; duration: number }[];
}

/** Starts recording long tasks in the page (idempotent). */
export async function startLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __longTasks?: Probe };
    if (w.__longTasks) return;
    const probe: Probe = { tasks: [] };
    w.__longTasks = probe;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) probe.tasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: false });
  });
}

/** The page's `performance.now()`. */
export function markNow(page: Page): Promise<number> {
  return page.evaluate(() => performance.now());
}

/** Long tasks that ended after `since` (page clock), durations in ms, in order. */
export async function longTasksSince(page: Page, since: number): Promise<number[]> {
  const tasks = await page.evaluate(() => (window as unknown as { __longTasks?: Probe }).__longTasks?.tasks ?? []);
  return tasks.filter((t) => t.start + t.duration >= since).map((t) => Math.round(t.duration * 10) / 10);
}

/**
 * Starts a timer of the page's own, due every 10 ms, recording how late each turn came. No task of the
 * guard may be long, yet the guard may still starve the page: `scheduler.yield()` continuations run
 * ahead of the page's queued tasks, so a scan made of short slices held the page's timers and messages
 * back for seconds (src/guard/sliced-scan.ts). A timer, not a message ping-pong: Blink runs a port's
 * queued messages in one task, so a ping loop would make the page's own long tasks out of nothing.
 */
export async function startPageTurns(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __turns?: [number, number][] };
    if (w.__turns) return;
    const turns: [number, number][] = [];
    w.__turns = turns;
    let due = performance.now() + 10;
    const tick = () => {
      const now = performance.now();
      if (now - due > 20) turns.push([due, now - due]);
      due = now + 10;
      setTimeout(tick, 10);
    };
    setTimeout(tick, 10);
  });
}

/** How late the page's own timer came at most (`startPageTurns`), among turns that ended after `since`, ms. */
export async function longestPageWaitSince(page: Page, since: number): Promise<number> {
  const turns = await page.evaluate(() => (window as unknown as { __turns?: [number, number][] }).__turns ?? []);
  return Math.round(longest(turns.filter(([at, wait]) => at + wait >= since).map(([, wait]) => wait)));
}

/** The longest of `tasks`, 0 when there is none (no task over 50 ms). */
export function longest(tasks: readonly number[]): number {
  return tasks.reduce((a, b) => Math.max(a, b), 0);
}

/** V8's garbage collection pauses on a thread, as devtools.timeline names them (their phases nest inside). */
const GC_EVENTS = new Set(['MajorGC', 'MinorGC']);

interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly pid: number;
  readonly tid: number;
  readonly ts: number;
  readonly dur?: number;
  /** Thread (CPU) time, µs. */
  readonly tdur?: number;
  readonly args?: {
    readonly name?: string;
    readonly data?: { readonly message?: string; readonly frames?: readonly { readonly url?: string; readonly processId?: number }[] };
  };
}

export interface TracedTasks {
  /** Every task of the page's main thread, wall-clock ms, longest first. */
  readonly all: number[];
  /** The same tasks' main-thread CPU time, ms, longest first. */
  readonly allCpu: number[];
  /**
   * The same tasks' CPU time without V8's garbage collection in them, ms, longest first. A collection
   * runs in whatever task allocates when the heap is due (or in one V8 posts for it): its pause is the
   * cost of the page's whole heap, not of that task's work, and is measured apart (`gcCpu`).
   */
  readonly allCpuWithoutGc: number[];
  /** The CPU time of each garbage collection pause on the page's main thread, ms, longest first. */
  readonly gcCpu: number[];
  /**
   * The tasks in which the guard ran (they hold one of its `PromptFence: …` trace stamps,
   * src/guard/work-marks.ts), wall-clock ms, longest first: whole tasks, so any site work in the same
   * task counts too.
   */
  readonly guard: number[];
  /** The guard's tasks' CPU time, ms, longest first. */
  readonly guardCpu: number[];
  /** The guard's work stamped in its task of the longest CPU time (`typing, scan`), to tell what it was. */
  readonly longestGuardWork: string;
  /** Wall-clock time over CPU time of all the page's tasks: how much other processes slowed this run (1 = not at all). */
  readonly contention: number;
  /** Every task the guard ran in, longest CPU time first, with the work it stamped (`scan`, `tables`, `panel` …). */
  readonly guardTasks: readonly GuardTask[];
  /** What the task of the longest CPU time spent it on: its longest trace events, `name ms`, to tell a task that is not the guard's. */
  readonly longestTaskParts: string;
}

export interface GuardTask {
  readonly wall: number;
  readonly cpu: number;
  /** The task's CPU time without the garbage-collection pauses in it. */
  readonly cpuWithoutGc: number;
  readonly work: readonly string[];
}

/**
 * Runs `action` under a Chromium trace and returns the durations of the tasks the page's main thread ran
 * meanwhile: the exact figures `longtask` entries only give above 50 ms, as wall-clock time and as the
 * main thread's CPU time. On a shared machine the wall-clock time of a task includes the time other
 * processes had the core; the CPU time is what the task itself cost. The page's renderer is the process
 * of the trace's frame whose URL starts with `urlPrefix`.
 */
export async function traceMainThreadTasks(page: Page, urlPrefix: string, action: () => Promise<void>): Promise<TracedTasks> {
  await page.tracing.start({ categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
  let buffer: Uint8Array | undefined;
  try {
    await action();
  } finally {
    buffer = await page.tracing.stop();
  }
  const events = (JSON.parse(new TextDecoder().decode(buffer)) as { traceEvents: TraceEvent[] }).traceEvents;
  const pids = new Set<number>();
  for (const e of events) {
    if (e.name !== 'TracingStartedInBrowser') continue;
    for (const f of e.args?.data?.frames ?? []) if (f.url?.startsWith(urlPrefix) && f.processId !== undefined) pids.add(f.processId);
  }
  const thread = (e: TraceEvent) => `${e.pid}:${e.tid}`;
  const mainThreads = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && pids.has(e.pid)).map(thread));
  const stamps = events.filter((e) => e.name === 'TimeStamp' && mainThreads.has(thread(e)) && e.args?.data?.message?.startsWith('PromptFence'));
  const tasks = events.filter((e) => e.name === 'RunTask' && e.ph === 'X' && mainThreads.has(thread(e)));
  const wall = (e: TraceEvent) => Math.round((e.dur ?? 0) / 100) / 10;
  const cpu = (e: TraceEvent) => Math.round((e.tdur ?? e.dur ?? 0) / 100) / 10;
  const byLength = (a: number, b: number) => b - a;
  const ours = tasks.filter((t) => stamps.some((s) => thread(s) === thread(t) && s.ts >= t.ts && s.ts <= t.ts + (t.dur ?? 0)));
  const sum = (f: (e: TraceEvent) => number) => tasks.reduce((a, t) => a + f(t), 0);
  const gcs = events.filter((e) => GC_EVENTS.has(e.name) && e.ph === 'X' && mainThreads.has(thread(e)));
  const gcIn = (t: TraceEvent) => gcs.filter((g) => thread(g) === thread(t) && g.ts >= t.ts && g.ts <= t.ts + (t.dur ?? 0)).reduce((a, g) => a + cpu(g), 0);
  const longestOurs = ours.reduce<TraceEvent | undefined>((a, t) => (!a || cpu(t) > cpu(a) ? t : a), undefined);
  const stampsIn = (t: TraceEvent) => stamps.filter((s) => thread(s) === thread(t) && s.ts >= t.ts && s.ts <= t.ts + (t.dur ?? 0)).map((s) => s.args!.data!.message!.replace('PromptFence: ', ''));
  return {
    all: tasks.map(wall).sort(byLength),
    allCpu: tasks.map(cpu).sort(byLength),
    allCpuWithoutGc: tasks.map((t) => Math.round((cpu(t) - gcIn(t)) * 10) / 10).sort(byLength),
    gcCpu: gcs.map(cpu).sort(byLength),
    guard: ours.map(wall).sort(byLength),
    guardCpu: ours.map(cpu).sort(byLength),
    longestGuardWork: longestOurs ? [...new Set(stampsIn(longestOurs))].join(', ') : '',
    contention: Math.round((sum(wall) / Math.max(1, sum(cpu))) * 100) / 100,
    guardTasks: ours.map((t) => ({ wall: wall(t), cpu: cpu(t), cpuWithoutGc: Math.round((cpu(t) - gcIn(t)) * 10) / 10, work: [...new Set(stampsIn(t))] })).sort((a, b) => b.cpu - a.cpu),
    longestTaskParts: partsOf(events, tasks.reduce<TraceEvent | undefined>((a, t) => (!a || cpu(t) > cpu(a) ? t : a), undefined)),
  };
}

/** The longest events inside `task` on its thread (complete events only), `name wall/cpu ms`, longest first. */
function partsOf(events: readonly TraceEvent[], task: TraceEvent | undefined): string {
  if (!task) return '';
  const end = task.ts + (task.dur ?? 0);
  return events
    .filter((e) => e !== task && e.ph === 'X' && e.pid === task.pid && e.tid === task.tid && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= end && (e.dur ?? 0) >= 2000)
    .sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0))
    .slice(0, 8)
    .map((e) => `${e.name} ${Math.round((e.dur ?? 0) / 1000)}/${Math.round((e.tdur ?? 0) / 1000)}`)
    .join(', ');
}
