import { describe, expect, it } from 'vitest';
import { isCountryCode } from './iso-countries';

describe('isCountryCode', () => {
  it('knows the ISO 3166-1 alpha-2 list (249 codes + XK)', () => {
    for (const c of ['DE', 'FR', 'GB', 'US', 'BR', 'IN', 'XK', 'AX', 'ZW']) expect(isCountryCode(c)).toBe(true);
  });
  it('rejects unassigned or reserved codes', () => {
    for (const c of ['UK', 'EU', 'XX', 'ZZ', 'de', 'D']) expect(isCountryCode(c)).toBe(false);
  });
});
