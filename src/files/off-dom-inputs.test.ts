// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { keepFileInputsVisible } from './off-dom-inputs';

describe('keepFileInputsVisible (main-world hook)', () => {
  it('a file input clicked off the document is in it while its pick is made, so window capture listeners see the change', async () => {
    keepFileInputsVisible(window);
    const seen: EventTarget[] = [];
    window.addEventListener('change', (e) => seen.push(e.composedPath()[0]!), true);
    const input = document.createElement('input');
    input.type = 'file';
    input.click();
    expect(input.isConnected).toBe(true);
    expect(input.parentElement?.hidden).toBe(true);
    input.dispatchEvent(new Event('change', { bubbles: true }));
    expect(seen).toEqual([input]);
    await new Promise((r) => setTimeout(r, 10));
    expect(input.isConnected).toBe(false);
  });

  it('leaves inputs in the document, and other input types, where they are', () => {
    const inDoc = document.createElement('input');
    inDoc.type = 'file';
    document.body.append(inDoc);
    inDoc.click();
    expect(inDoc.parentElement).toBe(document.body);
    const text = document.createElement('input');
    text.click();
    expect(text.isConnected).toBe(false);
  });

  it('keeps a cancelled pick\'s input until the next pick starts: a late change still passes window', async () => {
    const seen: EventTarget[] = [];
    window.addEventListener('change', (e) => seen.push(e.composedPath()[0]!), true);
    const late = fileInput();
    late.click();
    late.dispatchEvent(new Event('cancel'));
    await new Promise((r) => setTimeout(r, 10));
    expect(late.isConnected).toBe(true);
    late.dispatchEvent(new Event('change', { bubbles: true }));
    expect(seen).toEqual([late]);

    const cancelled = fileInput();
    cancelled.click();
    cancelled.dispatchEvent(new Event('cancel'));
    const next = fileInput();
    next.click();
    expect(cancelled.isConnected).toBe(false);
    expect(next.isConnected).toBe(true);
  });
});

function fileInput(): HTMLInputElement {
  const input = document.createElement('input');
  input.type = 'file';
  return input;
}
