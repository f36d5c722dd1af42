// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { SITE_ADAPTERS } from './adapters';
import { composerFromEvent, editorKindOf, findComposer, findSendButton } from './resolve';
import { CHATGPT, CHATGPT_SSR, COPILOT, GEMINI, REDESIGNED } from './resolve.fixtures';
import type { SiteAdapter } from './types';

const adapter = (id: string) => SITE_ADAPTERS.find((a) => a.id === id)!;
const page = (html: string) => {
  document.body.innerHTML = html;
};

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('findComposer', () => {
  it('ChatGPT: picks the ProseMirror editor, never the SSR fallback textarea', () => {
    page(CHATGPT);
    const result = findComposer(document, adapter('chatgpt'));
    expect(result.health).toBe('ok');
    expect(result.element?.id).toBe('prompt-textarea');
    expect(result.element?.localName).toBe('div');
    expect(result.editor).toBe('prosemirror');
  });

  it('ChatGPT before hydration: the hidden fallback textarea is not a composer', () => {
    page(CHATGPT_SSR);
    expect(findComposer(document, adapter('chatgpt'))).toEqual({ element: null, editor: null, health: 'no-composer' });
  });

  it('Gemini: the Quill editor inside rich-textarea', () => {
    page(GEMINI);
    const result = findComposer(document, adapter('gemini'));
    expect(result).toMatchObject({ health: 'ok', editor: 'quill', selector: 'rich-textarea .ql-editor[contenteditable="true"]' });
    expect(result.element?.classList.contains('ql-editor')).toBe(true);
  });

  it('Copilot: skips the read-only twin and reports a textarea', () => {
    page(COPILOT);
    const result = findComposer(document, adapter('copilot'));
    expect(result).toMatchObject({ health: 'ok', editor: 'textarea' });
    expect(result.element?.getAttribute('placeholder')).toBe('Message Copilot');
  });

  it('skips hidden matches and takes the next visible one', () => {
    page('<form><div id="prompt-textarea" class="ProseMirror" contenteditable="true" hidden></div><div class="ProseMirror" contenteditable="true">b</div></form>');
    const result = findComposer(document, adapter('chatgpt'));
    expect(result).toMatchObject({ health: 'ok', selector: 'form div.ProseMirror[contenteditable="true"]' });
    expect(result.element?.textContent).toBe('b');
  });

  it('prefers the focused match when several editors match', () => {
    page('<form><div class="ProseMirror" contenteditable="true">main</div></form><form><div class="ProseMirror" contenteditable="true"><p id="inner">edit</p></div></form>');
    const result = findComposer(document, adapter('chatgpt'), document.getElementById('inner'));
    expect(result.element?.textContent).toBe('edit');
    expect(result.health).toBe('ok');
  });

  it('resolves a wrapper match to the editable inside it', () => {
    page(GEMINI);
    const wrapperAdapter: SiteAdapter = { ...adapter('gemini'), composer: ['rich-textarea'] };
    expect(findComposer(document, wrapperAdapter).element?.classList.contains('ql-editor')).toBe(true);
  });

  it('finds a composer inside an open shadow root', () => {
    page('<chat-app></chat-app>');
    const shadow = document.querySelector('chat-app')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<section><div class="editor" contenteditable="true"><p>hi</p></div></section>';
    const custom: SiteAdapter = { id: 'corp', name: 'Corp', matches: ['*://corp.example/*'], composer: ['div.editor[contenteditable="true"]'], send: [], editor: 'contenteditable', custom: true };
    const result = findComposer(document, custom);
    expect(result.health).toBe('ok');
    expect(result.element?.getRootNode()).toBe(shadow);
  });

  it('redesigned page: the generic fallback finds the composer and reports degraded', () => {
    page(REDESIGNED);
    const result = findComposer(document, adapter('chatgpt'));
    expect(result.health).toBe('degraded');
    expect(result.element?.getAttribute('aria-label')).toBe('Chat with ChatGPT');
    expect(result).not.toHaveProperty('selector');
  });

  it('generic fallback takes the focused editable first', () => {
    page(REDESIGNED);
    const search = document.querySelector('nav textarea')!;
    expect(findComposer(document, adapter('chatgpt'), search)).toMatchObject({ element: search, health: 'degraded', editor: 'textarea' });
  });

  it('unknown page (no adapter): generic fallback, degraded', () => {
    page('<form><textarea name="q"></textarea></form>');
    expect(findComposer(document, null)).toMatchObject({ health: 'degraded', editor: 'textarea' });
  });

  it('custom site without selectors uses the fallback by design: ok, not degraded', () => {
    page('<form><div contenteditable="true"></div></form>');
    const custom: SiteAdapter = { id: 'corp', name: 'Corp', matches: ['*://corp.example/*'], composer: [], send: [], editor: 'contenteditable', custom: true };
    expect(findComposer(document, custom)).toMatchObject({ health: 'ok', editor: 'contenteditable' });
  });

  it('never picks editables inside our own UI', () => {
    page('<promptfence-panel></promptfence-panel>');
    const shadow = document.querySelector('promptfence-panel')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<form><textarea placeholder="Why send anyway?"></textarea></form>';
    expect(findComposer(document, null).health).toBe('no-composer');
    expect(findComposer(document, null, shadow.querySelector('textarea')).health).toBe('no-composer');
  });
});

