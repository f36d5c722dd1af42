// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import type { EditorKind } from '../sites/types';
import { type DomMap, readComposer } from './read';

/** Markup as each editor renders it (trimmed from real pages / editor demos; see chat-sites.md §4). */
const FIXTURES: readonly { name: string; kind: EditorKind; html: string; text: string }[] = [
  {
    name: 'ProseMirror paragraphs, marks and an empty paragraph',
    kind: 'prosemirror',
    html: '<div class="ProseMirror" contenteditable="true"><p>Hello <strong>world</strong></p><p><br class="ProseMirror-trailingBreak"></p><p>key=sk-abc</p></div>',
    text: 'Hello world\n\nkey=sk-abc',
  },
  {
    name: 'ProseMirror hard break at the end of a paragraph (separator img + trailing break)',
    kind: 'prosemirror',
    html: '<div class="ProseMirror" contenteditable="true"><p>a<br><img class="ProseMirror-separator" alt=""><br class="ProseMirror-trailingBreak"></p><p>c</p></div>',
    text: 'a\n\nc',
  },
  {
    name: 'ProseMirror list and code block',
    kind: 'prosemirror',
    html: '<div class="ProseMirror" contenteditable="true"><ul><li><p>one</p></li><li><p>two</p></li></ul><pre><code>x = 1\ny = 2</code></pre><p>end</p></div>',
    text: 'one\ntwo\nx = 1\ny = 2\nend',
  },
  {
    name: 'Quill (Gemini) lines with an empty line',
    kind: 'quill',
    html: '<div class="ql-editor textarea new-input-ui" contenteditable="true"><p>line1</p><p><br></p><p>line3 <em>it</em></p></div>',
    text: 'line1\n\nline3 it',
  },
  {
    name: 'Lexical paragraphs with a line break',
    kind: 'lexical',
    html: '<div contenteditable="true" role="textbox" data-lexical-editor="true"><p dir="ltr"><span data-lexical-text="true">one</span></p><p dir="ltr"><span data-lexical-text="true">two</span><br><span data-lexical-text="true">three</span></p></div>',
    text: 'one\ntwo\nthree',
  },
  {
    name: 'Lexical trailing line break (extra managed <br>)',
    kind: 'lexical',
    html: '<div contenteditable="true" data-lexical-editor="true"><p><span data-lexical-text="true">a</span><br><br></p></div>',
    text: 'a\n',
  },
  {
    name: 'generic contenteditable with HTML indentation',
    kind: 'contenteditable',
    html: '<div contenteditable="true">\n  <div>first</div>\n  <div>second <b>bold</b></div>\n</div>',
    text: 'first\nsecond bold',
  },
  {
    name: 'inline text, <br>, then a block',
    kind: 'contenteditable',
    html: '<div contenteditable="true">top<br>next<div>block</div>tail</div>',
    text: 'top\nnext\nblock\ntail',
  },
  { name: 'empty ProseMirror', kind: 'prosemirror', html: '<div class="ProseMirror" contenteditable="true"><p><br class="ProseMirror-trailingBreak"></p></div>', text: '' },
  {
    name: 'surrogate pairs',
    kind: 'prosemirror',
    html: '<div class="ProseMirror" contenteditable="true"><p>😀 mail <b>ann@ex.com</b> 👍🏽</p><p>𝒳y</p></div>',
    text: '😀 mail ann@ex.com 👍🏽\n𝒳y',
  },
];

function mount(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body.firstElementChild as HTMLElement;
}

/** Range.toString() has no "\n" for block boundaries or <br>, and includes skipped indentation: compare characters only. */
const comparable = (s: string, kind: EditorKind) => s.replace(kind === 'contenteditable' ? /\s/g : /\n/g, '');

