import { describe, expect, it } from 'vitest';
import { redact } from './redact';

const at = (text: string, value: string, type: string, from = 0) => {
  const start = text.indexOf(value, from);
  return { start, end: start + value.length, type };
};

describe('redact', () => {
  const text = 'Mail ann@example.com, then bob@example.org, then ann@example.com again. Card 4111 1111 1111 1111.';
  const findings = [
    at(text, 'bob@example.org', 'EMAIL'),
    at(text, 'ann@example.com', 'EMAIL'),
    at(text, 'ann@example.com', 'EMAIL', 30),
    at(text, '4111 1111 1111 1111', 'CREDIT_CARD'),
  ];

  it('numbers placeholders per type, the same value getting the same tag', () => {
    const r = redact(text, findings);
    expect(r.text).toBe('Mail [EMAIL_1], then [EMAIL_2], then [EMAIL_1] again. Card [CREDIT_CARD_1].');
    expect(r.replacements.map((x) => x.replacement)).toEqual(['[EMAIL_1]', '[EMAIL_2]', '[EMAIL_1]', '[CREDIT_CARD_1]']);
    expect(r.replacements[0]).toMatchObject({ start: 5, end: 20 });
  });

  it('masks letters and digits but keeps separators', () => {
    const r = redact(text, [findings[3]!], { kind: 'mask' });
    expect(r.text).toContain('Card •••• •••• •••• ••••.');
  });

  it('replaces with fixed text', () => {
    expect(redact('a secret b', [{ start: 2, end: 8, type: 'X' }], { kind: 'fixed' }).text).toBe('a [REDACTED] b');
    expect(redact('a secret b', [{ start: 2, end: 8, type: 'X' }], { kind: 'fixed', text: '***' }).text).toBe('a *** b');
  });

  it('skips overlapping and out-of-range findings instead of corrupting the text', () => {
    const r = redact('abcdef', [
      { start: 0, end: 3, type: 'A' },
      { start: 2, end: 5, type: 'B' },
      { start: 4, end: 99, type: 'C' },
    ]);
    expect(r.text).toBe('[A_1]def');
  });

  it('leaves a clean text unchanged', () => {
    expect(redact('nothing here', []).text).toBe('nothing here');
  });
});
