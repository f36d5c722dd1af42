/**
 * The benchmark's inputs are what they claim to be: deterministic, exactly sized, varied, and with
 * sparse sensitive values (one per 2–5 KB). The bench and the linear-time tests rely on this.
 */
import { describe, expect, it } from 'vitest';
import { HOSTILE_INPUTS } from '../../bench/hostile-inputs';
import { prompt2k, realisticText, realisticTextWithStats, utf8Length } from '../../bench/realistic-text';
import { withLuhn } from '../../bench/sensitive-values';
import { COLUMNS, EXPECTED_KINDS, PENDING_KINDS, customerTable, missedValues } from '../../bench/customer-table';
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { scan } from '../../src/engine/scan';
import { luhnValid } from '../../src/engine/validators/luhn';
import { ibanValid } from '../../src/engine/validators/iban';
import { ipv4Kind, ipv6Kind, parseIpv4, parseIpv6 } from '../../src/engine/validators/ip-address';
import { usSsnValid } from '../../src/engine/validators/us-ssn';
import { ukNinoValid } from '../../src/engine/validators/uk-nino';
import { frNirValid } from '../../src/engine/validators/fr-nir';
import { deTaxIdValid } from '../../src/engine/validators/de-tax-id';
import { esDniValid } from '../../src/engine/validators/es-dni';
import { nlBsnValid } from '../../src/engine/validators/nl-bsn';
import { itFiscalCodeValid } from '../../src/engine/validators/it-fiscal-code';

const MB = 1024 * 1024;

describe('realisticText', () => {
  it('is deterministic per seed and differs across seeds', () => {
    expect(realisticText(50_000, 7)).toBe(realisticText(50_000, 7));
    expect(realisticText(50_000, 7)).not.toBe(realisticText(50_000, 8));
  });

  it('is exactly the requested number of UTF-8 bytes', () => {
    for (const n of [1, 100, 4096, 123_457, MB]) expect(utf8Length(realisticText(n, 3))).toBe(n);
  });

  it('plants one sensitive value every 2–5 KB on average, of many kinds', () => {
    const { planted, bytes } = realisticTextWithStats(2 * MB, 1);
    const total = Object.values(planted).reduce((a, b) => a + (b ?? 0), 0);
    const gap = bytes / total;
    expect(gap).toBeGreaterThanOrEqual(2000);
    expect(gap).toBeLessThanOrEqual(5000);
    for (const kind of ['email', 'phone', 'creditCard', 'iban', 'ssn', 'awsAccessKeyId', 'githubToken', 'jwt', 'password'] as const) {
      expect(planted[kind] ?? 0, kind).toBeGreaterThan(5);
    }
  });

  it('has no documentation-range IP addresses (they never count as personal data)', () => {
    expect(realisticText(2 * MB, 1)).not.toMatch(/\b(?:192\.0\.2|198\.51\.100|203\.0\.113)\.\d+\b/);
  });

  it('mixes prose in four languages, code, logs, CSV, JSON, Markdown, traces and some non-ASCII', () => {
    const { text, segments } = realisticTextWithStats(MB, 1);
    for (const kind of ['proseEn', 'proseFr', 'proseDe', 'proseEs', 'codeJs', 'codePy', 'codeGo', 'logs', 'csv', 'json', 'markdown', 'stackTrace', 'config', 'sql']) {
      expect(segments[kind] ?? 0, kind).toBeGreaterThan(10);
    }
    expect(text).toMatch(/[éèàüöäñç]/);
    expect(text).toMatch(/—/);
    expect(text).toMatch(/[\u4e00-\u9fff]/);
    expect(text).toMatch(/\p{Extended_Pictographic}/u);
    // No padding: apart from code boilerplate (imports, closing braces), lines do not repeat.
    const long = text.split('\n').filter((l) => l.length >= 40);
    expect(new Set(long).size / long.length).toBeGreaterThan(0.8);
  });
});

/** Documentation ranges (RFC 5737): never positives in the bench (PLAN.md). */
const DOC_RANGE = /\b(?:192\.0\.2|198\.51\.100|203\.0\.113)\.\d+\b/;

