// @vitest-environment happy-dom
/**
 * happy-dom has no `document.execCommand`. These tests cover our side of the contract (which range
 * is selected, edit order, the textarea setter fallback, read-back verification, no re-insertion)
 * with a stand-in that edits the DOM selection the way Chromium's `insertText` does. Whether each
 * REAL editor (ProseMirror, Lexical, Quill, React) takes the edit into its model is for the e2e rig.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readComposer } from './read';
import { isOwnSyntheticEvent } from './input-path';
import { insertAtCaret, replaceAll, replaceRanges } from './write';

interface FakeExecOptions {
  /** Apply the edit this many ms later, like Lexical applying after the current task. */
  readonly delayMs?: number;
  /** After each edit, replace every text node with a fresh one, like an editor re-rendering. */
  readonly rerender?: Element;
  /** Refuse every command (returns false), like a page that disabled editing commands. */
  readonly refuse?: boolean;
}

/** A minimal Chromium-like execCommand over the current selection. Returns the command log. */
function fakeExecCommand(options: FakeExecOptions = {}): string[] {
  const log: string[] = [];
  (document as unknown as { execCommand: unknown }).execCommand = (command: string, _ui: boolean, value = '') => {
    log.push(value ? `${command}:${value}` : command);
    if (options.refuse) return false;
    const active = document.activeElement as HTMLTextAreaElement | null;
    if (active?.localName === 'textarea') {
      const start = active.selectionStart;
      active.setRangeText(command === 'insertText' ? value : '', start, active.selectionEnd, 'end');
      active.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: command }));
      return true;
    }
    const selection = document.getSelection()!;
    const range = selection.getRangeAt(0).cloneRange();
    const apply = () => {
      range.deleteContents();
      if (command === 'insertText') {
        let node = range.startContainer;
        let offset = range.startOffset;
        if (node.nodeType !== 3) {
          const text = document.createTextNode('');
          range.insertNode(text);
          node = text;
          offset = 0;
        }
        (node as Text).insertData(offset, value);
        selection.collapse(node, offset + value.length);
      } else if (command === 'insertParagraph') {
        const container = range.startContainer.nodeType === 3 ? range.startContainer.parentElement! : (range.startContainer as Element);
        const paragraph = container.closest('p')!;
        const tail = document.createRange();
        tail.setStart(range.startContainer, range.startOffset);
        tail.setEnd(paragraph, paragraph.childNodes.length);
        const next = document.createElement('p');
        next.append(tail.extractContents());
        paragraph.after(next);
        selection.collapse(next, 0);
      }
      if (options.rerender) {
        const walker = document.createTreeWalker(options.rerender, 4);
        const texts: Text[] = [];
        for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n as Text);
        for (const t of texts) t.replaceWith(document.createTextNode(t.data));
      }
    };
    if (options.delayMs) setTimeout(apply, options.delayMs);
    else apply();
    return true;
  };
  return log;
}

function mount<T extends HTMLElement>(html: string): T {
  document.body.innerHTML = html;
  return document.body.firstElementChild as T;
}

const edit = (text: string, value: string, replacement: string) => {
  const start = text.indexOf(value);
  return { start, end: start + value.length, replacement };
};

beforeEach(() => {
  document.body.innerHTML = '';
});
afterEach(() => {
  delete (document as unknown as { execCommand?: unknown }).execCommand;
});

