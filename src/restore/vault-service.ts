/**
 * The background's end of the vault protocol (vault-protocol.ts): answers the guard's reads, keeps what
 * its redactions made, follows policy `restore` (off: nothing kept, everything forgotten), and sweeps
 * expired entries hourly (an alarm, which survives the MV3 worker being stopped).
 *
 * A vault is named by the sender's origin and the conversation path the guard gives: a page can only
 * reach its own site's vaults. The listener is added synchronously (MV3) and answers only vault messages.
 */
import type { Browser } from 'wxt/browser';
import type { RestorePolicy } from '../policy/schema';
import { DEFAULT_POLICY } from '../policy/schema';
import { watchPolicyState } from '../policy/state';
import { addToVault, adoptVault, clearVaults, readVault, sweepVaults } from './vault';
import { parseVaultMessage, type VaultReply } from './vault-protocol';

export const VAULT_SWEEP_ALARM = 'promptfence.restore.sweep';

type Sender = Pick<Browser.runtime.MessageSender, 'id' | 'url' | 'tab'>;

/** The parts of `browser` the vault service uses. */
export interface VaultApi {
  readonly runtime: {
    readonly id: string;
    readonly onMessage: {
      addListener(cb: (message: unknown, sender: Sender) => Promise<VaultReply | undefined> | undefined): void;
      removeListener(cb: (message: unknown, sender: Sender) => Promise<VaultReply | undefined> | undefined): void;
    };
  };
  readonly alarms?: {
    create(name: string, info: { periodInMinutes?: number }): unknown;
    readonly onAlarm: {
      addListener(cb: (alarm: { name: string }) => void): void;
      removeListener(cb: (alarm: { name: string }) => void): void;
    };
  };
}

export interface VaultServiceOptions {
  readonly signal: AbortSignal;
  /** Test seam. */
  readonly now?: () => number;
}

/** The vault of `conversation` on the sender's site, or undefined for a sender without a web origin. */
export function vaultKey(sender: Sender, conversation: string): string | undefined {
  try {
    const url = new URL(sender.url ?? sender.tab?.url ?? '');
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
    return `${url.origin}${conversation}`;
  } catch {
    return undefined;
  }
}

export function serveVault(api: VaultApi, { signal, now = Date.now }: VaultServiceOptions): { readonly ready: Promise<void> } {
  let policy: RestorePolicy | undefined;
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (markReady = resolve));

  const answer = async (message: unknown, sender: Sender): Promise<VaultReply | undefined> => {
    await ready;
    const m = parseVaultMessage(message);
    const restore = policy ?? DEFAULT_POLICY.restore;
    if (!m || (sender.id !== undefined && sender.id !== api.runtime.id)) return undefined;
    if (m.kind === 'vault-read') {
      const key = vaultKey(sender, m.conversation);
      if (!restore.enabled || !key) return { enabled: false, entries: [], used: {} };
      return { enabled: true, ...(await readVault(key, restore.lifetimeHours, now())) };
    }
    if (!restore.enabled) return undefined;
    if (m.kind === 'vault-add') {
      const key = vaultKey(sender, m.conversation);
      if (key) await addToVault(key, m.added, m.used, restore.lifetimeHours, now());
    } else {
      const from = vaultKey(sender, m.from);
      const to = vaultKey(sender, m.to);
      if (from && to) await adoptVault(from, to, now());
    }
    return undefined;
  };
  const listener = (message: unknown, sender: Sender) => (parseVaultMessage(message) ? answer(message, sender) : undefined);
  api.runtime.onMessage.addListener(listener);

  const onAlarm = (alarm: { name: string }) => {
    if (alarm.name === VAULT_SWEEP_ALARM) void ready.then(() => sweepVaults((policy ?? DEFAULT_POLICY.restore).lifetimeHours, now()).catch(() => undefined));
  };
  api.alarms?.onAlarm.addListener(onAlarm);
  void Promise.resolve(api.alarms?.create(VAULT_SWEEP_ALARM, { periodInMinutes: 60 })).catch(() => undefined);

  signal.addEventListener(
    'abort',
    () => {
      api.runtime.onMessage.removeListener(listener);
      api.alarms?.onAlarm.removeListener(onAlarm);
    },
    { once: true },
  );

  void watchPolicyState(signal, (state) => {
    policy = state.effective.policy.restore;
    markReady();
    if (!policy.enabled) void clearVaults().catch(() => undefined);
    else void sweepVaults(policy.lifetimeHours, now()).catch(() => undefined);
  }).catch(() => markReady());
  return { ready };
}
