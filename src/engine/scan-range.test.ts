import { describe, expect, it } from 'vitest';
import { ALL_DETECTORS } from './detectors';
import { createScanner } from './scan';
import type { Detector } from './types';

const scanner = createScanner(ALL_DETECTORS);

/** A text with findings of several anchors: keywords, numeric spans, full-text finders. */
const TEXT = [
  'password = "hunter2-Correct-Horse"',
  'card 4111 1111 1111 1111 and mail jane.roe@example.com',
  'Call +44 20 7946 0958 tomorrow, IBAN DE89 3704 0044 0532 0130 00',
  'ghp_' + 'a'.repeat(36),
  'client 81.2.69.160 connected',
].join('\n');

describe('range scans', () => {
  it('find exactly the whole-text findings that start inside the range', () => {
    const whole = scanner.scan(TEXT);
    expect(whole.length).toBeGreaterThanOrEqual(5);
    for (let cut = 0; cut <= TEXT.length; cut += 7) {
      const left = scanner.scan(TEXT, { start: 0, end: cut });
      const right = scanner.scan(TEXT, { start: cut, end: TEXT.length });
      const strip = (fs: typeof whole) => fs.map((f) => `${f.detector}@${f.start}-${f.end}`);
      expect(strip([...left, ...right]), `cut at ${cut}`).toEqual(strip(whole));
    }
  });

  it('keep a keyword before the range as context for a value inside it', () => {
    const text = `${'x '.repeat(100)}password: "S3cr3t-Value-99"`;
    const start = text.indexOf('"');
    expect(scanner.scan(text, { start, end: text.length }).map((f) => f.type)).toContain('PASSWORD_ASSIGNMENT');
  });

  it('open the columns of a table header however far above the range (a date of birth needs its column)', () => {
    const rows = ['id;customer_ref;dob;city'];
    for (let i = 0; i < 600; i++) rows.push(`${i};REF-${1000 + i};${String(1 + (i % 28)).padStart(2, '0')}.${String(1 + (i % 12)).padStart(2, '0')}.19${50 + (i % 40)};Springfield`);
    const text = rows.join('\n');
    const strip = (fs: { detector: string; start: number; end: number }[]) => fs.map((f) => `${f.detector}@${f.start}-${f.end}`);
    const whole = scanner.scan(text);
    expect(whole.filter((f) => f.type === 'DATE_OF_BIRTH')).toHaveLength(600);
    // Forward (a sliced scan), and ranges in the middle of a fresh scanner (an incremental rescan).
    const parts = [];
    for (let p = 0; p < text.length; p += 8192) parts.push(...scanner.scan(text, { start: p, end: Math.min(text.length, p + 8192) }));
    expect(strip(parts)).toEqual(strip(whole));
    const fresh = createScanner(ALL_DETECTORS);
    const start = text.length - 5000;
    expect(strip(fresh.scan(text, { start, end: text.length }))).toEqual(strip(whole.filter((f) => f.start >= start)));
  });

  it('a text that begins like the last one scanned keeps its header hits, looked up again in the new text', () => {
    const strip = (fs: { detector: string; start: number; end: number }[]) => fs.map((f) => `${f.detector}@${f.start}-${f.end}`);
    const filler = `${'Notes from the call, nothing to see here. '.repeat(300)}\n`;
    const row = (i: number) => `\n${i};REF-${1000 + i};${String(1 + (i % 28)).padStart(2, '0')}.${String(1 + (i % 12)).padStart(2, '0')}.19${50 + (i % 40)};Springfield`;
    // As typed: a header with no rows yet, then rows under it, then one more; each text scanned at its end only.
    const texts = [`${filler}id;customer_ref;dob;city`];
    for (let i = 0; i < 400; i++) texts.push(texts[texts.length - 1] + row(i));
    texts.push(texts[texts.length - 1].replace('dob', 'colour')); // the header renamed: the column closes
    const typing = createScanner(ALL_DETECTORS);
    for (const [k, text] of texts.entries()) {
      if (k % 50 !== 0 && k < texts.length - 2) continue;
      const start = Math.max(0, text.length - 4000);
      const whole = scanner.scan(text).filter((f) => f.start >= start);
      expect(strip(typing.scan(text, { start, end: text.length })), `text ${k}`).toEqual(strip(whole));
    }
    expect(scanner.scan(texts[texts.length - 2]!).filter((f) => f.type === 'DATE_OF_BIRTH')).toHaveLength(400);
    expect(scanner.scan(texts[texts.length - 1]!).filter((f) => f.type === 'DATE_OF_BIRTH')).toHaveLength(0);
  });

  it('an empty or inverted range finds nothing', () => {
    expect(scanner.scan(TEXT, { start: 10, end: 10 })).toEqual([]);
    expect(scanner.scan(TEXT, { start: 20, end: 5 })).toEqual([]);
  });
});

describe('find detectors', () => {
  const shouting: Detector = {
    id: 'test-shouting',
    type: 'PERSON',
    category: 'PII',
    severity: 'low',
    description: 'Test finder reporting every ALL-CAPS word of four letters or more',
    anchor: { full: true },
    patterns: [],
    find: function* (text, scope) {
      const re = /\b[A-Z]{4,}\b/g;
      re.lastIndex = scope.start;
      let m: RegExpExecArray | null;
      while ((m = re.exec(text)) && m.index < scope.end) yield { start: m.index, end: m.index + m[0].length, score: m[0] === 'WEAK' ? 0.3 : 0.8, pattern: 'caps', near: 'shout' };
    },
    examples: { match: ['HELLO there'], noMatch: ['hello there'] },
  };

  it('report their own spans, scores and explanation; the threshold and allow rules still apply', () => {
    const s = createScanner([shouting], { allowlist: ['ALLOWED'] });
    const findings = s.scan('say HELLO, WEAK and ALLOWED words');
    expect(findings.map((f) => [f.start, f.end, f.score, f.why?.pattern, f.why?.near])).toEqual([[4, 9, 0.8, 'caps', 'shout']]);
    expect(findings[0]!.reason).toContain('pattern "caps"');
  });

  it('are given the range and the field index of the text', () => {
    const s = createScanner([shouting]);
    const text = 'ONE two THREE four FIVE';
    expect(s.scan(text, { start: 4, end: 14 }).map((f) => text.slice(f.start, f.end))).toEqual(['THREE']);
    expect(s.fieldsOf(text)).toBe(s.fieldsOf(text));
  });
});
