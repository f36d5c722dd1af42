/**
 * Asking the user (or acting alone, for silent redaction) once the guard held something back, and
 * applying the answer to the composer. Returns what the caller must still do: send, insert, or nothing.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Finding } from '../engine/types';
import { replaceAll, replaceRanges } from '../editors';
import type { GuardDecision } from '../decisions/actions';
import { showGuardPanel } from '../ui/panel/mount';
import { t } from '../ui/panel/strings';
import { MAX_PREVIEW_CHARS, MAX_ROWS, type PanelFinding, type UnreadFileRow } from '../ui/panel/types';
import type { Location } from '../documents/types';
import type { UserChoice } from '../decisions/types';
import type { ComposerAccess, ComposerSnapshot } from './composer-access';
import { redactedHead, redactInSlices } from './sliced-redact';
import { runtimeAlive } from './report';
import { yieldToEventLoop } from './sliced-scan';
import { markWork } from './work-marks';
import { PlaceholderNumbering } from '../engine/placeholder-numbering';
import type { VaultClient, VaultSeed } from '../restore/vault-client';

/** Above this many findings, preparing the panel and showing it are separate tasks. */
const MANY_FINDINGS = 2000;

export interface ResolveArgs {
  readonly ctx: ContentScriptContext;
  readonly composers: ComposerAccess;
  readonly snapshot: ComposerSnapshot | undefined;
  readonly findings: readonly Finding[];
  readonly decision: GuardDecision;
  readonly siteName: string;
  /** `send`: findings are in the composer; `insert`: in `insertedText` (a paste or drop); `file`: in files. */
  readonly purpose: 'send' | 'insert' | 'file';
  readonly insertedText?: string;
  /** Attached files (`file` purpose): which file, and where in it, a finding's offset is. */
  readonly sourceAt?: (offset: number) => { readonly file: string; readonly where?: Location } | undefined;
  /** Attached files that could not be read in full and that the policy does not let through silently. */
  readonly unreadFiles?: readonly UnreadFileRow[];
  /** Attached files with something to decide (the panel lists the first findings only, which may not name them all). */
  readonly files?: number;
  /** The conversation's placeholders (policy `restore`): a redaction keeps its tags and adds to them. */
  readonly vault?: VaultClient;
}

export interface Resolution {
  readonly choice: UserChoice;
  /** Send the composer, if it still holds exactly `sendText`. */
  readonly send: boolean;
  /** The text the user approved to send (as scanned, or as redacted); anything else must not go. */
  readonly sendText?: string;
  /** Text to insert where the paste or drop was aimed (`insert` purpose). */
  readonly insert?: string;
  /** `file` purpose, "Upload a redacted copy": the findings to replace in the copies. */
  readonly redactFindings?: readonly number[];
  readonly justification?: string;
  /** The panel closed without the user's answer (replaced by another, the page going away): nothing to remember. */
  readonly unanswered?: boolean;
  /** Findings the user marked "not sensitive", and the value of a finding (memory only, for hashing). */
  readonly allowed: readonly number[];
  valueOf(index: number): string;
}

export async function resolveWithUser(args: ResolveArgs): Promise<Resolution> {
  const { ctx, findings, decision, purpose, snapshot } = args;
  const source = purpose === 'send' ? (snapshot?.text ?? '') : (args.insertedText ?? '');
  const valueOf = (i: number) => source.slice(findings[i]!.start, findings[i]!.end);
  const none: Resolution = { choice: 'blocked', send: false, allowed: [], valueOf };

  /** Every finding's index (made when needed: a table has tens of thousands). */
  const all = () => findings.map((_, i) => i);

  // The conversation's placeholders, read once: the preview shows the tags the redaction will send.
  const seed: VaultSeed = purpose !== 'file' && args.vault ? await args.vault.seed() : { entries: [], used: {} };
  const numbering = () => new PlaceholderNumbering(seed.entries, seed.used);

  if (decision.action === 'redact' && !decision.confirmRedact && purpose !== 'file') {
    const applied = await applyRedaction(args, source, all(), numbering());
    if (!applied.ok) return none;
    void showGuardPanel(ctx, { kind: 'redacted', count: findings.length, onUndo: () => undo(args, source) }).catch(() => undefined);
    return { choice: 'auto-redacted', send: purpose === 'send', sendText: applied.text, insert: applied.insert, allowed: [], valueOf };
  }

  // Thousands of findings (a pasted table): the rows the panel lists (the first MAX_ROWS: a 10 MB sheet
  // has ~510,000 findings, and a row for each made garbage collections that held the page), the redacted
  // preview the panel opens with (1–3 ms on a table) and the panel's first render in tasks of their own.
  const many = findings.length > MANY_FINDINGS;
  const between = async () => {
    if (many) await yieldToEventLoop();
    markWork('panel');
  };
  await between();
  const panelFindings = panelRows(findings.slice(0, MAX_ROWS), decision, args.sourceAt);
  const preview = (allowed: ReadonlySet<number>) => redactedHead(source, findings, MAX_PREVIEW_CHARS, allowed, numbering);
  await between();
  const opening = purpose !== 'file' && decision.action === 'redact' ? preview(new Set()) : undefined;
  await between();
  const result = await show(ctx, {
    kind: 'decision',
    findings: panelFindings,
    total: findings.length,
    ...(args.files !== undefined ? { files: args.files } : {}),
    decision,
    siteName: args.siteName,
    verb: purpose === 'send' ? 'send' : purpose === 'insert' ? 'paste' : 'attach',
    ...(args.unreadFiles?.length ? { unreadFiles: args.unreadFiles } : {}),
    redactedPreview: purpose === 'file' ? undefined : (allowed) => (allowed.size === 0 && opening !== undefined ? opening : preview(allowed)),
  });
  if (!result) return { ...none, unanswered: true };
  const allowed = result.allowedFindings;
  const marked = new Set(allowed);
  const active = all().filter((i) => !marked.has(i));
  const base = { allowed, valueOf, justification: result.justification };

  switch (result.choice) {
    case 'sent-anyway':
    case 'allowed-value':
      return { ...base, choice: result.choice, send: purpose === 'send', sendText: source, insert: purpose === 'insert' ? source : undefined };
    case 'redacted': {
      if (purpose === 'file') return { ...base, choice: 'redacted', send: false, redactFindings: active };
      const applied = await applyRedaction(args, source, active, numbering());
      if (!applied.ok) return { ...base, choice: 'blocked', send: false };
      if (purpose === 'send' && !result.send) {
        // Redacted in place for the user to review: offer the way back.
        void showGuardPanel(ctx, { kind: 'redacted', count: active.length, choice: 'redacted', onUndo: () => undo(args, source) }).catch(() => undefined);
      }
      return { ...base, choice: 'redacted', send: purpose === 'send' && result.send, sendText: applied.text, insert: applied.insert };
    }
    default:
      return { ...base, choice: result.choice, send: false, ...(result.unanswered ? { unanswered: true } : {}) };
  }
}

