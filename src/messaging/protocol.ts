/**
 * Messages between the guard (content script), the background and the popup. One typed union, so
 * both ends agree; every message carries `kind`. Never a raw sensitive value: decisions carry masked
 * previews and counts only (see GuardEvent).
 */
import type { AdapterHealth } from '../sites/types';
import type { GuardEvent } from '../decisions/types';

/** Content → background: a decision the guard made (history and reporting store and send it). */
export type GuardDecisionMessage = GuardEvent;

/** Content → background: how many findings the composer holds now (the toolbar badge shows it). */
export interface FindingsCountMessage {
  readonly kind: 'findings-count';
  readonly count: number;
}

/** Content → background: the guard's state on this page, for the popup ("degraded" when only the generic fallback matched). */
export interface GuardStatusMessage {
  readonly kind: 'guard-status';
  readonly site: string;
  readonly health: AdapterHealth;
}

export type ContentMessage = GuardDecisionMessage | FindingsCountMessage | GuardStatusMessage;

export function isContentMessage(value: unknown): value is ContentMessage {
  if (typeof value !== 'object' || value === null) return false;
  const kind = (value as { kind?: unknown }).kind;
  return kind === 'guard-decision' || kind === 'findings-count' || kind === 'guard-status';
}
