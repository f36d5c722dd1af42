import { describe, expect, it } from 'vitest';
import { createScanner } from '../../scan';
import type { Detector } from '../../types';
import { PII_DETECTORS } from './index';
import { contextWords } from './shared';

/** Runs one detector alone through the real engine, so its examples test it and nothing else. */
function findingsOf(detector: Detector, text: string) {
  return createScanner([detector]).scan(text).filter((f) => f.detector === detector.id);
}

describe.each(PII_DETECTORS.map((d) => [d.id, d] as const))('%s', (_id, detector) => {
  it('has at least 3 match and 3 noMatch examples', () => {
    expect(detector.examples.match.length).toBeGreaterThanOrEqual(3);
    expect(detector.examples.noMatch.length).toBeGreaterThanOrEqual(3);
  });

  it.each(detector.examples.match)('finds %j', (text) => {
    const findings = findingsOf(detector, text);
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) {
      expect(f.type).toBe(detector.type);
      // The preview never contains the whole value.
      expect(f.preview).not.toContain(text.slice(f.start, f.end));
    }
  });

  it.each(detector.examples.noMatch)('ignores %j', (text) => {
    expect(findingsOf(detector, text)).toEqual([]);
  });
});

describe('finding spans', () => {
  const scanner = createScanner(PII_DETECTORS);
  // [text, exact value the finding must span, type]
  const cases: [string, string, string][] = [
    ['Please reply to jane.doe@example.com by Friday.', 'jane.doe@example.com', 'EMAIL'],
    ['héllo 日本 card 4242 4242 4242 4242 exp 12/26', '4242 4242 4242 4242', 'CREDIT_CARD'],
    ['Karte 4111 1111 1111 1111 12/26 123', '4111 1111 1111 1111', 'CREDIT_CARD'],
    ['IBAN: GB82 WEST 1234 5698 7654 32.', 'GB82 WEST 1234 5698 7654 32', 'IBAN'],
    ['SSN: 536-90-1234, thanks', '536-90-1234', 'US_SSN'],
    ['Call me on +44 20 7946 0958 tomorrow', '+44 20 7946 0958', 'PHONE'],
    ['US office: +1 (415) 555-2671.', '+1 (415) 555-2671', 'PHONE'],
    ['GET / from 81.2.69.160:443', '81.2.69.160', 'IP_ADDRESS'],
    ['peer [2a00:1450:4001:82b::200e]:8080', '2a00:1450:4001:82b::200e', 'IP_ADDRESS'],
    ['link/ether 00:1a:2b:3c:4d:5e brd', '00:1a:2b:3c:4d:5e', 'MAC_ADDRESS'],
    ['N° sécu : 2 95 10 99 126 111 93.', '2 95 10 99 126 111 93', 'FR_NIR'],
    ['DNI: 12.345.678-Z!', '12.345.678-Z', 'ES_DNI'],
    ['Codice fiscale: RCCMNL83S18D969H.', 'RCCMNL83S18D969H', 'IT_FISCAL_CODE'],
    ['CNPJ: 16.727.230/0001-97', '16.727.230/0001-97', 'BR_CNPJ'],
    ['née le 1er mars 1985 à Lyon', '1er mars 1985', 'DATE_OF_BIRTH'],
    ['SWIFT: DEUTDEFF500.', 'DEUTDEFF500', 'SWIFT_BIC'],
  ];
  it.each(cases)('%j spans exactly the value', (text, value, type) => {
    const found = scanner.scan(text).filter((f) => f.type === type);
    expect(found).toHaveLength(1);
    expect(text.slice(found[0]!.start, found[0]!.end)).toBe(value);
  });

  it('masks email as first letter + domain and other values as a short tail', () => {
    const [mail] = scanner.scan('to jane.doe@example.com');
    expect(mail!.preview).toBe('j•••@example.com');
    const [card] = scanner.scan('card 4242 4242 4242 4242');
    expect(card!.preview).toBe('•••• 4242');
  });
});

describe('hard negatives with every PII detector on', () => {
  const scanner = createScanner(PII_DETECTORS);
  it.each([
    'request 550e8400-e29b-41d4-a716-446655440000 done',
    'order #100234 shipped on 2024-01-15 at 12:30:45',
    'epoch 1700000000 / 1700000000123 ms',
    'upgraded to version 1.2.3.4 and v10.0.0.1',
    'total 1 234 567,89 € TTC',
    'commit 2fd4e1c67a2d28fced849ee1bb76e7391b93eb12',
    'Meeting on 15/03/2024 in room 12',
    'card 4242 4242 4242 4241 declined',
    'IBAN DE89 3704 0044 0532 0130 01',
    'ssn 666-12-3456 and 912-12-3456',
    'sha256 e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
  ])('no finding in %j', (text) => {
    expect(scanner.scan(text)).toEqual([]);
  });
});

describe('contextWords', () => {
  it('adds key-style variants of phrases but keeps boundary spaces', () => {
    expect(contextWords('social security', 'sin ')).toEqual(['social security', 'social_security', 'social-security', 'socialsecurity', 'sin ']);
  });
});

describe('hand-written matchers stay linear', () => {
  // The registry's backtracking test covers regex patterns only; `match` finders are checked here.
  const units = ['a', '1', '1 ', 'a:', '0f:', '0f-', '0f.', 'ab12', '2001:', '2aaa:', '::', 'RSSMRA85', '85T10A', 'AB12C', ':1'];
  it.each(PII_DETECTORS.filter((d) => d.match).map((d) => [d.id, d] as const))('%s on 1 MB of hostile input', (_id, d) => {
    for (const unit of units) {
      const text = unit.repeat(Math.ceil(1_000_000 / unit.length));
      const started = performance.now();
      createScanner([d]).scan(text);
      expect(performance.now() - started, `${d.id} on ${JSON.stringify(unit)}…`).toBeLessThan(1000);
    }
  });
});
