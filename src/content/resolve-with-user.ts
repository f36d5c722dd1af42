/**
 * Asking the user (or acting alone, for silent redaction) once the guard held something back, and
 * applying the answer to the composer. Returns what the caller must still do: send, insert, or nothing.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { redact } from '../engine/redact';
import type { Finding } from '../engine/types';
import { replaceAll, replaceRanges } from '../editors';
import type { GuardDecision } from '../guard/actions';
import { showGuardPanel } from '../guard/panel/mount';
import { t } from '../guard/panel/strings';
import type { PanelFinding } from '../guard/panel/types';
import type { UserChoice } from '../guard/types';
import type { ComposerAccess, ComposerSnapshot } from './composer-access';

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
}

export interface Resolution {
  readonly choice: UserChoice;
  /** Send the composer, if it still holds exactly `sendText`. */
  readonly send: boolean;
  /** The text the user approved to send (as scanned, or as redacted); anything else must not go. */
  readonly sendText?: string;
  /** Text to insert where the paste or drop was aimed (`insert` purpose). */
  readonly insert?: string;
  readonly justification?: string;
  /** Findings the user marked "not sensitive", and every finding's value (memory only, for hashing). */
  readonly allowed: readonly number[];
  readonly values: readonly string[];
}

export async function resolveWithUser(args: ResolveArgs): Promise<Resolution> {
  const { ctx, findings, decision, purpose, snapshot } = args;
  const source = purpose === 'send' ? (snapshot?.text ?? '') : (args.insertedText ?? '');
  const values = findings.map((f) => source.slice(f.start, f.end));
  const none: Resolution = { choice: 'blocked', send: false, allowed: [], values };

  const redacted = (indexes: readonly number[]) => redact(source, indexes.map((i) => findings[i]!)).text;
  const all = findings.map((_, i) => i);

  if (decision.action === 'redact' && !decision.confirmRedact && purpose !== 'file') {
    const applied = await applyRedaction(args, source, all);
    if (!applied.ok) return none;
    void showGuardPanel(ctx, { kind: 'redacted', count: findings.length, onUndo: () => undo(args, source) }).catch(() => undefined);
    return { choice: 'auto-redacted', send: purpose === 'send', sendText: redacted(all), insert: applied.insert, allowed: [], values };
  }

  const panelFindings: PanelFinding[] = findings.map(({ type, severity, preview, reason, why }) => ({ type, severity, preview, reason, ...(why ? { why } : {}) }));
  const result = await show(ctx, {
    kind: 'decision',
    findings: panelFindings,
    decision,
    siteName: args.siteName,
    verb: purpose === 'send' ? 'send' : purpose === 'insert' ? 'paste' : 'attach',
    redactedPreview: purpose === 'file' ? undefined : (active) => redacted(active),
  });
  if (!result) return none;
  const allowed = result.allowedFindings;
  const active = all.filter((i) => !allowed.includes(i));
  const base = { allowed, values, justification: result.justification };

  switch (result.choice) {
    case 'sent-anyway':
    case 'allowed-value':
      return { ...base, choice: result.choice, send: purpose === 'send', sendText: source, insert: purpose === 'insert' ? source : undefined };
    case 'redacted': {
      if (purpose === 'file') return { ...base, choice: 'blocked', send: false };
      const applied = await applyRedaction(args, source, active);
      if (!applied.ok) return { ...base, choice: 'blocked', send: false };
      if (purpose === 'send' && !result.send) {
        // Redacted in place for the user to review: offer the way back.
        void showGuardPanel(ctx, { kind: 'redacted', count: active.length, choice: 'redacted', onUndo: () => undo(args, source) }).catch(() => undefined);
      }
      return { ...base, choice: 'redacted', send: purpose === 'send' && result.send, sendText: redacted(active), insert: applied.insert };
    }
    default:
      return { ...base, choice: result.choice, send: false };
  }
}

/** Redacts the chosen findings: in the composer (verified by reading back), or in the text to insert. */
async function applyRedaction(args: ResolveArgs, source: string, indexes: readonly number[]): Promise<{ ok: boolean; insert?: string }> {
  const chosen = indexes.map((i) => args.findings[i]!);
  const { text, replacements } = redact(source, chosen);
  if (args.purpose !== 'send') return { ok: true, insert: text };
  const snapshot = args.snapshot;
  if (!snapshot) return { ok: false };
  args.composers.restoreFocus(snapshot);
  const result = await replaceRanges(snapshot.element, snapshot.kind, source, replacements);
  if (result.ok) return { ok: true };
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
 * The orphan notice, read from the catalogue when this script starts: after an extension update the
 * old script's extension APIs are gone, and the alert must still be in the user's language.
 */
const ORPHAN_NOTICE = `${t('notice.guardUpdated.title')}\n\n${t('notice.guardUpdated.desc')}`;

/**
 * Shows a panel; when this content script was orphaned by an extension update (no UI can be mounted),
 * falls back to a plain alert so a held-back send is never silent. Returns undefined when no answer.
 */
export async function show(ctx: ContentScriptContext, props: Parameters<typeof showGuardPanel>[1]) {
  if (ctx.isInvalid) {
    window.alert(ORPHAN_NOTICE);
    return undefined;
  }
  try {
    return await showGuardPanel(ctx, props);
  } catch {
    return undefined;
  }
}
