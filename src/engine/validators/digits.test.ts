import { describe, expect, it } from 'vitest';
import { allSameDigit, consistentSeparators, digitsOf, groupLengths } from './digits';

describe('digit helpers', () => {
  it('strips separators', () => {
    expect(digitsOf('4242 4242-4242.42')).toBe('42424242424242');
    expect(digitsOf('abc')).toBe('');
  });
  it('detects repeated digits', () => {
    expect(allSameDigit('000000000')).toBe(true);
    expect(allSameDigit('000000001')).toBe(false);
    expect(allSameDigit('')).toBe(false);
  });
  it('checks separators are consistent', () => {
    expect(consistentSeparators('4242 4242 4242 4242')).toBe(true);
    expect(consistentSeparators('4242424242424242')).toBe(true);
    expect(consistentSeparators('4242-4242 4242.4242')).toBe(false);
  });
  it('measures groups', () => {
    expect(groupLengths('3782 822463 10005')).toEqual([4, 6, 5]);
    expect(groupLengths('123.456.789-09')).toEqual([3, 3, 3, 2]);
  });
});