describe('prompt2k', () => {
  it('is a ~2 KB incident prompt: a config with keys, a log with IP addresses, a contact block', () => {
    for (let seed = 1; seed <= 64; seed++) {
      const p = prompt2k(seed);
      expect(utf8Length(p)).toBeGreaterThan(1900);
      expect(utf8Length(p)).toBeLessThanOrEqual(2048);
      const config = /```env\n([\s\S]*?)```/.exec(p)?.[1] ?? '';
      expect(config.split('\n').filter((l) => /^[A-Z_]+=/.test(l)).length).toBeGreaterThanOrEqual(7);
      expect(config).toMatch(/(?:KEY|TOKEN|PASSWORD|DATABASE_URL)=\S{10,}/);
      const ips = [...p.matchAll(/client=(\d+\.\d+\.\d+\.\d+)/g)].map((m) => m[1]!);
      expect(new Set(ips).size).toBe(2);
      expect(p).not.toMatch(DOC_RANGE);
      for (const label of [/^(?:Name|Nom|Nombre): \S+ \S+/m, /^(?:Email|E-mail|E-Mail|Correo): \S+@\S+/m, /^(?:Phone|Tél\.|Telefon|Teléfono): [+(\d]/m, /^(?:Address|Adresse|Anschrift|Dirección): .*\d/m]) {
        expect(p).toMatch(label);
      }
    }
    expect(prompt2k(1)).not.toBe(prompt2k(2));
    expect(prompt2k(3)).toBe(prompt2k(3));
  });
});

describe('customerTable', () => {
  const t = customerTable(256 * 1024, 4);

  it('is exactly the requested size, deterministic per seed, a CSV with a header and one customer a row', () => {
    expect(utf8Length(t.text)).toBe(256 * 1024);
    expect(customerTable(256 * 1024, 4).text).toBe(t.text);
    expect(customerTable(256 * 1024, 5).text).not.toBe(t.text);
    expect(t.text.split('\n')[0]).toBe(COLUMNS.join(','));
    expect(t.rows).toBeGreaterThan(1400);
    expect(t.values).toHaveLength(t.rows * COLUMNS.length);
    expect(customerTable(MB, 1).rows).toBeGreaterThan(6000);
  });

  it('plants well-formed values: checksums pass, phones are valid numbers, IPs are public and outside the documentation ranges', () => {
    for (const v of t.values) {
      const value = t.text.slice(v.start, v.end);
      const digits = value.replace(/\D/g, '');
      switch (v.kind) {
        case 'card': expect(luhnValid(digits), value).toBe(true); break;
        case 'iban': expect(ibanValid(value), value).toBe(true); break;
        case 'phone': expect(parsePhoneNumberFromString(value, v.country as CountryCode)?.isValid(), value).toBe(true); break;
        case 'ipv4': expect(ipv4Kind(parseIpv4(value)!), value).toBe('public'); expect(value).not.toMatch(DOC_RANGE); break;
        case 'ipv6': expect(ipv6Kind(parseIpv6(value)!), value).toBe('public'); expect(value.toLowerCase().startsWith('2001:db8')).toBe(false); break;
        case 'ssn': expect(usSsnValid(digits), value).toBe(true); break;
        case 'nino': expect(ukNinoValid(value), value).toBe(true); break;
        case 'nir': expect(frNirValid(value), value).toBe(true); break;
        case 'steuer-id': expect(deTaxIdValid(digits), value).toBe(true); break;
        case 'dni': expect(esDniValid(value), value).toBe(true); break;
        case 'bsn': expect(nlBsnValid(digits), value).toBe(true); break;
        case 'codice-fiscale': expect(itFiscalCodeValid(value), value).toBe(true); break;
        case 'email': expect(value).toMatch(/^[a-z0-9._]+@[a-z0-9.-]+\.[a-z]+$/); break;
        default: expect(value.length).toBeGreaterThan(3);
      }
    }
  });

  it('every value of the expected kinds is found by the engine', () => {
    const missed = missedValues(t, scan(t.text));
    expect(missed.map((v) => `${v.kind} ${t.text.slice(v.start, v.end)}`).slice(0, 10)).toEqual([]);
    expect(new Set([...EXPECTED_KINDS, ...PENDING_KINDS]).size).toBe(EXPECTED_KINDS.length + PENDING_KINDS.length);
  });
});

describe('hostile inputs', () => {
  it.each(HOSTILE_INPUTS.map((h) => [h.id, h] as const))('%s has exactly the requested length', (_id, h) => {
    expect(h.make(1000).length).toBe(1000);
    expect(h.make(65_537).length).toBe(65_537);
  });
});

describe('sensitive values', () => {
  it('withLuhn appends the check digit of known test cards', () => {
    expect(withLuhn('424242424242424')).toBe('4242424242424242');
    expect(withLuhn('411111111111111')).toBe('4111111111111111');
    expect(withLuhn('37828224631000')).toBe('378282246310005');
  });
});