/** What the panel may show of each finding (never a value or an offset). */
function panelRows(findings: readonly Finding[], decision: GuardDecision, sourceAt: ResolveArgs['sourceAt']): PanelFinding[] {
  const rows: PanelFinding[] = [];
  for (let i = 0; i < findings.length; i++) {
    const { type, severity, preview, reason, why, start } = findings[i]!;
    const companion = decision.companion?.[i];
    const source = sourceAt?.(start);
    rows.push({
      type, severity, preview, reason,
      ...(why ? { why } : {}),
      ...(companion === 'record' || companion === 'table' ? { companion } : {}),
      ...(source ? { file: source.file, ...(source.where ? { where: source.where } : {}) } : {}),
    });
  }
  return rows;
}

/**
 * Redacts the chosen findings: in the composer (verified by reading back), or in the text to insert.
 * `text` is the redacted message (what may be sent).
 */
async function applyRedaction(args: ResolveArgs, source: string, indexes: readonly number[], numbering: PlaceholderNumbering): Promise<{ ok: boolean; text?: string; insert?: string }> {
  const chosen = indexes.map((i) => args.findings[i]!);
  const { text, replacements } = await redactInSlices(source, chosen, undefined, numbering);
  if (args.purpose !== 'send') {
    args.vault?.keep(numbering);
    return { ok: true, text, insert: text };
  }
  const snapshot = args.snapshot;
  if (!snapshot) return { ok: false };
  args.composers.restoreFocus(snapshot);
  const result = await replaceRanges(snapshot.element, snapshot.kind, source, replacements);
  if (result.ok) {
    // Kept once the composer holds the placeholders: what the user may send from now on.
    args.vault?.keep(numbering);
    return { ok: true, text };
  }
  // The send stays blocked and the user is told why; nothing is sent.
  await show(args.ctx, { kind: 'notice', notice: result.reason === 'stale-text' || result.reason === 'changed' ? 'composer-mismatch' : 'redaction-failed' });
  args.composers.restoreFocus(snapshot);
  return { ok: false };
}

/** Puts the original text back (the "Undo redaction" button). */
async function undo(args: ResolveArgs, original: string): Promise<void> {
  const snapshot = args.snapshot;
  if (!snapshot?.element.isConnected) return;
  await replaceAll(snapshot.element, snapshot.kind, original);
}

/**
 * The orphan notices, read from the catalogue when this script starts: after an extension update the
 * old script's extension APIs are gone, and the alert must still be in the user's language.
 */
const ORPHAN_NOTICE = {
  send: `${t('notice.guardUpdated.title')}\n\n${t('notice.guardUpdated.desc')}`,
  file: `${t('notice.guardUpdated.title')}\n\n${t('notice.guardUpdatedFile.desc')}`,
  // Refused whether orphaned or not: the notice's own words.
  folder: `${t('notice.folderPicker.title')}\n\n${t('notice.folderPicker.desc')}`,
};

/** Says, with a plain alert (no UI can be mounted any more), that an orphaned guard held a send or a file back. */
export function tellOrphaned(what: keyof typeof ORPHAN_NOTICE): void {
  window.alert(ORPHAN_NOTICE[what]);
}

type ShownProps = Parameters<typeof showGuardPanel>[1];

function orphanNoticeFor(props: ShownProps): keyof typeof ORPHAN_NOTICE {
  if (props.kind === 'decision' && props.verb === 'attach') return 'file';
  if (props.kind === 'notice' && props.notice === 'folder-picker') return 'folder';
  if (props.kind === 'notice' && props.notice.startsWith('file-')) return 'file';
  return 'send';
}

/**
 * Shows a panel; when this content script was orphaned by an extension update (no UI can be mounted),
 * falls back to a plain alert so a held-back send or file is never silent. Returns undefined when no answer.
 */
export async function show(ctx: ContentScriptContext, props: ShownProps) {
  // WXT's context notices an update late (its check runs on a timer); the runtime's id is gone at once.
  if (ctx.isInvalid || !runtimeAlive()) {
    tellOrphaned(orphanNoticeFor(props));
    return undefined;
  }
  try {
    return await showGuardPanel(ctx, props);
  } catch {
    // Orphaned while mounting: the held-back send must still not be silent.
    if (!runtimeAlive()) tellOrphaned(orphanNoticeFor(props));
    return undefined;
  }
}
