// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { installFileHooks } from './main-world';

describe('installFileHooks', () => {
  it('installs the hooks once per page: a second copy (re-injected after an update) leaves the first in place', () => {
    const nativeClick = HTMLInputElement.prototype.click;
    expect(installFileHooks(window)).toBe(true);
    const hooked = HTMLInputElement.prototype.click;
    expect(hooked).not.toBe(nativeClick);
    expect(installFileHooks(window)).toBe(false);
    expect(HTMLInputElement.prototype.click).toBe(hooked);
    // The marker is not enumerable: the page's own enumeration of window is unchanged.
    expect(Object.keys(window).some((k) => k.includes('promptfence'))).toBe(false);
  });
});
