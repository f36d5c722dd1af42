import { describe, expect, it } from 'vitest';
import { swiftBicValid } from './swift-bic';

describe('swiftBicValid', () => {
  // Public BICs of large banks (published in the SWIFT BIC directory and on the banks' own sites);
  // DEUTDEFF500 and NEDSZAJJXXX are the examples on en.wikipedia "ISO 9362".
  it.each(['DEUTDEFF', 'DEUTDEFF500', 'NEDSZAJJXXX', 'NWBKGB2L', 'BOFAUS3N', 'BNPAFRPP'])('accepts %s', (v) =>
    expect(swiftBicValid(v)).toBe(true),
  );
  it.each([
    ['DEUTXXFF', 'XX is not a country'],
    ['DEUTDE0F', 'location starting with 0'],
    ['DEUTDEFO', 'location ending with the letter O'],
    ['DEUTDEFFX12', 'branch starting with X other than XXX'],
    ['DEUTDEF', 'seven characters'],
    ['deutdeff', 'lower case'],
  ])('rejects %s (%s)', (v) => expect(swiftBicValid(v)).toBe(false));
});
