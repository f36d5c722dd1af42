/**
 * Guard ↔ background messages about a conversation's vault (src/restore/vault.ts). The guard names the
 * conversation by its page's path; the background puts the sender's origin in front of it, so a page
 * can only ever reach the vaults of its own site.
 */
import type { PlaceholderEntry } from '../engine/placeholder-numbering';

/** The detector id of a value this conversation already sent as a placeholder (conversation-values.ts). */
export const CONVERSATION_DETECTOR = 'conversation-value';

export interface VaultReadMessage {
  readonly kind: 'vault-read';
  readonly conversation: string;
}

export interface VaultAddMessage {
  readonly kind: 'vault-add';
  readonly conversation: string;
  readonly added: readonly PlaceholderEntry[];
  readonly used: Readonly<Record<string, number>>;
}

/** A new chat got its address (`/` → `/c/…`): its placeholders move along, unless `to` has some already. */
export interface VaultAdoptMessage {
  readonly kind: 'vault-adopt';
  readonly from: string;
  readonly to: string;
}

export type VaultMessage = VaultReadMessage | VaultAddMessage | VaultAdoptMessage;

/** What `vault-read` answers. */
export interface VaultReply {
  readonly enabled: boolean;
  readonly entries: readonly PlaceholderEntry[];
  readonly used: Readonly<Record<string, number>>;
}

export const MAX_CONVERSATION_CHARS = 1_000;
const MAX_TAG_CHARS = 64;
const MAX_VALUE_CHARS = 100_000;
const TAG = /^\[[A-Z][A-Z0-9_]{0,40}_\d{1,9}\]$/;

/** A conversation name: a path (`/c/…`), bounded. */
export function isConversation(value: unknown): value is string {
  return typeof value === 'string' && value.startsWith('/') && value.length <= MAX_CONVERSATION_CHARS;
}

export function isPlaceholderEntry(value: unknown): value is PlaceholderEntry {
  if (typeof value !== 'object' || value === null) return false;
  const { tag, type, value: v } = value as Record<string, unknown>;
  return typeof tag === 'string' && tag.length <= MAX_TAG_CHARS && TAG.test(tag) && typeof type === 'string' && type.length > 0 && type.length <= MAX_TAG_CHARS && typeof v === 'string' && v.length > 0 && v.length <= MAX_VALUE_CHARS;
}

export function isUsedNumbers(value: unknown): value is Record<string, number> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const entries = Object.entries(value);
  return entries.length <= 500 && entries.every(([k, n]) => k.length <= MAX_TAG_CHARS && Number.isSafeInteger(n) && (n as number) >= 0);
}

/** The message, checked field by field (content scripts share a process with pages we do not control). */
export function parseVaultMessage(value: unknown): VaultMessage | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const m = value as Record<string, unknown>;
  if (m.kind === 'vault-read' && isConversation(m.conversation)) return { kind: 'vault-read', conversation: m.conversation };
  if (m.kind === 'vault-adopt' && isConversation(m.from) && isConversation(m.to)) return { kind: 'vault-adopt', from: m.from, to: m.to };
  if (m.kind === 'vault-add' && isConversation(m.conversation) && Array.isArray(m.added) && m.added.every(isPlaceholderEntry) && isUsedNumbers(m.used)) {
    return { kind: 'vault-add', conversation: m.conversation, added: m.added, used: m.used };
  }
  return undefined;
}