describe('replaceRanges on contenteditable editors', () => {
  const PM = '<div class="ProseMirror" contenteditable="true"><p>Mail ann@ex.com and <strong>bob@ex.org</strong></p><p>key sk-123 end</p></div>';

  it('applies edits last first through insertText and keeps formatting', async () => {
    const log = fakeExecCommand();
    const el = mount(PM);
    const { text } = readComposer(el, 'prosemirror');
    const result = await replaceRanges(el, 'prosemirror', text, [
      edit(text, 'ann@ex.com', '[EMAIL_1]'),
      edit(text, 'bob@ex.org', '[EMAIL_2]'),
      edit(text, 'sk-123', '[KEY_1]'),
    ]);
    expect(result).toEqual({
      ok: true,
      expected: 'Mail [EMAIL_1] and [EMAIL_2]\nkey [KEY_1] end',
      actual: 'Mail [EMAIL_1] and [EMAIL_2]\nkey [KEY_1] end',
      method: 'exec-command',
    });
    expect(log).toEqual(['insertText:[KEY_1]', 'insertText:[EMAIL_2]', 'insertText:[EMAIL_1]']);
    expect(el.querySelector('strong')?.textContent).toBe('[EMAIL_2]');
  });

  it('re-maps when the editor re-renders its text nodes between edits', async () => {
    const el = mount(PM);
    fakeExecCommand({ rerender: el });
    const { text } = readComposer(el, 'prosemirror');
    const result = await replaceRanges(el, 'prosemirror', text, [edit(text, 'ann@ex.com', 'A'), edit(text, 'sk-123', 'K')]);
    expect(result.ok).toBe(true);
    expect(result.actual).toBe('Mail A and bob@ex.org\nkey K end');
  });

  it('waits for an editor that applies after the current task (Lexical) and never re-inserts', async () => {
    const log = fakeExecCommand({ delayMs: 30 });
    const el = mount('<div contenteditable="true" data-lexical-editor="true"><p><span data-lexical-text="true">my secret is ABC123 ok</span></p></div>');
    const { text } = readComposer(el, 'lexical');
    const result = await replaceRanges(el, 'lexical', text, [edit(text, 'ABC123', '[REDACTED]')]);
    expect(result).toMatchObject({ ok: true, actual: 'my secret is [REDACTED] ok' });
    expect(log).toEqual(['insertText:[REDACTED]']);
  });

  it('reports a mismatch when the editor ignores the command, without retrying', async () => {
    const log: string[] = [];
    (document as unknown as { execCommand: unknown }).execCommand = (c: string) => (log.push(c), true); // claims success, does nothing
    const el = mount(PM);
    const { text } = readComposer(el, 'prosemirror');
    const result = await replaceRanges(el, 'prosemirror', text, [edit(text, 'sk-123', 'K')]);
    expect(result).toMatchObject({ ok: false, reason: 'mismatch', actual: text });
    expect(log).toEqual(['insertText']);
  });

  it('fails fast and leaves the DOM alone without execCommand', async () => {
    const el = mount(PM);
    const before = el.innerHTML;
    const { text } = readComposer(el, 'prosemirror');
    const result = await replaceRanges(el, 'prosemirror', text, [edit(text, 'sk-123', 'K')]);
    expect(result).toMatchObject({ ok: false, reason: 'exec-command-failed', method: 'none', actual: text });
    expect(el.innerHTML).toBe(before);
  });

  it('writes nothing when the composer changed since it was read', async () => {
    const log = fakeExecCommand();
    const el = mount(PM);
    const result = await replaceRanges(el, 'prosemirror', 'old text', [{ start: 0, end: 3, replacement: 'x' }]);
    expect(result).toMatchObject({ ok: false, reason: 'stale-text', method: 'none' });
    expect(log).toEqual([]);
  });

  it('rejects overlapping edits', async () => {
    const el = mount(PM);
    const { text } = readComposer(el, 'prosemirror');
    const result = await replaceRanges(el, 'prosemirror', text, [
      { start: 0, end: 6, replacement: 'a' },
      { start: 5, end: 8, replacement: 'b' },
    ]);
    expect(result).toMatchObject({ ok: false, reason: 'invalid-edits' });
  });

  it('splits multi-line replacements into insertText / insertParagraph', async () => {
    const log = fakeExecCommand();
    const el = mount('<div class="ProseMirror" contenteditable="true"><p>a SECRET b</p></div>');
    const { text } = readComposer(el, 'prosemirror');
    const result = await replaceRanges(el, 'prosemirror', text, [edit(text, 'SECRET', 'one\ntwo')]);
    expect(log).toEqual(['insertText:one', 'insertParagraph', 'insertText:two']);
    expect(result).toMatchObject({ ok: true, actual: 'a one\ntwo b' });
  });

  it('Lexical: multi-line text goes in as a synthetic paste the guard can recognise', async () => {
    const log = fakeExecCommand();
    const el = mount('<div contenteditable="true" data-lexical-editor="true"><p><span data-lexical-text="true">a SECRET b</span></p></div>');
    const pastes: Event[] = [];
    el.addEventListener('paste', (e) => {
      pastes.push(e);
      e.preventDefault(); // what Lexical does; this stand-in inserts nothing, so verification must fail
    });
    const { text } = readComposer(el, 'lexical');
    const result = await replaceRanges(el, 'lexical', text, [edit(text, 'SECRET', 'one\ntwo')]);
    expect(log).toEqual([]);
    expect(pastes).toHaveLength(1);
    expect((pastes[0] as ClipboardEvent).clipboardData?.getData('text/plain')).toBe('one\ntwo');
    expect(isOwnSyntheticEvent(pastes[0]!)).toBe(true);
    expect(result).toMatchObject({ ok: false, reason: 'mismatch' });
  });

  it('deletes with an empty replacement', async () => {
    const log = fakeExecCommand();
    const el = mount('<div contenteditable="true"><p>keep DROP keep</p></div>');
    const { text } = readComposer(el, 'contenteditable');
    const result = await replaceRanges(el, 'contenteditable', text, [edit(text, ' DROP', '')]);
    expect(log).toEqual(['delete']);
    expect(result).toMatchObject({ ok: true, actual: 'keep keep' });
  });

  it('handles surrogate pairs around the finding', async () => {
    fakeExecCommand();
    const el = mount('<div class="ProseMirror" contenteditable="true"><p>😀 key sk-123 👍🏽</p></div>');
    const { text } = readComposer(el, 'prosemirror');
    const result = await replaceRanges(el, 'prosemirror', text, [edit(text, 'sk-123', '[K]')]);
    expect(result.actual).toBe('😀 key [K] 👍🏽');
    expect(result.ok).toBe(true);
  });
});

