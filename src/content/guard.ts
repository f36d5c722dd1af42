/**
 * The guard on one page: catches every way text leaves for the AI (Enter, send button, form submit,
 * paste, drop, file pick), scans it on the device, and warns, redacts or blocks as the rules say.
 *
 * Listeners sit on `window` in the capture phase, registered at document_start, so they run before
 * any of the site's own handlers, and they find the composer from the event itself: a composer that is
 * re-rendered, moved into a shadow root or added by SPA navigation is covered without re-binding.
 * Decisions that need the user are made synchronously (prevent + stop the event), then resolved
 * asynchronously in the panel; nothing the user typed is removed unless they chose it.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Scanner } from '../engine/scan';
import type { Finding } from '../engine/types';
import { actedOn, decideSteps, DEFAULT_ACTION_RULES, strongerAction, type GuardDecision, type RecordLookup } from '../guard/actions';
import { runSteps } from '../guard/steps';
import type { FieldIndex } from '../engine/fields';
import { DECISION_LIMITS } from '../background/decision-validate';
import type { ActionRules, Channel, GuardAction, UserChoice } from '../guard/types';
import { reportedFindings } from '../guard/types';
import { readHistoryKey, valueHash } from '../history/value-hash';
import type { SiteAdapter } from '../sites/types';
import { Approvals, isOwn } from './approval';
import { ComposerAccess, type ComposerSnapshot } from './composer-access';
import { resolveWithUser, show, tellOrphaned, type Resolution } from './resolve-with-user';
import { runtimeAlive, sendToBackground } from './report';
import { listenForPicks, type PickHandler } from './pick-requests';
import { createGuardScanner } from './scan-text';
import { ScanPace, scanSliced, SlicedScan, SYNC_BUDGET_MS, warmUp, yieldToEventLoop } from './sliced-scan';
import { runInSlices } from './sliced-steps';
import { interceptInputs } from './intercept';
import { watchTyping } from './typing';
import { findingSources, isDocumentFile, isGuardedFile, joinFiles, readAttachedFiles, redactedCopies, unreadFiles } from '../files/attached';
import { redact } from '../engine/redact';
import { documentReader, type DocumentReader } from '../files/reader-client';
import { DEFAULT_POLICY } from '../policy/schema';
import { reinsertPaste, replayDrop, replayFileChange, replayPasteFiles, resendSubmission, type Submission } from './resend';
import { loadUserAllowlist, type UserAllowlist } from '../guard/user-allowlist';
import { watchGuardPolicy } from './policy';
import { fileProgress } from './file-progress';

export interface GuardOptions {
  readonly adapter: SiteAdapter | null;
  /**
   * An adapter that arrives later (an admin-added site, read from storage): the guard starts at once
   * with the generic one, so nothing slips through while storage is read, then switches.
   */
  readonly adapterLater?: Promise<SiteAdapter | null>;
  readonly rules?: ActionRules;
  /** Follow the admin's policy from managed storage (default true). */
  readonly watchPolicy?: boolean;
  /** Aborts every listener (a newer guard instance took over, or the page is going away). */
  readonly signal: AbortSignal;
}

export interface Guard {
  /** The scanner in use (tests and the typing overlay share it). */
  readonly scanner: Scanner;
}

