/**
 * A fresh element to render a Preact view into for each test (happy-dom), with the fake browser reset
 * and the real English catalogue answering `getMessage`; unmounted and removed after each test.
 */
import { render } from 'preact';
import { afterEach, beforeEach, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { useCatalogue } from './catalogue';

export function useDomRoot(): { readonly current: HTMLElement } {
  const ref = { current: undefined as unknown as HTMLElement };
  beforeEach(() => {
    fakeBrowser.reset();
    useCatalogue();
    ref.current = document.createElement('div');
    document.body.append(ref.current);
  });
  afterEach(() => {
    render(null, ref.current);
    ref.current.remove();
    vi.restoreAllMocks();
  });
  return ref;
}
