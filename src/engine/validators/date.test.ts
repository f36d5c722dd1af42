import { describe, expect, it } from 'vitest';
import { isBirthDate, isBirthDateText, isCalendarDate, monthFromName } from './date';

const NOW = new Date(Date.UTC(2025, 5, 1));

describe('dates', () => {
  it('knows month names in four languages', () => {
    expect(monthFromName('March')).toBe(3);
    expect(monthFromName('mars')).toBe(3);
    expect(monthFromName('März')).toBe(3);
    expect(monthFromName('marzo')).toBe(3);
    expect(monthFromName('août')).toBe(8);
    expect(monthFromName('Sept.')).toBe(9);
    expect(monthFromName('Monday')).toBeUndefined();
  });

  it('checks the calendar', () => {
    expect(isCalendarDate(2000, 2, 29)).toBe(true); // divisible by 400
    expect(isCalendarDate(1900, 2, 29)).toBe(false); // divisible by 100, not 400
    expect(isCalendarDate(1985, 4, 31)).toBe(false);
  });

  it('bounds birth years', () => {
    expect(isBirthDate(1985, 3, 15, NOW)).toBe(true);
    expect(isBirthDate(1850, 3, 15, NOW)).toBe(false);
    expect(isBirthDate(2030, 3, 15, NOW)).toBe(false);
    expect(isBirthDate(85, 3, 15, NOW)).toBe(true);
  });

  it.each([
    '15/03/1985',
    '03/15/1985',
    '1985-03-15',
    '15.03.85',
    '15 March 1985',
    'March 15th, 1985',
    '15. März 1985',
    '15 de marzo de 1985',
    '1er mars 1985',
    'Mar. 15, 1985',
  ])('reads %s', (v) => expect(isBirthDateText(v, NOW)).toBe(true));

  it.each(['31/02/1985', '15/13/1985', '2031-01-01', '32 March 1985', '15 Foo 1985', '1985-13-01'])('rejects %s', (v) =>
    expect(isBirthDateText(v, NOW)).toBe(false),
  );
});
