import { useMemo, useState } from 'preact/hooks';
import { remainingAction, strongerAction } from '../../decisions/actions';
import { ACTION_STRENGTH, type GuardAction, type UserChoice } from '../../decisions/types';
import { Dialog } from './Dialog';
import { FindingList } from './FindingList';
import { JustifyField, isJustified } from './JustifyField';
import { plural, t } from './strings';
import { MAX_PREVIEW_CHARS, type DecisionPanelProps, type PanelResult } from './types';
import { trusted } from './trusted';

type Mode = 'clear' | 'warn' | 'justify' | 'redact' | 'block';

/** Once the user marks findings "not sensitive", the panel follows what the remaining ones call for. */
function modeOf(action: GuardAction): Mode {
  return action === 'allow' || action === 'audit' ? 'clear' : action;
}

/** Only web and mail links from policy become links: a `javascript:` URL must never be clickable. */
export function safeSupportUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return ['https:', 'http:', 'mailto:'].includes(parsed.protocol) ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** How many files the panel is about (at least one: it is shown for an attach). */
function fileCount(findings: DecisionPanelProps['findings'], unread: NonNullable<DecisionPanelProps['unreadFiles']>): number {
  return Math.max(1, new Set([...findings.flatMap((f) => f.file ?? []), ...unread.map((f) => f.name)]).size);
}

type Props = DecisionPanelProps & { readonly onResult: (result: PanelResult) => void };

/**
 * Button labels per verb. A file is redacted as a copy ("Upload a redacted copy"), never in place; its
 * "edit" is "Remove file(s)": the file is taken off, the composer untouched (issue 11's wording).
 */
const LABELS = {
  send: { anyway: 'action.sendAnyway', edit: 'action.edit', redact: 'action.redact', redactAndGo: 'action.redactAndSend', go: 'action.send' },
  paste: { anyway: 'action.pasteAnyway', edit: 'action.cancel', redact: 'action.pasteRedacted', redactAndGo: 'action.pasteRedacted', go: 'action.paste' },
  attach: { anyway: 'action.uploadAnyway', edit: 'action.removeFile', redact: 'action.attachRedacted', redactAndGo: 'action.attachRedacted', go: 'action.attach' },
} as const;

/** The decision panel: warn, justify, redact (confirm) or block, with a "Not sensitive" toggle per finding. */
export function DecisionPanel({ findings, total = findings.length, files, decision, siteName, redactedPreview, verb = 'send', unreadFiles = [], onResult }: Props) {
  const labels = LABELS[verb];
  const [allowed, setAllowed] = useState<ReadonlySet<number>>(() => new Set());
  const [reason, setReason] = useState('');
  // The caller's verdict until the user marks something; then whatever the remaining findings call for.
  // Files not fully read keep their own action whatever the user marks (a floor, not a finding).
  const unreadAction = unreadFiles.reduce<GuardAction>((a, f) => strongerAction(a, f.action), 'allow');
  // A redacted copy still carries the files that could not be read: not where they are blocked.
  const canRedact = unreadAction !== 'block';
  const mode = modeOf(strongerAction(allowed.size === 0 ? decision.action : remainingAction(decision.perFinding, allowed), unreadAction));
  const site = siteName || t('site.fallback');
  const allowable = decision.allowable ?? findings.map(() => true);

  const finish = (choice: UserChoice, send: boolean, justification?: string) =>
    onResult({ choice, send, allowedFindings: [...allowed].sort((a, b) => a - b), ...(justification ? { justification } : {}) });
  const toggle = (index: number) =>
    setAllowed((prev) => {
      const next = new Set(prev);
      if (!next.delete(index)) next.add(index);
      return next;
    });

  const preview = useMemo(() => {
    if (mode !== 'redact' || !redactedPreview) return undefined;
    const text = redactedPreview(allowed);
    return text.length > MAX_PREVIEW_CHARS ? `${text.slice(0, MAX_PREVIEW_CHARS)}${t('redact.previewTruncated')}` : text;
  }, [mode, redactedPreview, allowed]);

  // A file is redacted only as a copy the user asks for: the title must not say it happens by itself.
  const fileRedact = verb === 'attach' && mode === 'redact';
  const description =
    unreadAction !== 'allow' && ACTION_STRENGTH[unreadAction] >= ACTION_STRENGTH[decision.action]
      ? t(unreadAction === 'block' ? 'desc.files.block' : 'desc.files.warn', { site })
      : mode === 'warn'
        ? plural('desc.warn', total, { site })
        : t(fileRedact ? 'desc.files.redact' : `desc.${mode}`, { site });
  const support = mode === 'block' ? safeSupportUrl(decision.supportUrl) : undefined;
  const edit = (
    <button type="button" class="pf-btn pf-btn--secondary" data-initial-focus onClick={() => finish('edited', false)}>
      {labels.edit === 'action.removeFile' ? plural(labels.edit, files ?? fileCount(findings, unreadFiles)) : t(labels.edit)}
    </button>
  );

  return (
    <Dialog
      title={t(fileRedact ? 'title.files.redact' : `title.${mode}`)}
      description={description}
      tone={mode === 'block' ? 'danger' : mode === 'clear' ? 'info' : 'warn'}
      onEscape={() => finish('cancelled', false)}
    >
      {mode === 'block' && decision.blockMessage && <p class="pf-admin">{decision.blockMessage}</p>}
      {support && (
        <p class="pf-support">
          <a href={support} target="_blank" rel="noopener noreferrer">
            {t('block.contact')}
          </a>
        </p>
      )}
      {unreadFiles.length > 0 && (
        <section aria-label={t('files.unreadLabel')}>
          <ul class="pf-unread">
            {unreadFiles.map((f, i) => (
              <li key={i}>{t(`files.unread.${f.problem}`, { name: f.name })}</li>
            ))}
          </ul>
        </section>
      )}
      {total > 0 && <FindingList findings={findings} total={total} allowable={allowable} allowed={allowed} onToggleAllowed={toggle} />}
      {preview !== undefined && (
        <figure class="pf-redacted">
          <figcaption class="pf-label">{t('redact.previewLabel')}</figcaption>
          <pre class="pf-redacted-text" tabIndex={0} translate={false}>
            {preview}
          </pre>
        </figure>
      )}
      {mode === 'justify' && <JustifyField value={reason} onInput={setReason} />}
      <div class="pf-actions">
        {(mode === 'warn' || mode === 'justify') && (
          <button
            type="button"
            class="pf-btn pf-btn--quiet"
            disabled={mode === 'justify' && !isJustified(reason)}
            onClick={trusted(() => finish('sent-anyway', true, mode === 'justify' ? reason.trim() : undefined))}
          >
            {t(labels.anyway)}
          </button>
        )}
        {edit}
        {(mode === 'warn' || mode === 'justify') && labels.redact && canRedact && total > 0 && (
          <button type="button" class="pf-btn pf-btn--primary" onClick={trusted(() => finish('redacted', false))}>
            {t(labels.redact)}
          </button>
        )}
        {(mode === 'redact' || (mode === 'block' && decision.redactOnBlock !== false)) && labels.redactAndGo && canRedact && total > 0 && (
          <button type="button" class="pf-btn pf-btn--primary" onClick={trusted(() => finish('redacted', true))}>
            {t(labels.redactAndGo)}
          </button>
        )}
        {mode === 'clear' && (
          <button type="button" class="pf-btn pf-btn--primary" onClick={trusted(() => finish('allowed-value', true))}>
            {t(labels.go)}
          </button>
        )}
      </div>
    </Dialog>
  );
}
