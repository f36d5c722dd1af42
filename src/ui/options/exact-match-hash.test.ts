import { describe, expect, it } from 'vitest';
import { compileCustomDetectors } from '@/src/engine/custom';
import { normalizeValue } from '@/src/engine/custom/normalize';
import { sha256Hex } from '@/src/engine/custom/sha256';
import { createScanner } from '@/src/engine/scan';
import { hashValues, splitLines } from './exact-match-hash';

describe('hashValues', () => {
  it('is SHA-256 of the normalised value, the same digest the engine computes', async () => {
    const [digest] = await hashValues(['  Jane.Doe@Example.com '], 'email');
    expect(digest).toBe(sha256Hex(normalizeValue('jane.doe@example.com', 'email')));
    // Well-known digest of "abc" (FIPS 180-2, appendix B.1).
    expect(await hashValues(['abc'], 'none')).toEqual(['ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad']);
  });

  it('drops values that normalise to nothing and stores duplicates once', async () => {
    expect(await hashValues(['12-34', '1234', 'no digits'], 'digits')).toEqual([sha256Hex('1234')]);
  });

  it('the stored digests make the engine flag the value, in any of its written forms', async () => {
    const sha256 = await hashValues(['CUST-4471-0098'], 'digits');
    const custom = compileCustomDetectors({ exactMatch: [{ id: 'customers', label: 'Customers', normalize: 'digits', sha256 }] });
    const findings = createScanner(custom.detectors).scan('Refund customer 4471 0098 today');
    expect(findings.map((f) => f.type)).toEqual(['CUSTOM']);
    expect(JSON.stringify(sha256)).not.toContain('4471');
  });
});

describe('splitLines', () => {
  it('one value per line, trimmed, blank lines dropped', () => {
    expect(splitLines(' a \r\n\n b\n')).toEqual(['a', 'b']);
  });
});