describe('replaceRanges on textareas', () => {
  it('uses execCommand when the browser accepts it', async () => {
    const log = fakeExecCommand();
    const ta = mount<HTMLTextAreaElement>('<textarea></textarea>');
    ta.value = 'a@b.co and c@d.co';
    const result = await replaceRanges(ta, 'textarea', ta.value, [edit(ta.value, 'a@b.co', 'E1'), edit(ta.value, 'c@d.co', 'E2')]);
    expect(result).toMatchObject({ ok: true, actual: 'E1 and E2', method: 'exec-command' });
    expect(log).toEqual(['insertText:E2', 'insertText:E1']);
  });

  it('falls back to the prototype value setter + input event (what React listens to)', async () => {
    const ta = mount<HTMLTextAreaElement>('<textarea></textarea>');
    ta.value = 'token ghp_secret here';
    // React keeps an own-property `value` tracker on the element; the prototype setter must bypass it.
    let trackerWrites = 0;
    const proto = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(ta), 'value')!;
    Object.defineProperty(ta, 'value', {
      configurable: true,
      get: () => proto.get!.call(ta),
      set: (v: string) => {
        trackerWrites++;
        proto.set!.call(ta, v);
      },
    });
    const events: string[] = [];
    ta.addEventListener('input', (e) => events.push((e as InputEvent).inputType));
    const result = await replaceRanges(ta, 'textarea', ta.value, [edit(ta.value, 'ghp_secret', '[TOKEN]')]);
    expect(result).toMatchObject({ ok: true, actual: 'token [TOKEN] here', method: 'value-setter' });
    expect(trackerWrites).toBe(0);
    expect(events).toEqual(['insertReplacementText']);
    expect(ta.selectionStart).toBe('token [TOKEN]'.length);
  });

  it('applies the remaining edits natively when execCommand gives up midway', async () => {
    let calls = 0;
    const ta = mount<HTMLTextAreaElement>('<textarea></textarea>');
    (document as unknown as { execCommand: unknown }).execCommand = (_c: string, _u: boolean, v: string) => {
      if (++calls > 1) return false;
      ta.setRangeText(v, ta.selectionStart, ta.selectionEnd, 'end');
      return true;
    };
    ta.value = 'x1 x2 x3';
    const text = ta.value;
    const result = await replaceRanges(ta, 'textarea', text, [edit(text, 'x1', 'A'), edit(text, 'x2', 'B'), edit(text, 'x3', 'C')]);
    expect(result).toMatchObject({ ok: true, actual: 'A B C', method: 'mixed' });
  });
});

