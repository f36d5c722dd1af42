// @vitest-environment happy-dom
/**
 * happy-dom does no layout (every rect is empty), so this checks the plumbing: which range is
 * measured, that the textarea mirror copies the text and style, and that nothing is left in the
 * page. Pixel positions over real editors are for the e2e rig.
 */
import { describe, expect, it, vi } from 'vitest';
import { rectsForRange } from './geometry';
import { readComposer } from './read';

describe('rectsForRange', () => {
  it('contenteditable: measures the mapped DOM range', () => {
    document.body.innerHTML = '<div class="ProseMirror" contenteditable="true"><p>mail ann@ex.com</p></div>';
    const el = document.body.firstElementChild!;
    const { text, map } = readComposer(el, 'prosemirror');
    const spy = vi.spyOn(Range.prototype, 'getClientRects');
    const rects = rectsForRange(el, 'prosemirror', map, text.indexOf('ann'), text.length);
    expect(Array.isArray(rects)).toBe(true);
    expect(spy).toHaveBeenCalledTimes(1);
    expect((spy.mock.contexts[0] as Range).toString()).toBe('ann@ex.com');
    spy.mockRestore();
  });

  it('textarea: lays the text out in a styled mirror outside the editor and removes it', () => {
    document.body.innerHTML = '<textarea style="font-size: 17px; padding: 6px; width: 300px"></textarea>';
    const ta = document.querySelector('textarea')!;
    ta.value = 'line one\nkey sk-123 end\n';
    const { map } = readComposer(ta, 'textarea');
    const observer = new MutationObserver(() => {});
    observer.observe(document.documentElement, { childList: true, subtree: true });
    const rects = rectsForRange(ta, 'textarea', map, 13, 19);
    const added = observer.takeRecords().flatMap((r) => [...r.addedNodes]) as HTMLElement[];
    observer.disconnect();

    expect(Array.isArray(rects)).toBe(true);
    expect(added).toHaveLength(1);
    const container = added[0]!;
    expect(container.parentNode).toBeNull(); // removed again
    expect(container.getAttribute('data-promptfence-ui')).toBe('mirror');
    const mirror = container.firstElementChild as HTMLElement;
    expect(mirror.querySelector('span')?.textContent).toBe('sk-123');
    expect(mirror.textContent).toBe('line one\nkey sk-123 end\n ');
    expect(mirror.style.fontSize).toBe('17px');
    expect(mirror.style.whiteSpace).toBe('pre-wrap');
    expect(ta.parentElement).toBe(document.body); // the composer itself was never touched
  });

  it('returns nothing for a map that does not fit the element', () => {
    document.body.innerHTML = '<div contenteditable="true">x</div>';
    expect(rectsForRange(document.body.firstElementChild!, 'textarea', { kind: 'textarea', toOffsets: (s, e) => ({ start: s, end: e }) }, 0, 1)).toEqual([]);
  });
});
