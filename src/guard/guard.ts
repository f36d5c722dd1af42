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
import { actedOn, decideSteps, DEFAULT_ACTION_RULES, type GuardDecision, type RecordLookup } from '../decisions/actions';
import { actionFor } from '../decisions/rules';
import type { PlaceholderEntry } from '../engine/placeholder-numbering';
import { withConversationValues } from '../restore/conversation-values';
import { runSteps } from '../decisions/steps';
import type { FieldIndex } from '../engine/fields';
import { DECISION_LIMITS } from '../background/decision-validate';
import { ACTION_STRENGTH, type ActionRules, type Channel, type GuardEvent } from '../decisions/types';
import { reportedFindings } from '../decisions/types';
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
import { isGuardedFile } from '../files/attached';
import { FileDecisionMemory } from '../files/decision-memory';
import { droppedFolders, folderLimits, pickedFolder } from '../files/folder-drop';
import { documentReader, type DocumentReader } from '../files/reader-client';
import { DEFAULT_POLICY } from '../policy/schema';
import { reinsertPaste, replayDrop, replayFileChange, replayPasteFiles, resendSubmission, type Submission } from './resend';
import { loadUserAllowlist, type UserAllowlist } from '../decisions/user-allowlist';
import { watchGuardPolicy } from './policy';
import { createFileGuard, type ReportDecision } from './file-guard';
import { vaultClient } from '../restore/vault-client';
import { startRestoreLayer } from '../restore/restore-layer';
import { browser } from 'wxt/browser';

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
  /** The conversation's placeholders and values (background, memory only; policy `restore` decides there). */
  const vault = vaultClient((message) => browser.runtime.sendMessage(message));
  /**
   * The values this conversation already sent as placeholders, for the send path's synchronous decision:
   * read at start, after every decision, and when the page's path (the conversation) changed.
   */
  let valuesSent: readonly PlaceholderEntry[] = [];
  let valuesPath = location.pathname;
  const refreshValuesSent = (always: boolean) => {
    if (!always && location.pathname === valuesPath) return;
    const path = (valuesPath = location.pathname);
    if (!always) valuesSent = [];
    void vault.entries().then((entries) => {
      if (location.pathname === path) valuesSent = entries;
    });
  };
  refreshValuesSent(true);
  // Answers that show this conversation's placeholders get the real values beside them (closed shadow roots).
  const restoreLayer = startRestoreLayer({ signal, vault, answers: adapter?.answers ?? [] });
  /** Attached files decided in this tab, by their bytes (memory only, for the page's life). */
  const fileDecisions = new FileDecisionMemory();
  if (options.watchPolicy !== false) {
    void watchGuardPolicy(signal, (policy) => {
      if (!options.rules) rules = policy.rules;
      documents = policy.documents;
      // A file decided under the old policy must be decided again under the new one.
      fileDecisions.clear();
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
   * `file`: the attached file the decision is about (one event per file). Returns the event sent.
   */
  const report: ReportDecision = (channel, action, choice, all, text, justification, file) => {
    const counts: Record<string, number> = {};
    for (const f of all) counts[f.type] = (counts[f.type] ?? 0) + 1;
    const findings = all.length > DECISION_LIMITS.findingsKept ? all.slice(0, DECISION_LIMITS.findingsKept) : all;
    const event: GuardEvent = {
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
      ...(file ? { file } : {}),
    };
    sendToBackground(event);
    return event;
  };

  /**
   * What the guard does about the findings of `text`, and the findings it acts on: those whose action is
   * `allow` (a name or an address alone, a type the admin allowed) are dropped here, so no panel,
   * redaction, history or audit event sees them.
   */
  const decide = (found: readonly Finding[], text: string): { findings: Finding[]; decision: GuardDecision } => {
    const all = withValuesSent(found, text);
    return actedOn(all, runSteps(decisionSteps(all, text)));
  };

  /** The findings with this conversation's earlier values in `text` (follow-ups: the same placeholder again). */
  const withValuesSent = (found: readonly Finding[], text: string): Finding[] => {
    refreshValuesSent(false);
    return withConversationValues(found, text, valuesSent, (f) => ACTION_STRENGTH[actionFor(f, rules, site)] < ACTION_STRENGTH.redact);
  };

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
  const decideLater = async (found: readonly Finding[], text: string, followUps = true) => {
    await yieldToEventLoop();
    const all = followUps ? withValuesSent(found, text) : [...found];
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

  /** The values the user marked "not sensitive", added to their list. */
  const allowValues = async (resolution: Resolution, findings: readonly Finding[]) => {
    if (allowlist) for (const i of resolution.allowed) await allowlist.add(resolution.valueOf(i), findings[i]!.type).catch(() => undefined);
  };

  /** What the user decided, applied: allowlist additions and the report. */
  const settle = async (channel: Channel, text: string, findings: readonly Finding[], decision: GuardDecision, resolution: Resolution) => {
    await allowValues(resolution, findings);
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
    if (job.findings.length === 0 && valuesSent.length === 0) return false; // the common case: no rule lookup at all
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
      const resolution = await resolveWithUser({ ctx, composers, snapshot, findings, decision, siteName, purpose: 'send', vault });
      refreshValuesSent(true);
      restoreLayer.refresh();
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
      void attached.handle({ channel: 'paste', composer, files, replay: (chosen) => replayPasteFiles(composer, chosen) });
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
    if (job.findings.length === 0 && valuesSent.length === 0) return false;
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
      const resolution = await resolveWithUser({ ctx, composers, snapshot, findings, decision, siteName, purpose: 'insert', insertedText: text, vault });
      refreshValuesSent(true);
      restoreLayer.refresh();
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

  /** Attached files: read, checked and decided once per content hash in this tab (src/guard/file-guard.ts). */
  const attached = createFileGuard({
    ctx,
    signal,
    composers,
    pace,
    scanner: () => scanner,
    documents: () => documents,
    reader,
    siteName: () => siteName,
    // Files are decided on what they hold (their redacted copies are numbered on their own).
    decide: (found, text) => decideLater(found, text, false),
    report,
    allowValues,
    setBusy: (on) => (busy = on),
    memory: fileDecisions,
  });

  const onDrop = (event: DragEvent, composer: HTMLElement | null): boolean => {
    if (!enabled) return false;
    const dt = event.dataTransfer;
    if (!dt) return false;
    // A folder the policy lets through unread (`documents.unreadable: allow`, all of monitor mode) keeps
    // its folder for the site: a replayed drop could only carry its files, flat.
    if (documents.unreadable === 'allow' && holdsFolder(dt)) return false;
    const files = [...dt.files];
    const target = event.composedPath()[0] ?? null;
    const at = { clientX: event.clientX, clientY: event.clientY };
    const replay = (chosen: readonly File[]) => replayDrop(target, chosen, at);
    // A folder: its entries are handed out only now, during the drop (src/files/folder-drop.ts).
    const folders = droppedFolders(dt);
    if (folders) {
      stop(event);
      void attached.handleFolders(folders, { channel: 'drop', composer, replay });
      return true;
    }
    if (files.some(isGuardedFile)) {
      stop(event);
      void attached.handle({ channel: 'drop', composer, files, replay });
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
    // A picked folder (`webkitdirectory`) has every file listed already: the dropped folder's limits apply.
    const folder = input.webkitdirectory ? pickedFolder(files.filter(isGuardedFile), folderLimits(documents.maxFileMB)) : undefined;
    // Past them, it is a folder the guard cannot read: `documents.unreadable: allow` lets it through, as a dropped one.
    if (folder && !folder.ok && documents.unreadable === 'allow') return false;
    stop(event);
    const attachment = {
      channel: 'file',
      composer: composers.current()?.element ?? null,
      replay: (chosen: readonly File[]) => replayFileChange(input, chosen === files ? undefined : [...chosen]),
      discard: () => (input.value = ''),
    } as const;
    // The folder's unread files (images…) go with the read ones, as in any multi-file pick.
    if (folder) void attached.handleListedFolder(folder.ok ? { ...folder, files } : folder, attachment);
    else void attached.handle({ ...attachment, files });
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
    void attached.handle({
      channel: 'file',
      composer: composers.current()?.element ?? null,
      files,
      replay: (chosen) => answer(chosen === files ? { decision: 'original' } : { decision: 'copies', files: [...chosen] }),
      discard: () => answer({ decision: 'none' }),
    });
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

