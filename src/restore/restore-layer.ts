/**
 * Restored answers (issue 12): where an assistant's answer shows placeholders of this conversation's
 * vault, PromptFence shows the answer again beside it with the real values, in a closed shadow root of
 * its own. The page's DOM never holds a value: the host element carries no text or attribute of it, a
 * closed shadow root is out of reach of the page's scripts (`element.shadowRoot` is null, `innerText`
 * and `textContent` of the page do not include it), and its text cannot be selected, so no page `copy` or
 * `selectionchange` handler reads it; "Copy with real values" writes the clipboard from this isolated
 * world.
 *
 * Answers are found by the adapter's `answers` selectors; where none match (unknown markup, admin-added
 * sites), by the block around any text that shows a placeholder (the page's text is walked then, after a
 * change). One MutationObserver; the work runs in idle time, at most every `THROTTLE_MS`, and with known
 * markup only for answers whose subtree changed (a streaming answer is re-rendered as it grows).
 * Nothing reads layout.
 */
import { answerText } from './answer-text';
import { mayHoldPlaceholders, placeholdersIn, restoreText, valuesOf, type RestoredPart } from './restore-text';
import type { VaultClient } from './vault-client';
import { restoredStrings } from './strings';
import { markWork } from '../guard/work-marks';

export const RESTORED_HOST = 'promptfence-restored';
const THROTTLE_MS = 200;
/** An unknown placeholder makes the layer ask the vault again, at most this often. */
const REFETCH_MS = 1_000;
/** How many times an answer showing unknown placeholders is looked at again (the AI may invent one). */
const RETRIES = 5;
/** The block around a placeholder, for pages without known answer markup. */
const FALLBACK_BLOCK = 'p, li, pre, td, th, blockquote, article, section, div';

export interface RestoreLayerOptions {
  readonly signal: AbortSignal;
  readonly vault: VaultClient;
  /** The adapter's answer selectors (may be empty). */
  readonly answers: readonly string[];
}

interface View {
  readonly host: HTMLElement;
  readonly body: HTMLElement;
  readonly marker: HTMLElement;
  readonly toggle: HTMLButtonElement;
  text: string;
  plain: string;
}

export interface RestoreLayer {
  /** The conversation's vault changed (a redaction kept new placeholders): read it again and look at the page. */
  refresh(): void;
}