export async function startGuard(ctx: ContentScriptContext, options: GuardOptions): Promise<Guard> {
  const { adapter, signal } = options;
  let rules = options.rules ?? DEFAULT_ACTION_RULES;
  /** False where the admin switched the guard off for this site: every channel passes untouched. */
  let enabled = true;
  let site = adapter?.id ?? 'generic';
  let siteName = adapter?.name ?? location.hostname;
  // The allowlist loads from storage; until then nothing is allowed (safe side).
  let allowlist: UserAllowlist | undefined;
  const isAllowed = (value: string, type: string) => allowlist?.isAllowed(value, type) ?? false;
  let scanner = createGuardScanner(isAllowed);
  /** The engine's measured speed on this page: sizes every time-sliced scan (sends, pastes, typing). */
  const pace = new ScanPace();
  void loadUserAllowlist({ signal }).then((list) => (allowlist = list), () => undefined);
  // The history's hash key (made by the background); until it is read, decisions carry no value hashes.
  let hashKey: string | undefined;
  void readHistoryKey().then((key) => (hashKey = key));
  // The engine gets ready in idle time, so the first paste does not pay for compiling it (once per scanner).
  let warmed: Scanner | undefined;
  const warmSoon = () => {
    const idle = (globalThis as { requestIdleCallback?: (cb: () => void, options: { timeout: number }) => number }).requestIdleCallback;
    const run = () => {
      if (warmed === scanner || signal.aborted) return;
      warmed = scanner;
      void warmUp(scanner, pace, signal);
    };
    if (idle) idle(run, { timeout: 2000 });
    else setTimeout(run, 500);
  };
  warmSoon();
  /** Attached documents: limits and actions from policy; the reader (an extension context) made on the first file. */
  let documents = DEFAULT_POLICY.documents;
  let documentsReader: DocumentReader | undefined;
  const reader = () => (documentsReader ??= documentReader(signal));
  if (options.watchPolicy !== false) {
    void watchGuardPolicy(signal, (policy) => {
      if (!options.rules) rules = policy.rules;
      documents = policy.documents;
      scanner = createGuardScanner(isAllowed, policy.custom);
      enabled = policy.enabledFor(site, location.hostname);
      warmSoon();
    });
  }

  const approvals = new Approvals();
  const composers = new ComposerAccess(adapter);
  void options.adapterLater?.then((later) => {
    if (!later) return;
    composers.adapter = later;
    site = later.id;
    siteName = later.name;
  }, () => undefined);
  /** One decision at a time: a second send while the panel is open is held, not sent. */
  let busy = false;

  /**
   * `text` is what the findings' offsets point into: each value is hashed for the history, then dropped.
   * The counts hold every finding; the event carries the first ones only, as many as the background keeps
   * (a 1 MB table has ~40,000: hashing and sending them all would hold the page, and be refused).
   */
  const report = (channel: Channel, action: GuardAction, choice: UserChoice, all: readonly Finding[], text: string, justification?: string) => {
    const counts: Record<string, number> = {};
    for (const f of all) counts[f.type] = (counts[f.type] ?? 0) + 1;
    const findings = all.length > DECISION_LIMITS.findingsKept ? all.slice(0, DECISION_LIMITS.findingsKept) : all;
    sendToBackground({
      kind: 'guard-decision',
      at: Date.now(),
      site,
      host: location.hostname,
      channel,
      action,
      choice,
      ...(justification ? { justification } : {}),
      counts,
      findings: reportedFindings(findings, (i) => (hashKey ? valueHash(hashKey, text.slice(findings[i]!.start, findings[i]!.end), findings[i]!.type) : undefined)),
    });
  };

  /**
   * What the guard does about the findings of `text`, and the findings it acts on: those whose action is
   * `allow` (a name or an address alone, a type the admin allowed) are dropped here, so no panel,
   * redaction, history or audit event sees them.
   */
  const decide = (all: readonly Finding[], text: string): { findings: Finding[]; decision: GuardDecision } =>
    actedOn(all, runSteps(decisionSteps(all, text)));

  /** The decision's steps, with the records of `text` looked up only if a name or an address needs them. */
  const decisionSteps = (all: readonly Finding[], text: string) => {
    const current = scanner;
    let fields: FieldIndex | undefined;
    const records: RecordLookup = { recordAt: (pos) => (fields ??= current.fieldsOf(text)).recordAt(pos) };
    return decideSteps(all, rules, site, records);
  };

  /**
   * `decide` after an asynchronous scan, in tasks of its own: on a dense table (~49,000 findings) the
   * decision alone takes tens of milliseconds, so it runs in slices, and the last scan slice, the
   * decision and the panel never add up to one long task.
   */
  const decideLater = async (all: readonly Finding[], text: string) => {
    await yieldToEventLoop();
    const decision = await runInSlices(decisionSteps(all, text), 'decide', signal);
    const decided = actedOn(all, decision);
    await yieldToEventLoop();
    return decided;
  };

  /** True when the findings need no interruption: none, `allow`, or `audit` (reported here). */
  const letThrough = (channel: Channel, text: string, findings: readonly Finding[], decision: GuardDecision): boolean => {
    if (findings.length === 0 || decision.action === 'allow') return true;
    if (decision.action !== 'audit') return false;
    report(channel, 'audit', 'sent-anyway', findings, text);
    return true;
  };

  /** What the user decided, applied: allowlist additions and the report. */
  const settle = async (channel: Channel, text: string, findings: readonly Finding[], decision: GuardDecision, resolution: Resolution) => {
    if (allowlist) for (const i of resolution.allowed) await allowlist.add(resolution.valueOf(i), findings[i]!.type).catch(() => undefined);
    report(channel, decision.action, resolution.choice, findings, text, resolution.justification);
  };

  const onSubmission = (event: Event, submission: Submission): boolean => {
    if (!enabled || isOwn(event)) return false;
    const started = performance.now();
    const snapshot = composers.snapshot(submission.composer);
    if (!snapshot || !snapshot.text.trim()) return false;
    if (approvals.covers(snapshot.text)) return false;
    if (busy) return stop(event);
    // The send path decides synchronously when the scan fits the budget (the site's handlers run right
    // after us); otherwise the send is held and the scan finishes in slices, then the send is made again.
    const job = new SlicedScan(scanner, snapshot.text, pace);
    if (!job.tryUntil(started + SYNC_BUDGET_MS)) {
      stop(event);
      void handleLargeSubmission(submission, snapshot, job);
      return true;
    }
    if (job.findings.length === 0) return false; // the common case: no rule lookup at all
    const { findings, decision } = decide(job.findings, snapshot.text);
    if (letThrough(submission.channel, snapshot.text, findings, decision)) return false;
    stop(event);
    void resolveSubmission(submission, snapshot, findings, decision);
    return true;
  };

  /** A send held back while its scan finishes in slices. */
  const handleLargeSubmission = async (submission: Submission, held: ComposerSnapshot, job: SlicedScan) => {
    busy = true;
    try {
      let snapshot = held;
      let all = await job.finish(signal);
      // The composer stays editable while the scan runs: decide on what would be sent now.
      for (let round = 0; round < 3; round++) {
        const now = composers.snapshot(submission.composer);
        if (!now) return;
        if (now.text === snapshot.text) break;
        snapshot = now;
        all = await scanSliced(scanner, now.text, pace, signal);
      }
      const now = composers.snapshot(submission.composer);
      // Still changing: send nothing; the user sends again when done.
      if (!now || now.text !== snapshot.text || !now.text.trim()) return;
      const { findings, decision } = await decideLater(all, now.text);
      if (letThrough(submission.channel, now.text, findings, decision)) {
        approvals.approve(now.text);
        await resendSubmission(submission, now, approvals);
        return;
      }
      busy = false;
      await resolveSubmission(submission, now, findings, decision);
    } catch (error) {
      // Aborted (the page is going away, or a newer guard took over): nothing is sent.
      if (!signal.aborted) throw error;
    } finally {
      busy = false;
    }
  };

  const resolveSubmission = async (submission: Submission, snapshot: ComposerSnapshot, findings: Finding[], decision: GuardDecision) => {
    busy = true;
    try {
      const resolution = await resolveWithUser({ ctx, composers, snapshot, findings, decision, siteName, purpose: 'send' });
      await settle(submission.channel, snapshot.text, findings, decision, resolution);
      if (resolution.send) {
        const now = composers.snapshot(submission.composer);
        // Only what the user saw and approved goes: text the page slipped in while the panel was open
        // (behind the modal) would otherwise be sent unscanned.
        if (!now || now.text !== resolution.sendText) {
          await show(ctx, { kind: 'notice', notice: 'composer-mismatch' });
          composers.restoreFocus(now ?? snapshot);
          return;
        }
        approvals.approve(now.text);
        await resendSubmission(submission, now, approvals);
      } else composers.restoreFocus(snapshot);
    } finally {
      busy = false;
    }
  };

  const onPaste = (event: ClipboardEvent, composer: HTMLElement): boolean => {
    if (!enabled) return false;
    const started = performance.now();
    const text = event.clipboardData?.getData('text/plain') ?? '';
    const files = event.clipboardData ? [...event.clipboardData.files] : [];
    if (files.some(isGuardedFile)) {
      stop(event);
      void handleFiles('paste', composer, files, (chosen) => replayPasteFiles(composer, chosen));
      return true;
    }
    return text ? holdInsertedText(event, 'paste', composer, text, started) : false;
  };

  /**
   * Pasted or dropped text: let it in when clean, else hold it back for the user's decision. Decided
   * synchronously when the scan fits the budget from `started`; otherwise held while it finishes in slices.
   */
  const holdInsertedText = (event: Event, channel: Channel, composer: HTMLElement, text: string, started: number): boolean => {
    if (busy) return stop(event);
    const job = new SlicedScan(scanner, text, pace);
    if (!job.tryUntil(started + SYNC_BUDGET_MS)) {
      stop(event);
      void handleInsertedText(channel, composer, text, job);
      return true;
    }
    if (job.findings.length === 0) return false;
    const { findings, decision } = decide(job.findings, text);
    if (letThrough(channel, text, findings, decision)) return false;
    stop(event);
    void handleInsertedText(channel, composer, text, { findings, decision });
    return true;
  };

  /** Pasted or dropped text the guard held back: finish its scan (if not done), ask, then insert what was chosen. */
  const handleInsertedText = async (
    channel: Channel,
    composer: HTMLElement,
    text: string,
    scanned: { findings: Finding[]; decision: GuardDecision } | SlicedScan,
  ) => {
    busy = true;
    try {
      const { findings, decision } = scanned instanceof SlicedScan ? await decideLater(await scanned.finish(signal), text) : scanned;
      const snapshot = composers.snapshot(composer);
      if (!snapshot) return;
      if (letThrough(channel, text, findings, decision)) {
        await reinsertPaste(composers, snapshot, text);
        return;
      }
      const resolution = await resolveWithUser({ ctx, composers, snapshot, findings, decision, siteName, purpose: 'insert', insertedText: text });
      await settle(channel, text, findings, decision, resolution);
      if (resolution.insert !== undefined) await reinsertPaste(composers, snapshot, resolution.insert);
      else composers.restoreFocus(snapshot);
    } catch (error) {
      // Aborted: the held text is not inserted (the page is going away).
      if (!signal.aborted) throw error;
    } finally {
      busy = false;
    }
  };

  /** `replay(files)`: hands the site the files it may have (the originals, or redacted copies). */
  const handleFiles = async (channel: Channel, composer: HTMLElement | null, files: File[], replay: (files: File[]) => void, discard = () => {}) => {
    if (!runtimeAlive() && files.some(isDocumentFile)) {
      // Orphaned by an extension update: the document reader (an extension context) went with the old
      // version. The files stay held; the user is told to reload and attach them again.
      tellOrphaned('file');
      discard();
      return;
    }
    busy = true;
    let replayed = false;
    const go = (chosen = files) => {
      replayed = true;
      replay(chosen);
    };
    const progress = fileProgress(ctx, files.filter(isGuardedFile).length);
    try {
      // Documents are read in an extension context (src/files); text files here, as typed text.
      const read = await readAttachedFiles(files, reader, documents, progress.update);
      const joined = joinFiles(read);
      const unread = unreadFiles(read, documents);
      const all = joined.text ? await scanSliced(scanner, joined.text, pace, signal) : [];
      const { findings, decision } = await decideLater(all, joined.text);
      progress.close();
      if (unread.length === 0 && letThrough(channel, joined.text, findings, decision)) {
        go();
        return;
      }
      const sourceAt = await findingSources(joined, findings.map((f) => f.start));
      const snapshot = composer ? composers.snapshot(composer) : undefined;
      const resolution = await resolveWithUser({
        ctx, composers, snapshot, findings, decision, siteName, purpose: 'file', insertedText: joined.text, sourceAt, unreadFiles: unread,
      });
      const action = unread.reduce((a, f) => strongerAction(a, f.action), decision.action);
      await settle(channel, joined.text, findings, { ...decision, action }, resolution);
      // "Attach anyway" attaches the files as they are; "Upload a redacted copy" attaches copies; else nothing.
      if (resolution.choice === 'sent-anyway' || resolution.choice === 'allowed-value') go();
      else if (resolution.choice === 'redacted' && resolution.redactFindings) {
        const chosen = resolution.redactFindings.map((i) => findings[i]!);
        const { replacements } = redact(joined.text, chosen);
        const texts = replacements.map((r) => ({ start: r.start, end: r.end, text: r.replacement }));
        const copies = await redactedCopies(files, read, joined, texts, reader, documents);
        if ('files' in copies) go(copies.files);
        else await show(ctx, { kind: 'notice', notice: 'file-redaction-failed', name: copies.failed });
      } else if (snapshot) composers.restoreFocus(snapshot);
    } catch (error) {
      // Aborted: the files stay held back (discarded below).
      if (!signal.aborted) throw error;
    } finally {
      progress.close();
      busy = false;
      // A file the user did not let through must not stay selected: a site that reads the input at
      // send time, not on change, would still upload it.
      if (!replayed) discard();
    }
  };

  const onDrop = (event: DragEvent, composer: HTMLElement | null): boolean => {
    if (!enabled) return false;
    const dt = event.dataTransfer;
    if (!dt) return false;
    if (documents.unreadable !== 'allow' && holdsFolder(dt)) {
      // The page could read every file in it, now or later, through the folder's entry or handle
      // (`webkitGetAsEntry`, `getAsFileSystemHandle`); a replayed drop cannot carry a folder. As for
      // the folder picker, `documents.unreadable: allow` lets it through unread.
      stop(event);
      void show(ctx, { kind: 'notice', notice: 'folder-drop' });
      return true;
    }
    const files = [...dt.files];
    if (files.some(isGuardedFile)) {
      stop(event);
      const target = event.composedPath()[0] ?? null;
      const at = { clientX: event.clientX, clientY: event.clientY };
      void handleFiles('drop', composer, files, (chosen) => replayDrop(target, chosen, at));
      return true;
    }
    const started = performance.now();
    const text = dt.getData('text/plain');
    return text && composer ? holdInsertedText(event, 'drop', composer, text, started) : false;
  };

  const onFilePick = (event: Event, input: HTMLInputElement): boolean => {
    if (!enabled) return false;
    const files = input.files ? [...input.files] : [];
    if (!files.some(isGuardedFile)) return false;
    stop(event);
    void handleFiles('file', composers.current()?.element ?? null, files, (chosen) => replayFileChange(input, chosen === files ? undefined : chosen), () => (input.value = ''));
    return true;
  };

  /**
   * Files picked through `showOpenFilePicker`, handed over by the main-world hook (src/files/picker-hook.ts),
   * which gives the page handles only after this answers; and the folder picker, refused here unless
   * the policy lets unreadable files through.
   */
  const onPick: PickHandler = (request, answer) => {
    if (!enabled) return answer({ decision: 'original' });
    if (request.kind === 'directory') {
      // A folder is a file the guard cannot read: `documents.unreadable` (all `allow` in monitor mode)
      // lets it through unread; warn or block refuse it, since nothing could be attached after a warning.
      if (documents.unreadable === 'allow') return answer({ decision: 'original' });
      answer({ decision: 'none' });
      void show(ctx, { kind: 'notice', notice: 'folder-picker' });
      return;
    }
    const files = [...request.files];
    if (!files.some(isGuardedFile)) return answer({ decision: 'original' });
    void handleFiles(
      'file',
      composers.current()?.element ?? null,
      files,
      (chosen) => answer(chosen === files ? { decision: 'original' } : { decision: 'copies', files: chosen }),
      () => answer({ decision: 'none' }),
    );
  };

  interceptInputs({ signal, composers, onSubmission, onPaste, onDrop, onFilePick });
  // Firefox has no File System Access pickers (and page code cannot read what this world dispatches).
  if (!import.meta.env.FIREFOX) listenForPicks(signal, onPick);

  watchTyping(ctx, { signal, composers, pace, scanner: () => (enabled ? scanner : undefined), site: () => site });
  return {
    get scanner() {
      return scanner;
    },
  };
}

/** A dropped folder (only a trusted drop has entries; read while the event is dispatched). */
function holdsFolder(dt: DataTransfer): boolean {
  return [...dt.items].some((item) => item.kind === 'file' && item.webkitGetAsEntry?.()?.isDirectory === true);
}

/** Stops an event before the site sees it: both calls are needed (see test/e2e/fixtures/README.md). */
function stop(event: Event): true {
  event.preventDefault();
  event.stopImmediatePropagation();
  return true;
}

