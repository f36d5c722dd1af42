/**
 * Admin policy for the e2e suites, through the browser's real policy machinery: a Chromium managed
 * policy file `{"3rdparty":{"extensions":{"<id>":{…policy}}}}` in /etc/chromium/policies/managed, for
 * the extension's fixed id (`EXTENSION_ID`, from the manifest `key`). Chromium reads the file at launch
 * and again ~5 s after it changes; it filters the policy by public/managed_schema.json silently.
 *
 * The directory is shared by every Chromium on the machine, and Chromium merges all files in it: each
 * suite uses its own file name, runs under the e2e lock, and removes its file in `afterAll` (`remove`
 * is also registered for process exit, so a crashed run leaves nothing behind that the next one reads).
 *
 * Needs root (CI runs as root); elsewhere `write` throws and says so.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { EXTENSION_ID } from './harness';

export const POLICY_DIR = '/etc/chromium/policies/managed';

declare const chrome: { storage: { managed: { get(k: null): Promise<Record<string, unknown>> } } };

export interface PolicyFile {
  readonly path: string;
  /** Writes (or rewrites) the policy the extension gets. */
  write(policy: object): void;
  /** Deletes the file; safe to call more than once. */
  remove(): void;
}

/** A policy file `<name>.json` for the extension. `name` must be unique per suite. */
export function policyFile(name: string): PolicyFile {
  const path = `${POLICY_DIR}/${name}.json`;
  const remove = () => rmSync(path, { force: true });
  let registered = false;
  return {
    path,
    write(policy) {
      if (process.getuid?.() !== 0) throw new Error(`writing ${path} needs root (CI runs as root)`);
      if (!registered) {
        process.once('exit', remove);
        registered = true;
      }
      mkdirSync(POLICY_DIR, { recursive: true });
      writeFileSync(path, JSON.stringify({ '3rdparty': { extensions: { [EXTENSION_ID]: policy } } }));
    },
    remove,
  };
}

/** The managed area as the extension sees it (after Chromium's schema filtering), read from an extension page. */
export function readManaged(extPage: Page): Promise<Record<string, unknown>> {
  return extPage.evaluate(() => chrome.storage.managed.get(null));
}

/** Waits until the extension's managed area satisfies `check` (Chromium may publish it seconds after launch or a file change). */
export async function waitForManaged(extPage: Page, check: (p: Record<string, unknown>) => boolean, timeoutMs = 30_000): Promise<Record<string, unknown>> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const managed = await readManaged(extPage);
    if (check(managed)) return managed;
    if (Date.now() > until) throw new Error(`managed policy did not arrive within ${timeoutMs} ms: ${JSON.stringify(managed).slice(0, 500)}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}