export function startRestoreLayer({ signal, vault, answers }: RestoreLayerOptions): RestoreLayer {
  const selector = answers.join(', ');
  const views = new Map<Element, View>();
  const retries = new WeakMap<Element, number>();
  let values = new Map<string, string>();
  /** The conversation `values` belong to (the page's path when they were read), and whether it has any. */
  let valuesPath = location.pathname;
  let hasValues = false;
  let fetchedAt = -Infinity;
  let showValues = true;
  const changed = new Set<Node>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running = false;

  const schedule = () => {
    if (timer !== undefined || signal.aborted) return;
    timer = setTimeout(() => {
      const idle = (globalThis as { requestIdleCallback?: (cb: () => void, o: { timeout: number }) => number }).requestIdleCallback;
      if (idle) idle(() => void run(), { timeout: 500 });
      else void run();
    }, THROTTLE_MS);
  };

  const observer = new MutationObserver((records) => {
    for (const r of records) {
      if (isOwn(r.target)) continue;
      // Our own host going in or out beside an answer is not a change of the answer.
      if (r.type === 'childList' && [...r.addedNodes, ...r.removedNodes].every(isOwn)) continue;
      changed.add(r.target);
    }
    if (location.pathname !== valuesPath) return refresh();
    // A conversation without a vault (most pages, most of the time) costs the observer and nothing more.
    if (!hasValues) return void changed.clear();
    if (changed.size) schedule();
  });
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      clearTimeout(timer);
      for (const view of views.values()) view.host.remove();
      views.clear();
    },
    { once: true },
  );
  // Answers already on the page (a reload of a conversation), if the conversation has a vault.
  refresh();

  /** Reads the conversation's vault; when it holds values, looks at the whole page. */
  function refresh(): void {
    const path = location.pathname;
    if (path !== valuesPath) {
      valuesPath = path;
      values = new Map();
      hasValues = false;
    }
    fetchedAt = performance.now();
    void vault.entries().then((entries) => {
      if (signal.aborted || location.pathname !== path) return;
      values = valuesOf(entries);
      hasValues = entries.length > 0;
      if (!hasValues) return;
      changed.add(document.documentElement);
      schedule();
    });
  }

  async function run(): Promise<void> {
    timer = undefined;
    if (running || signal.aborted) return void (running || schedule());
    if (!hasValues) return void changed.clear();
    running = true;
    markWork('restore');
    try {
      const targets = [...changed];
      changed.clear();
      const found = answersAround(targets);
      for (const el of found) {
        await renderAnswer(el);
        markWork('restore'); // after a vault read, the rest runs in another task
      }
      for (const [el, view] of views) if (!el.isConnected) (view.host.remove(), views.delete(el));
    } finally {
      running = false;
      if (changed.size) schedule();
    }
  }

  /** The answers holding or around the changed nodes. */
  function answersAround(targets: readonly Node[]): Set<Element> {
    const out = new Set<Element>();
    // The page has no answer of known markup (yet): the fallback looks at the whole page.
    const fallback = !selector || !document.querySelector(selector);
    for (const node of targets) {
      const el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
      if (!el || isOwn(el)) continue;
      const inside = selector ? el.closest(selector) : null;
      if (inside) {
        out.add(inside);
        continue;
      }
      if (selector) for (const a of el.querySelectorAll(selector)) out.add(a);
    }
    // No known answer markup here: the blocks around text showing a placeholder, over the whole page
    // (an answer's blocks change one at a time while it streams, and must still make one layer).
    if (fallback && document.body) for (const b of fallbackBlocks(document.body)) out.add(b);
    // Never the composer: what the user is typing is theirs to see as it is.
    for (const el of [...out]) if (el.closest('[contenteditable="true"], textarea')) out.delete(el);
    return out;
  }

  async function renderAnswer(el: Element): Promise<void> {
    const text = answerText(el, RESTORED_HOST);
    if (!mayHoldPlaceholders(text)) return void dropView(el);
    // Another conversation (the site navigated without a page load): its placeholders mean other values.
    if (location.pathname !== valuesPath) return refresh();
    const tags = placeholdersIn(text);
    if (tags.some((t) => !values.has(t)) && performance.now() - fetchedAt > REFETCH_MS) {
      fetchedAt = performance.now();
      values = valuesOf(await vault.entries());
    }
    const { parts, restored, distinct } = restoreText(text, values);
    // A placeholder the vault does not know yet (the redaction that made it is still being stored): look again.
    if (tags.some((t) => !values.has(t))) retryLater(el);
    if (!restored) return void dropView(el);
    const view = views.get(el) ?? makeView(el);
    const key = `${distinct}\u0000${text}`;
    if (view.text === key) return;
    view.text = key;
    view.plain = parts.map((p) => (typeof p === 'string' ? p : p.value)).join('');
    render(view, parts, distinct);
  }

  /** Looks at `el` again after `REFETCH_MS`, up to `RETRIES` times in a row. */
  function retryLater(el: Element): void {
    const n = retries.get(el) ?? 0;
    if (n >= RETRIES) return;
    retries.set(el, n + 1);
    setTimeout(() => {
      if (signal.aborted) return;
      changed.add(el);
      schedule();
    }, REFETCH_MS);
  }

  function dropView(el: Element): void {
    views.get(el)?.host.remove();
    views.delete(el);
  }

  function makeView(el: Element): View {
    // One layer per answer: a streamed answer first seen as its first paragraph, then as the whole
    // answer, keeps only the whole one (and the other way round).
    for (const other of [...views.keys()]) if (other.contains(el) || el.contains(other)) dropView(other);
    const host = document.createElement(RESTORED_HOST);
    host.style.setProperty('display', 'block', 'important');
    const root = host.attachShadow({ mode: 'closed' });
    const style = document.createElement('style');
    style.textContent = STYLE;
    const bar = document.createElement('div');
    bar.className = 'bar';
    const marker = document.createElement('span');
    marker.className = 'marker';
    const toggle = document.createElement('button');
    toggle.type = 'button';
    const copy = document.createElement('button');
    copy.type = 'button';
    copy.textContent = restoredStrings().copy;
    const body = document.createElement('div');
    body.className = 'body';
    bar.append(marker, toggle, copy);
    root.append(style, bar, body);
    const view: View = { host, body, marker, toggle, text: '', plain: '' };
    toggle.addEventListener('click', (e) => {
      if (!e.isTrusted) return;
      showValues = !showValues;
      for (const v of views.values()) applyToggle(v);
    }, { signal });
    copy.addEventListener('click', (e) => {
      if (!e.isTrusted) return;
      void navigator.clipboard.writeText(view.plain).then(
        () => (copy.textContent = restoredStrings().copied),
        () => (copy.textContent = restoredStrings().copyFailed),
      );
      setTimeout(() => (copy.textContent = restoredStrings().copy), 2_000);
    }, { signal });
    el.after(host);
    views.set(el, view);
    applyToggle(view);
    return view;
  }

  function render(view: View, parts: readonly RestoredPart[], restored: number): void {
    const nodes: Node[] = [];
    for (const p of parts) {
      if (typeof p === 'string') nodes.push(document.createTextNode(p));
      else {
        const mark = document.createElement('mark');
        mark.textContent = p.value;
        mark.title = p.tag;
        nodes.push(mark);
      }
    }
    view.body.replaceChildren(...nodes);
    view.marker.textContent = restoredStrings().restored(restored);
  }

  function applyToggle(view: View): void {
    view.body.hidden = !showValues;
    view.toggle.textContent = showValues ? restoredStrings().showPlaceholders : restoredStrings().showValues;
    view.toggle.setAttribute('aria-pressed', String(!showValues));
  }

  function fallbackBlocks(root: Element): Element[] {
    const out: Element[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const t = n.nodeValue ?? '';
      if (!mayHoldPlaceholders(t)) continue;
      const block = n.parentElement?.closest(FALLBACK_BLOCK);
      if (block && !isOwn(block)) out.push(block);
    }
    // The innermost blocks only: a page's wrapper div must not restore the whole thread as one answer.
    const inner = out.filter((b) => !out.some((o) => o !== b && b.contains(o)));
    // Blocks of one answer (its paragraphs, its code block) share a parent: one layer for them together.
    const byParent = new Map<Element, Element[]>();
    for (const b of inner) {
      const parent = b.parentElement;
      const key = parent && parent !== document.body && parent !== document.documentElement && !parent.querySelector('[contenteditable="true"], textarea') ? parent : b;
      byParent.set(key, [...(byParent.get(key) ?? []), b]);
    }
    return [...byParent].map(([parent, blocks]) => (blocks.length > 1 ? parent : blocks[0]!));
  }
  return { refresh };
}

