// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PlaceholderNumbering, type PlaceholderEntry } from '../engine/placeholder-numbering';
import { RESTORED_HOST, startRestoreLayer } from './restore-layer';
import type { VaultClient } from './vault-client';

/** A vault client over a fixed list per path (the real one talks to the background: vault-client.test.ts). */
function vaultOf(byPath: Record<string, PlaceholderEntry[]>): VaultClient & { reads: number } {
  const client = {
    reads: 0,
    async seed() {
      return { entries: byPath[location.pathname] ?? [], used: {} };
    },
    async numbering() {
      return new PlaceholderNumbering(byPath[location.pathname] ?? []);
    },
    async entries() {
      client.reads++;
      return byPath[location.pathname] ?? [];
    },
    keep() {},
  };
  return client;
}

const maria = { tag: '[PERSON_1]', type: 'PERSON', value: 'Maria Schmidt' };
const wait = (ms = 400) => new Promise((r) => setTimeout(r, ms));
let controller: AbortController;

beforeEach(() => {
  controller = new AbortController();
  history.replaceState({}, '', '/c/one');
  document.body.innerHTML = '';
});
afterEach(() => controller.abort());

function answer(html: string): HTMLElement {
  const el = document.createElement('div');
  el.setAttribute('data-role', 'assistant');
  el.innerHTML = html;
  document.body.append(el);
  return el;
}

describe('startRestoreLayer', () => {
  it('puts a closed layer after an answer that shows the conversation’s placeholders, and nothing in the page', async () => {
    startRestoreLayer({ signal: controller.signal, vault: vaultOf({ '/c/one': [maria] }), answers: ['[data-role="assistant"]'] });
    const el = answer('<p>Dear <b>[PERSON_1]</b>, thanks.</p>');
    await wait();
    const host = el.nextElementSibling;
    expect(host?.localName).toBe(RESTORED_HOST);
    expect(host!.shadowRoot).toBeNull();
    expect(document.body.innerHTML).not.toContain('Maria');
    expect(document.body.textContent).not.toContain('Maria');
  });

  it('does nothing in a conversation without a vault, and reads the vault only once there', async () => {
    const vault = vaultOf({});
    startRestoreLayer({ signal: controller.signal, vault, answers: ['[data-role="assistant"]'] });
    answer('<p>Dear [PERSON_1]</p>');
    await wait();
    answer('<p>and [PERSON_2]</p>');
    await wait();
    expect(document.querySelector(RESTORED_HOST)).toBeNull();
    expect(vault.reads).toBe(1);
  });

  it('finds answers without known markup (generic fallback), one layer per answer', async () => {
    startRestoreLayer({ signal: controller.signal, vault: vaultOf({ '/c/one': [maria] }), answers: [] });
    const el = document.createElement('div');
    el.className = 'reply';
    el.innerHTML = '<p>Dear [PERSON_1],</p><pre><code>mail("[PERSON_1]")</code></pre>';
    document.body.append(el);
    await wait();
    expect(document.querySelectorAll(RESTORED_HOST)).toHaveLength(1);
    expect(el.nextElementSibling?.localName).toBe(RESTORED_HOST);
  });

  it('leaves answers of another conversation alone: its placeholders mean other values', async () => {
    const layer = startRestoreLayer({ signal: controller.signal, vault: vaultOf({ '/c/one': [maria] }), answers: ['[data-role="assistant"]'] });
    await wait();
    history.pushState({}, '', '/c/two');
    answer('<p>Dear [PERSON_1]</p>');
    await wait();
    expect(document.querySelector(RESTORED_HOST)).toBeNull();
    layer.refresh();
    await wait();
    expect(document.querySelector(RESTORED_HOST)).toBeNull();
  });

  it('removes its layers when the guard stops', async () => {
    startRestoreLayer({ signal: controller.signal, vault: vaultOf({ '/c/one': [maria] }), answers: ['[data-role="assistant"]'] });
    answer('<p>Dear [PERSON_1]</p>');
    await wait();
    expect(document.querySelector(RESTORED_HOST)).not.toBeNull();
    controller.abort();
    expect(document.querySelector(RESTORED_HOST)).toBeNull();
  });
});
