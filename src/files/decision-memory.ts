/**
 * The tab's memory of file decisions, by content key (content-key.ts): the same bytes attached again
 * are not read again and the user is not asked again (issue 11: "decided once per content hash in the
 * tab"). Memory only, never storage: it lives as long as the content script, bounded in entries and in
 * the bytes of the redacted copies it keeps. Pure: no DOM, no browser API.
 */
import type { GuardEvent } from '../decisions/types';

export type Remembered =
  /** Nothing to decide (no finding acted on, read in full or let through by the policy): attached as it is, no row. */
  | { readonly kind: 'clean' }
  /** Let through by the user ("Upload anyway", every finding "not sensitive") or the policy (audit): attached as it is. */
  | { readonly kind: 'attach'; readonly event: GuardEvent }
  /** "Upload a redacted copy": the copy goes instead. */
  | { readonly kind: 'copy'; readonly copy: File; readonly event: GuardEvent }
  /** Not attached (Cancel, a block). */
  | { readonly kind: 'removed'; readonly event: GuardEvent };

export const MEMORY_LIMITS = {
  /** Files remembered; the least recently attached goes first. */
  entries: 200,
  /** Redacted copies are made in memory: past this many bytes of them, the oldest copy is forgotten. */
  copyBytes: 100 * 1024 * 1024,
} as const;

export class FileDecisionMemory {
  readonly #entries = new Map<string, Remembered>();
  readonly #pending = new Map<string, Promise<void>>();
  #generation = 0;

  constructor(readonly limits: { readonly entries: number; readonly copyBytes: number } = MEMORY_LIMITS) {}

  /** Changes whenever the memory is cleared: a decision begun before must not be remembered after. */
  get generation(): number {
    return this.#generation;
  }

  get size(): number {
    return this.#entries.size;
  }

  /** Forgets everything: the policy changed, and a decision made under the old one must not carry over. */
  clear(): void {
    this.#generation++;
    this.#entries.clear();
  }

  forget(keys: Iterable<string>): void {
    for (const key of keys) this.#entries.delete(key);
  }

  /**
   * What was decided for `key`, if anything. While another attach of the same bytes is being decided
   * (a second drop while the panel is open), waits for that decision rather than asking twice.
   */
  async recall(key: string): Promise<Remembered | undefined> {
    for (let pending = this.#pending.get(key); pending; pending = this.#pending.get(key)) await pending;
    const found = this.#entries.get(key);
    if (found) {
      this.#entries.delete(key); // most recently used last: eviction takes the first
      this.#entries.set(key, found);
    }
    return found;
  }

  /** Marks `keys` as being decided; call the returned release when done, whatever happened (a `finally`). */
  claim(keys: readonly string[]): () => void {
    let release: () => void = () => undefined;
    const done = new Promise<void>((resolve) => (release = resolve));
    const mine = [...new Set(keys)].filter((key) => !this.#pending.has(key));
    for (const key of mine) this.#pending.set(key, done);
    return () => {
      for (const key of mine) if (this.#pending.get(key) === done) this.#pending.delete(key);
      release();
    };
  }

  /** Remembers a decision begun under `generation`; ignored when the memory was cleared since. */
  remember(key: string, value: Remembered, generation: number): void {
    if (generation !== this.#generation) return;
    this.#entries.delete(key);
    this.#entries.set(key, value);
    this.#evict();
  }

  #evict(): void {
    for (const key of this.#entries.keys()) {
      if (this.#entries.size <= this.limits.entries) break;
      this.#entries.delete(key);
    }
    let bytes = 0;
    for (const value of this.#entries.values()) if (value.kind === 'copy') bytes += value.copy.size;
    for (const [key, value] of this.#entries) {
      if (bytes <= this.limits.copyBytes) break;
      if (value.kind !== 'copy') continue;
      this.#entries.delete(key);
      bytes -= value.copy.size;
    }
  }
}