function isOwn(node: Node): boolean {
  const el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  return !!el?.closest(RESTORED_HOST) || (node as Element).localName === RESTORED_HOST;
}

const STYLE = `
:host { all: initial; display: block; margin: 4px 0 12px; font: 14px/1.5 system-ui, sans-serif; color: #1f2937; }
.bar { display: flex; gap: 8px; align-items: center; font-size: 12px; color: #4b5563; }
.marker::before { content: "🛡 "; }
button { font: inherit; font-size: 12px; border: 1px solid #d1d5db; border-radius: 6px; background: #fff; color: #111827; padding: 1px 8px; cursor: pointer; }
.body { margin-top: 4px; padding: 8px 10px; border-left: 3px solid #2563eb; background: #f8fafc; white-space: pre-wrap; overflow-wrap: anywhere;
  /* Not selectable: a page's copy or selection handler could read a selection inside it. */
  user-select: none; -webkit-user-select: none; }
mark { background: #dbeafe; color: inherit; border-radius: 3px; padding: 0 2px; }
@media (prefers-color-scheme: dark) {
  :host { color: #e5e7eb; } .bar { color: #9ca3af; } button { background: #1f2937; color: #f9fafb; border-color: #4b5563; }
  .body { background: #111827; } mark { background: #1e3a8a; }
}
`;
