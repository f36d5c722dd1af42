/**
 * Display names of the popup's vocabulary: one literal t() call with a quoted key per value, so i18n.test.ts sees every
 * key (never a computed key).
 */
import type { Channel, UserChoice } from '@/src/decisions/types';
import { t } from '../i18n';
import type { DerivedStatus } from './tab-status';

/** What the user chose in the panel, as the history list says it. */
export const choiceLabel = (c: UserChoice): string =>
  ({
    'sent-anyway': () => t('choiceSentAnyway'),
    redacted: () => t('choiceRedacted'),
    edited: () => t('choiceEdited'),
    cancelled: () => t('choiceCancelled'),
    blocked: () => t('choiceBlocked'),
    'auto-redacted': () => t('choiceAutoRedacted'),
    'allowed-value': () => t('choiceAllowedValue'),
  })[c]?.() ?? c;

/** Findings by type with their counts: `CREDIT_CARD ×2, EMAIL`. */
export const typeCountsLabel = (e: { readonly counts: Readonly<Record<string, number>> }): string =>
  Object.entries(e.counts)
    .map(([type, n]) => (n > 1 ? `${type} ×${n}` : type))
    .join(', ');

/** How the text reached the guard, as the event details say it. */
export const channelLabel = (c: Channel): string =>
  ({
    paste: () => t('channelPaste'),
    drop: () => t('channelDrop'),
    file: () => t('channelFile'),
    enter: () => t('channelEnter'),
    'send-button': () => t('channelSendButton'),
    submit: () => t('channelSubmit'),
    typing: () => t('channelTyping'),
  })[c]?.() ?? c;

/** The status line's headline. */
export function statusTitle(s: DerivedStatus): string {
  switch (s.kind) {
    case 'protected':
      return t('statusProtected');
    case 'degraded':
      return t('statusDegraded');
    case 'not-guarded':
      return t('statusNotGuarded');
    case 'paused':
      return t('statusPaused');
    case 'disabled':
      return s.by === 'admin' ? t('statusDisabledByAdmin') : t('statusDisabledByUser');
  }
}

/** The status line's explanation: why this status, and what to do about it. */
export function statusDetail(s: DerivedStatus): string {
  switch (s.reason) {
    case 'ok':
      return t('statusDetailOk');
    case 'generic-fallback':
      return t('statusDetailFallback');
    case 'no-composer':
      return t('statusDetailNoComposer');
    case 'not-running':
      return t('statusDetailNotRunning');
    case 'not-guarded':
      return t('statusDetailNotGuarded');
    case 'policy-off':
      return s.by === 'admin' ? t('statusDetailPolicyOffAdmin') : t('statusDetailPolicyOffUser');
    case 'site-off':
      return s.by === 'admin' ? t('statusDetailSiteOffAdmin') : t('statusDetailPaused');
  }
}
