import { describe, expect, it } from 'vitest';
import { customerTable } from '../../test/e2e/customer-table';
import { redact } from '../engine/redact';
import { createGuardScanner } from './scan-text';
import { redactedHead, redactInSlices } from './sliced-redact';

const scanner = createGuardScanner(() => false);

describe('redactInSlices', () => {
  it('gives exactly what the engine\'s redact gives, on a dense customer table', async () => {
    const text = customerTable(200 * 1024, 7);
    const findings = scanner.scan(text);
    expect(findings.length).toBeGreaterThan(1000);
    const sliced = await redactInSlices(text, findings);
    expect(sliced).toEqual(redact(text, findings));
    // The same value keeps the same placeholder across slices.
    const twice = `${text}\n${text}`;
    const all = scanner.scan(twice);
    expect((await redactInSlices(twice, all)).text).toBe(redact(twice, all).text);
  });

  it('handles names and addresses (placeholders [PERSON_n], [ADDRESS_n]) and skips overlaps as redact does', async () => {
    const text = 'Maria Schmidt, Hauptstraße 12, 10115 Berlin; Maria Schmidt again';
    const findings = [
      { start: 0, end: 13, type: 'PERSON' },
      { start: 15, end: 43, type: 'POSTAL_ADDRESS' },
      { start: 20, end: 25, type: 'PERSON' },
      { start: 45, end: 58, type: 'PERSON' },
    ];
    const many = Array.from({ length: 600 }, () => findings).flat();
    expect(await redactInSlices(text, many)).toEqual(redact(text, many));
    expect((await redactInSlices(text, findings)).text).toBe('[PERSON_1], [ADDRESS_1]; [PERSON_1] again');
  });
});

describe('redactedHead', () => {
  it('is the start of the full redaction, long enough for the preview, and never shows part of a value', () => {
    const text = customerTable(300 * 1024, 8);
    const findings = scanner.scan(text);
    const full = redact(text, findings).text;
    const head = redactedHead(text, findings, 4000);
    expect(head.length).toBeGreaterThan(4000);
    expect(full.startsWith(head)).toBe(true);
    for (const f of findings.slice(0, 200)) expect(head.includes(text.slice(f.start, f.end))).toBe(false);
  });

  it('leaves the findings in `skip` as they are, whatever order the findings come in', () => {
    const text = customerTable(20 * 1024, 8);
    const findings = scanner.scan(text);
    const skip = new Set([0, 3, 7]);
    const expected = redactedHead(text, findings.filter((_, i) => !skip.has(i)), 4000);
    expect(redactedHead(text, findings, 4000, skip)).toBe(expected);
    expect(expected).toContain(text.slice(findings[3]!.start, findings[3]!.end));
    // Reversed: the same indexes name the same findings.
    const reversed = [...findings].reverse();
    const last = findings.length - 1;
    expect(redactedHead(text, reversed, 4000, new Set([last, last - 3, last - 7]))).toBe(expected);
  });

  it('is the whole redaction for a short text', () => {
    const text = 'card 4111 1111 1111 1111 please';
    const findings = scanner.scan(text);
    expect(redactedHead(text, findings, 4000)).toBe('card [CREDIT_CARD_1] please');
  });

  it('stops before a value cut by its window rather than showing its first half', () => {
    const value = 'x'.repeat(50);
    const text = `${'a'.repeat(190)}${value}${'b'.repeat(500)}`;
    const secret = [{ start: 190, end: 240, type: 'GENERIC_SECRET' }];
    // A 200-char window cuts the value: the head ends before it (and is long enough already).
    expect(redactedHead(text, secret, 100)).toBe('a'.repeat(190));
    // Too short for 195: the window doubles and takes the value whole.
    const longer = redactedHead(text, secret, 195);
    expect(longer.startsWith(`${'a'.repeat(190)}[GENERIC_SECRET_1]b`)).toBe(true);
    expect(longer.includes('x')).toBe(false);
  });
});
