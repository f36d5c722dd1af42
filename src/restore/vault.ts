/**
 * The conversation vaults: which placeholder stands for which real value, per site and conversation, so
 * a value keeps its tag in every message of a conversation and the answer can be shown with the real
 * values again (issue 12). Background only, in `storage.session`: memory, never disk, gone when the
 * browser closes, and not readable by content scripts (Chrome's default access level). Never in
 * history, audit, sync or logs.
 *
 * An entry lives `lifetimeHours` (policy `restore.lifetimeHours`) from when its value was first
 * redacted. The highest number used per type outlives the entries (it holds no value), so a
 * conversation never gives one tag to two values.
 */
import { storage } from 'wxt/utils/storage';
import type { PlaceholderEntry } from '../engine/placeholder-numbering';
import { serialQueue } from '../background/serial';

/** A stored entry: when it was added (epoch ms). */
export interface VaultEntry extends PlaceholderEntry {
  readonly at: number;
}

export interface ConversationVault {
  readonly entries: readonly VaultEntry[];
  /** The highest number used per type in this conversation. */
  readonly used: Readonly<Record<string, number>>;
  /** Last read or write (epoch ms). */
  readonly touchedAt: number;
}

/** Conversation key (`https://chatgpt.com/c/…`) → its vault. */
type Vaults = Readonly<Record<string, ConversationVault>>;

/** What a conversation's vault gives the guard: live entries and the numbers used. */
export interface VaultView {
  readonly entries: readonly PlaceholderEntry[];
  readonly used: Readonly<Record<string, number>>;
}

/**
 * Bounds, as for the session's decision queue: `storage.session` holds 10 MB per extension in Chrome.
 * A 1 MB customer table redacted whole makes ~50,000 entries (~3 M chars); past these, a conversation
 * keeps its newest entries and the least recently used conversations go first. What goes is only the
 * restoring of those values in answers: the user's text and the redaction are never affected.
 */
export const MAX_ENTRIES_PER_CONVERSATION = 20_000;
export const MAX_VAULT_CHARS = 3_000_000;
export const DEFAULT_LIFETIME_HOURS = 12;

const HOUR_MS = 3_600_000;
const vaultsItem = storage.defineItem<Vaults>('session:restore.vaults', { fallback: {} });
const serially = serialQueue();

/** The live entries of `conversation` (expired ones dropped). Never rejects: empty on a storage error. */
export async function readVault(conversation: string, lifetimeHours: number, now = Date.now()): Promise<VaultView> {
  try {
    return await serially(async () => {
      const vaults = await load();
      const vault = vaults[conversation];
      if (!vault) return { entries: [], used: {} };
      const live = liveEntries(vault.entries, lifetimeHours, now);
      await vaultsItem.setValue({ ...vaults, [conversation]: { entries: live, used: vault.used, touchedAt: now } });
      return { entries: live.map(({ tag, type, value }) => ({ tag, type, value })), used: vault.used };
    });
  } catch (error) {
    console.warn('PromptFence: could not read the conversation vault', errorName(error));
    return { entries: [], used: {} };
  }
}

/** Adds the tags a redaction made (`added`) and the numbers it used. Never rejects. */
export async function addToVault(
  conversation: string,
  added: readonly PlaceholderEntry[],
  used: Readonly<Record<string, number>>,
  lifetimeHours: number,
  now = Date.now(),
): Promise<void> {
  try {
    await serially(async () => {
      const vaults = await load();
      const old = vaults[conversation];
      const known = new Set((old?.entries ?? []).map((e) => e.tag));
      const entries = [...liveEntries(old?.entries ?? [], lifetimeHours, now), ...added.filter((e) => !known.has(e.tag)).map(({ tag, type, value }) => ({ tag, type, value, at: now }))];
      const merged: Record<string, number> = { ...old?.used };
      for (const [type, n] of Object.entries(used)) if (Number.isSafeInteger(n) && n > (merged[type] ?? 0)) merged[type] = n;
      const vault: ConversationVault = { entries: entries.slice(-MAX_ENTRIES_PER_CONVERSATION), used: merged, touchedAt: now };
      await vaultsItem.setValue(bounded({ ...vaults, [conversation]: vault }));
    });
  } catch (error) {
    console.warn('PromptFence: could not keep the placeholders in the conversation vault', errorName(error));
  }
}

/**
 * A new chat's address changed once it started (`/` → `/c/…`): its vault moves to the new name, unless
 * a vault is there already (then both stay as they are). Never rejects.
 */
export async function adoptVault(from: string, to: string, now = Date.now()): Promise<void> {
  if (from === to) return;
  try {
    await serially(async () => {
      const vaults = await load();
      const moving = vaults[from];
      if (!moving || vaults[to]) return;
      const rest = { ...vaults, [to]: { ...moving, touchedAt: now } };
      delete rest[from];
      await vaultsItem.setValue(rest);
    });
  } catch (error) {
    console.warn('PromptFence: could not move the conversation vault', errorName(error));
  }
}

/** Drops expired entries, and conversations with none left that were not used for a lifetime. */
export async function sweepVaults(lifetimeHours: number, now = Date.now()): Promise<void> {
  await serially(async () => {
    const vaults = await load();
    const kept: Record<string, ConversationVault> = {};
    for (const [key, vault] of Object.entries(vaults)) {
      const entries = liveEntries(vault.entries, lifetimeHours, now);
      if (entries.length || now - vault.touchedAt < lifetimeHours * HOUR_MS) kept[key] = { ...vault, entries };
    }
    await vaultsItem.setValue(kept);
  });
}

/** Forgets every vault (the popup's "Forget restored values", a policy turning restore off). */
export async function clearVaults(): Promise<void> {
  await serially(() => vaultsItem.removeValue());
}

/** How many conversations and entries the vaults hold (for the popup; no values). */
export async function vaultSize(): Promise<{ conversations: number; entries: number }> {
  const vaults = await load();
  const list = Object.values(vaults);
  return { conversations: list.length, entries: list.reduce((n, v) => n + v.entries.length, 0) };
}

async function load(): Promise<Vaults> {
  const value = await vaultsItem.getValue();
  return value && typeof value === 'object' ? value : {};
}

function liveEntries(entries: readonly VaultEntry[], lifetimeHours: number, now: number): VaultEntry[] {
  const oldest = now - lifetimeHours * HOUR_MS;
  return entries.filter((e) => e.at > oldest && e.at <= now);
}

/** Within MAX_VAULT_CHARS: the least recently used conversations lose their entries first. */
function bounded(vaults: Record<string, ConversationVault>): Record<string, ConversationVault> {
  const size = (v: ConversationVault) => v.entries.reduce((n, e) => n + e.tag.length + e.type.length + e.value.length + 40, 0);
  let total = Object.values(vaults).reduce((n, v) => n + size(v), 0);
  if (total <= MAX_VAULT_CHARS) return vaults;
  const out = { ...vaults };
  for (const [key, vault] of Object.entries(vaults).sort((a, b) => a[1].touchedAt - b[1].touchedAt)) {
    if (total <= MAX_VAULT_CHARS) break;
    total -= size(vault);
    out[key] = { entries: [], used: vault.used, touchedAt: vault.touchedAt };
  }
  return out;
}

/** Only the error's name: a storage error's message could quote what it failed to store. */
function errorName(error: unknown): string {
  return error instanceof Error ? error.name : typeof error;
}