describe('editorKindOf', () => {
  it.each([
    ['<textarea></textarea>', undefined, 'textarea'],
    ['<input type="text">', undefined, 'textarea'],
    ['<div class="ProseMirror" contenteditable="true"></div>', undefined, 'prosemirror'],
    ['<div class="tiptap ProseMirror" contenteditable="true"></div>', 'lexical', 'prosemirror'],
    ['<div data-lexical-editor="true" contenteditable="true"></div>', undefined, 'lexical'],
    ['<div class="ql-editor" contenteditable="true"></div>', undefined, 'quill'],
    ['<div contenteditable="true"></div>', undefined, 'contenteditable'],
    ['<div contenteditable="true"></div>', 'lexical', 'lexical'],
    ['<div contenteditable="true"></div>', 'textarea', 'contenteditable'],
  ] as const)('%s (hint %s) → %s', (html, hint, kind) => {
    page(html);
    expect(editorKindOf(document.body.firstElementChild!, hint)).toBe(kind);
  });
});

describe('findSendButton', () => {
  it('ChatGPT: adapter selector, even while disabled', () => {
    page(CHATGPT);
    const composer = findComposer(document, adapter('chatgpt')).element;
    expect(findSendButton(document, adapter('chatgpt'), composer)).toMatchObject({ via: 'adapter', element: document.getElementById('composer-submit-button') });
  });

  it('picks the adapter match nearest the composer', () => {
    page('<div id="a"><div class="ProseMirror" contenteditable="true"></div><button data-testid="send-button" id="near"></button></div><div><button data-testid="send-button" id="far"></button></div>');
    const composer = document.querySelector('.ProseMirror');
    // document order puts #near first; move it last to prove distance, not order, decides
    document.body.prepend(document.querySelector('#far')!.parentElement!);
    expect(findSendButton(document, adapter('chatgpt'), composer)?.element.id).toBe('near');
  });

  it('falls back to the composer form submit button', () => {
    page('<form><textarea></textarea><button type="button">Attach</button><button type="submit" id="go">Go</button></form>');
    expect(findSendButton(document, null, document.querySelector('textarea'))).toMatchObject({ via: 'form-submit' });
  });

  it('falls back to a nearby button named send', () => {
    page(REDESIGNED);
    const composer = findComposer(document, adapter('chatgpt')).element;
    const result = findSendButton(document, adapter('chatgpt'), composer);
    expect(result?.via).toBe('label');
    expect(result?.element.getAttribute('aria-label')).toBe('Send message');
  });

  it('reads a plain button text on internal front ends', () => {
    page('<div class="chat-input"><div class="input-wrap"><div class="input" contenteditable="true"></div></div><button class="send" type="button">Send</button></div>');
    expect(findSendButton(document, null, document.querySelector('.input'))).toMatchObject({ via: 'label', element: document.querySelector('button.send') });
  });

  it('returns null when nothing fits', () => {
    page('<div contenteditable="true"></div><button aria-label="Attach">+</button>');
    expect(findSendButton(document, null, document.querySelector('[contenteditable]'))).toBeNull();
  });
});

describe('composerFromEvent', () => {
  it('returns the editing host for an event on a paragraph inside ProseMirror', () => {
    page(CHATGPT);
    const p = document.querySelector('#prompt-textarea p')!;
    let found: Element | null = null;
    window.addEventListener('keydown', (e) => (found = composerFromEvent(e)), { capture: true, once: true });
    p.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    expect(found).toBe(document.getElementById('prompt-textarea'));
  });

  // In Chromium a window listener sees `target` retargeted to the host (happy-dom does not retarget),
  // which is why composerFromEvent reads composedPath() instead.
  it('sees through an open shadow root via composedPath', () => {
    page('<chat-app></chat-app>');
    const host = document.querySelector('chat-app')!;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<div contenteditable="true" id="ed"><p>x</p></div>';
    let found: Element | null = null;
    window.addEventListener('paste', (e) => (found = composerFromEvent(e)), { capture: true, once: true });
    shadow.querySelector('p')!.dispatchEvent(new Event('paste', { bubbles: true, composed: true }));
    expect(found).toBe(shadow.getElementById('ed'));
  });

  it('returns the textarea for a textarea event, null for non-editables and our own UI', () => {
    page('<textarea></textarea><button>b</button><promptfence-panel><textarea></textarea></promptfence-panel>');
    const results: (Element | null)[] = [];
    const listen = (e: Event) => results.push(composerFromEvent(e));
    window.addEventListener('keydown', listen, { capture: true });
    for (const el of document.querySelectorAll('textarea, button')) el.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true }));
    window.removeEventListener('keydown', listen, { capture: true });
    expect(results).toEqual([document.querySelector('textarea'), null, null]);
  });
});
