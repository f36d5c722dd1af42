import { afterEach, describe, expect, it, vi } from 'vitest';
import { Approvals, isOwn, markOwn } from './approval';

describe('approvals', () => {
  afterEach(() => vi.useRealTimers());

  it('covers exactly the approved text, until it expires or is cleared', () => {
    vi.useFakeTimers({ toFake: ['performance'] });
    const a = new Approvals();
    expect(a.covers('hi')).toBe(false);
    a.approve('hi');
    expect(a.covers('hi')).toBe(true);
    expect(a.covers('hi!')).toBe(false);
    vi.advanceTimersByTime(2000);
    expect(a.covers('hi')).toBe(false);
    a.approve('again');
    a.clear();
    expect(a.covers('again')).toBe(false);
  });

  it('recognises only the events it marked', () => {
    const own = markOwn(new Event('keydown'));
    expect(isOwn(own)).toBe(true);
    expect(isOwn(new Event('keydown'))).toBe(false);
  });
});