describe('readComposer on contenteditable editors', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it.each(FIXTURES)('$name: text', ({ html, kind, text }) => {
    expect(readComposer(mount(html), kind).text).toBe(text);
  });

  it.each(FIXTURES)('$name: every range maps to DOM covering the same characters', ({ html, kind }) => {
    const { text, map } = readComposer(mount(html), kind);
    const dom = map as DomMap;
    expect(dom.kind).toBe('dom');
    for (let start = 0; start <= text.length; start++) {
      for (let end = start; end <= text.length; end++) {
        const range = dom.toRange(start, end);
        const codePointSafe = !/[\udc00-\udfff]/.test(text[start] ?? '') && !/[\udc00-\udfff]/.test(text[end] ?? '');
        if (codePointSafe) expect(comparable(range.toString(), kind)).toBe(comparable(text.slice(start, end), kind));
      }
    }
  });

  it.each(FIXTURES)('$name: offsetAt inverts toRange at every caret position', ({ html, kind }) => {
    const { text, map } = readComposer(mount(html), kind);
    const dom = map as DomMap;
    for (let o = 0; o <= text.length; o++) {
      if (/[\udc00-\udfff]/.test(text[o] ?? '')) continue; // inside a pair: snapped, tested below
      const caret = dom.toRange(o, o);
      expect(dom.offsetAt(caret.startContainer, caret.startOffset)).toBe(o);
    }
  });

  it('keeps a finding at the edge of a formatted run inside its text node', () => {
    const el = mount(FIXTURES[0]!.html);
    const { text, map } = readComposer(el, 'prosemirror');
    const start = text.indexOf('world');
    const range = (map as DomMap).toRange(start, start + 5);
    expect(range.startContainer).toBe(range.endContainer);
    expect(range.startContainer.parentElement?.localName).toBe('strong');
  });

  it('widens ranges that would split a surrogate pair', () => {
    const { text, map } = readComposer(mount(FIXTURES[9]!.html), 'prosemirror');
    expect((map as DomMap).toRange(1, 2).toString()).toBe('😀');
    const thumbs = text.indexOf('👍🏽');
    expect((map as DomMap).toRange(thumbs + 1, thumbs + 3).toString()).toBe('👍🏽');
  });

  it('returns null for positions outside the editor', () => {
    const el = mount('<div contenteditable="true"><p>x</p></div>');
    const outside = document.createElement('p');
    document.body.append(outside);
    expect((readComposer(el, 'contenteditable').map as DomMap).offsetAt(outside, 0)).toBeNull();
  });

  it('reads 1 MB of paragraphs in one linear pass', () => {
    const line = `${'lorem ipsum dolor sit amet '.repeat(3)}id ${'x'.repeat(16)}`; // 100 chars
    const el = mount(`<div class="ProseMirror" contenteditable="true">${`<p>${line}</p>`.repeat(10_000)}</div>`);
    const t0 = performance.now();
    const { text, map } = readComposer(el, 'prosemirror');
    const elapsed = performance.now() - t0;
    expect(text.length).toBe(10_000 * (line.length + 1) - 1);
    expect((map as DomMap).toRange(text.length - 20, text.length).toString()).toBe(line.slice(-20));
    // happy-dom is far slower than Chromium; the 50 ms budget is checked in the e2e rig.
    expect(elapsed).toBeLessThan(1000);
  });
});

describe('readComposer on textareas', () => {
  it('reads the value and maps offsets identically, surrogate-safe', () => {
    const ta = mount('<textarea></textarea>') as HTMLTextAreaElement;
    ta.value = '😀 key\nline 2';
    const { text, map } = readComposer(ta, 'textarea');
    expect(text).toBe('😀 key\nline 2');
    expect(map.kind).toBe('textarea');
    if (map.kind !== 'textarea') return;
    expect(map.toOffsets(3, 6)).toEqual({ start: 3, end: 6 });
    expect(map.toOffsets(1, 2)).toEqual({ start: 0, end: 2 });
    expect(map.toOffsets(-5, 999)).toEqual({ start: 0, end: text.length });
  });

  it('trusts the element over a stale kind', () => {
    const ta = mount('<textarea>plain</textarea>') as HTMLTextAreaElement;
    expect(readComposer(ta, 'prosemirror').text).toBe('plain');
  });
});
