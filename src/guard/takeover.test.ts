// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { claimPage } from './takeover';

const announce = () => window.dispatchEvent(new CustomEvent('promptfence:guard-started'));

describe('claimPage', () => {
  const id = fakeBrowser.runtime.id;
  afterEach(() => {
    (fakeBrowser.runtime as { id?: string }).id = id;
  });

  it('a second copy in the same world takes over: the first one\'s listeners end', () => {
    const first = claimPage();
    const second = claimPage();
    expect(first.aborted).toBe(true);
    expect(second.aborted).toBe(false);
  });

  it('a live guard never stands down because of an announcement (a page script can send one)', () => {
    const live = claimPage();
    announce();
    expect(live.aborted).toBe(false);
  });

  it('an orphaned guard (extension updated, runtime gone) stands down when a new one announces itself', () => {
    const old = claimPage();
    (fakeBrowser.runtime as { id?: string }).id = undefined;
    expect(old.aborted).toBe(false); // keeps guarding until a successor exists
    announce();
    expect(old.aborted).toBe(true);
  });
});