describe('insertAtCaret', () => {
  it('textarea: replaces the selection and verifies', async () => {
    const ta = mount<HTMLTextAreaElement>('<textarea></textarea>');
    ta.value = 'before [sel] after';
    ta.focus();
    ta.setSelectionRange(7, 12);
    const result = await insertAtCaret(ta, 'textarea', 'pasted [EMAIL_1]\r\nline');
    expect(result).toEqual({
      ok: true,
      before: 'before [sel] after',
      after: 'before pasted [EMAIL_1]\nline after',
      expected: 'before pasted [EMAIL_1]\nline after',
      method: 'value-setter',
    });
  });

  it('contenteditable: inserts at the caret inside a paragraph', async () => {
    fakeExecCommand();
    const el = mount('<div class="ql-editor" contenteditable="true"><p>first</p><p>second</p></div>');
    el.focus();
    document.getSelection()!.collapse(el.querySelectorAll('p')[1]!.firstChild!, 3);
    const result = await insertAtCaret(el, 'quill', '[X]');
    expect(result).toMatchObject({ ok: true, expected: 'first\nsec[X]ond', after: 'first\nsec[X]ond' });
  });

  it('contenteditable: inserts at the end when the caret is elsewhere', async () => {
    fakeExecCommand();
    const el = mount('<div class="ProseMirror" contenteditable="true"><p>only</p></div>');
    document.body.append(document.createElement('input'));
    const result = await insertAtCaret(el, 'prosemirror', '!');
    expect(result).toMatchObject({ ok: true, after: 'only!' });
  });

  it('contenteditable without execCommand: not ok, nothing inserted', async () => {
    const el = mount('<div contenteditable="true"><p>x</p></div>');
    const result = await insertAtCaret(el, 'contenteditable', 'y');
    expect(result).toMatchObject({ ok: false, before: 'x', after: 'x', method: 'none' });
  });
});

describe('replaceAll', () => {
  it('replaces only the changed middle, keeping formatting around it', async () => {
    const log = fakeExecCommand();
    const el = mount('<div class="ProseMirror" contenteditable="true"><p><em>Hi</em> my key is sk-123, <strong>thanks</strong></p></div>');
    const result = await replaceAll(el, 'prosemirror', 'Hi my key is [KEY], thanks');
    expect(result.ok).toBe(true);
    expect(log).toEqual(['insertText:[KEY]']);
    expect(el.querySelector('em')?.textContent).toBe('Hi');
    expect(el.querySelector('strong')?.textContent).toBe('thanks');
  });

  it('is a verified no-op when the text is unchanged', async () => {
    const ta = mount<HTMLTextAreaElement>('<textarea>same</textarea>');
    expect(await replaceAll(ta, 'textarea', 'same')).toEqual({ ok: true, expected: 'same', actual: 'same', method: 'none' });
  });
});
