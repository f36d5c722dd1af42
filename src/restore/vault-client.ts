/**
 * The guard's end of the vault protocol: the numbering a redaction in this conversation must use, and
 * keeping what the redaction added. Slow or failing answers never hold a redaction back: after
 * `READ_TIMEOUT_MS`, or on any error, the message is numbered on its own (as before vaults existed).
 */
import { PlaceholderNumbering, type PlaceholderEntry } from '../engine/placeholder-numbering';
import { isPlaceholderEntry, isUsedNumbers, type VaultMessage } from './vault-protocol';

/** A background worker that was stopped takes ~50–300 ms to start: more than that, and we go on without. */
export const READ_TIMEOUT_MS = 1_000;

export type SendVaultMessage = (message: VaultMessage) => Promise<unknown>;

/** What a conversation's vault holds: its tags and values, and the numbers used per type. */
export interface VaultSeed {
  readonly entries: readonly PlaceholderEntry[];
  readonly used: Readonly<Record<string, number>>;
}

export interface VaultClient {
  /** The conversation open now: its known tags and used numbers (empty when unknown). */
  seed(): Promise<VaultSeed>;
  /** The numbering for a redaction in the conversation open now (its known tags, its used numbers). */
  numbering(): Promise<PlaceholderNumbering>;
  /** The tags and values of the conversation open now (for answers and follow-ups). */
  entries(): Promise<readonly PlaceholderEntry[]>;
  /** Keeps what a redaction added to `numbering`. */
  keep(numbering: PlaceholderNumbering): void;
}

/**
 * `path()` names the conversation (the page's path). A new chat often gets its address only after its
 * first message (`/` → `/c/…`, `/new` → `/chat/…`): when the path changes from one of at most one
 * segment to a longer one in this page's life, the vault moves along (`vault-adopt`).
 */
export function vaultClient(send: SendVaultMessage, path: () => string = () => location.pathname): VaultClient {
  let last: string | undefined;
  /** What this page kept, by conversation: known at once, before the background has stored it. */
  const kept = new Map<string, PlaceholderEntry[]>();

  const current = (): string => {
    const now = path();
    if (last !== undefined && last !== now && isNewChatPath(last) && segments(now) > segments(last)) {
      void send({ kind: 'vault-adopt', from: last, to: now }).catch(() => undefined);
    }
    last = now;
    return now;
  };

  const read = async (): Promise<VaultSeed> => {
    const empty = { entries: [], used: {} };
    try {
      const reply = await withTimeout(send({ kind: 'vault-read', conversation: current() }), READ_TIMEOUT_MS);
      if (typeof reply !== 'object' || reply === null) return empty;
      const { entries, used } = reply as { entries?: unknown; used?: unknown };
      if (!Array.isArray(entries) || !isUsedNumbers(used)) return empty;
      return { entries: entries.filter(isPlaceholderEntry), used };
    } catch {
      return empty;
    }
  };

  /** The stored entries, with what this page kept for the conversation (known before the background stored it). */
  const withKept = async (): Promise<VaultSeed> => {
    const stored = await read();
    const known = new Set(stored.entries.map((e) => e.tag));
    return { entries: [...stored.entries, ...(kept.get(path()) ?? []).filter((e) => !known.has(e.tag))], used: stored.used };
  };

  return {
    seed: withKept,
    async numbering() {
      const { entries, used } = await withKept();
      return new PlaceholderNumbering(entries, used);
    },
    async entries() {
      return (await withKept()).entries;
    },
    keep(numbering) {
      const added = numbering.added();
      if (!added.length) return;
      const conversation = current();
      kept.set(conversation, [...(kept.get(conversation) ?? []), ...added]);
      void send({ kind: 'vault-add', conversation, added, used: numbering.used() }).catch(() => undefined);
    },
  };
}

function segments(path: string): number {
  return path.split('/').filter(Boolean).length;
}

/** `/`, `/new`, `/app`, `/chat`: a page where a chat starts before it has an address. */
function isNewChatPath(path: string): boolean {
  return segments(path) <= 1;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('vault read timed out')), ms);
    promise.then(
      (v) => (clearTimeout(timer), resolve(v)),
      (e: unknown) => (clearTimeout(timer), reject(e instanceof Error ? e : new Error(String(e)))),
    );
  });
}
