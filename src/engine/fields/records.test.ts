import { describe, expect, it } from 'vitest';
import { createFieldIndex } from './index';
import { Braces } from './records';
import { at, recordOf } from './test-helpers';
import { Rng } from '../../../test/corpus/rng';

describe('recordAt', () => {
  it('a JSON array item is a record (table), nested objects belong to it', () => {
    const text = '[\n  {"name": "Ann", "email": "ann@example.com", "address": {"street": "1 Main St", "city": "Leeds"}},\n  {"name": "Bob", "bsn": "111222333"}\n]';
    const first = recordOf(text, '1 Main St');
    expect(first.table).toBe(true);
    expect(first.text.startsWith('{"name": "Ann"')).toBe(true);
    expect(first.text.endsWith('"Leeds"}}')).toBe(true);
    expect(recordOf(text, 'Ann').text).toBe(first.text);
    expect(recordOf(text, '111222333')).toEqual({ text: '{"name": "Bob", "bsn": "111222333"}', table: true });
  });

  it('a top-level object is one record; braces inside strings do not end it', () => {
    const text = 'Payload:\n{"user": {"name": "Ann {the first}"}, "ssn": "536-90-1234"}\nThanks';
    expect(recordOf(text, 'Ann')).toEqual({ text: '{"user": {"name": "Ann {the first}"}, "ssn": "536-90-1234"}', table: false });
  });

  it('otherwise the paragraph', () => {
    const text = 'Dear Ann,\n\nplease call Maria Schmidt\non 0612345678.\n\nBest, Bob';
    expect(recordOf(text, 'Maria')).toEqual({ text: 'please call Maria Schmidt\non 0612345678.', table: false });
    expect(recordOf(text, '0612345678').text).toBe('please call Maria Schmidt\non 0612345678.');
    expect(recordOf(text, 'Best').text).toBe('Best, Bob');
  });

  it('a line of a headerless block of rows is a record', () => {
    const text = '1,Ann,ann@example.com,111222333\n2,Bob,bob@example.com,123456782\n3,Cy,cy@example.com,046454286';
    expect(recordOf(text, 'Bob')).toEqual({ text: '2,Bob,bob@example.com,123456782', table: true });
  });
});

describe('logLine', () => {
  it.each([
    '2024-05-01T10:00:00Z WARN login failed from 10.0.0.5',
    '[2024-05-01 10:00:00,123] ERROR db: timeout 10.0.0.5',
    'Jan 12 10:11:12 host sshd[42]: Accepted key for bob from 10.0.0.5',
    '10.0.0.5 - - [10/Oct/2000:13:55:36 -0700] "GET / HTTP/1.1" 200 2326',
    'time=2024-05-01 level=info msg="ok" ip=10.0.0.5',
    '{"ts": "2024-05-01T10:00:00Z", "level": "info", "ip": "10.0.0.5"}',
    'INFO  [main] connected to 10.0.0.5',
  ])('%j is a log line', (text) => {
    expect(createFieldIndex(text).logLine(at(text, '10.0.0.5'))).toBe(true);
  });

  it.each(['The printer is at 10.0.0.5, ask Bob.', 'Set the gateway to 10.0.0.5', 'address = 10.0.0.5'])('%j is not', (text) => {
    expect(createFieldIndex(text).logLine(at(text, '10.0.0.5'))).toBe(false);
  });
});

describe('laziness and cost', () => {
  it('creating an index reads nothing', () => {
    const text = 'a,b\n'.repeat(2_500_000);
    const started = performance.now();
    for (let i = 0; i < 100; i++) createFieldIndex(text);
    expect(performance.now() - started).toBeLessThan(50);
  });

  it('a 6,000-row table costs one walk to its header, then a binary search per lookup', () => {
    const rows = Array.from({ length: 6000 }, (_, i) => `${i},Person ${i},person${i}@example.com,${100000000 + i},10.0.${i % 250}.${i % 200}`);
    const text = ['id,name,email,bsn,last_login_ip', ...rows].join('\n');
    const positions = rows.map((_, i) => at(text, `,${100000000 + i},`) + 1);
    const fields = createFieldIndex(text);
    fields.labelAt(positions[5999]!);
    const started = performance.now();
    let labelled = 0;
    for (const p of positions) if (fields.labelAt(p) === ' bsn ') labelled++;
    const elapsed = performance.now() - started;
    expect(labelled).toBe(6000);
    // 6,000 lookups; a few µs each even on a loaded machine.
    expect(elapsed).toBeLessThan(300);
  });
});

describe('recordAt for JSON, read by jumping from bracket to bracket', () => {
  /** Deterministic numbers in [0, 1): the corpus generator's mulberry32. */
  function random(seed: number): () => number {
    const rng = new Rng(seed);
    return () => rng.next();
  }

  /** The nesting read char by char in one pass (strings `"…"` with `\` escapes end at a line break). */
  function reference(text: string): (pos: number) => { start: number; end: number; table: boolean } | undefined {
    const open: number[] = [];
    const close: number[] = [];
    const parent: number[] = [];
    const item: boolean[] = [];
    const stack: number[] = [];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 34) {
        for (i++; i < text.length; i++) {
          const d = text.charCodeAt(i);
          if (d === 92 && text.charCodeAt(i + 1) !== 10) i++;
          else if (d === 34 || d === 10) break;
        }
      } else if (c === 123) {
        let p = -1;
        for (let k = stack.length - 1; k >= 0 && p < 0; k--) p = stack[k]!;
        item.push(stack.length > 0 && stack[stack.length - 1] === -1);
        parent.push(p);
        open.push(i);
        close.push(-1);
        stack.push(open.length - 1);
      } else if (c === 91) stack.push(-1);
      else if (c === 125 || c === 93) {
        const want = c === 125;
        let k = stack.length - 1;
        while (k >= 0 && (stack[k]! >= 0) !== want) k--;
        if (k < 0) continue;
        if (want) close[stack[k]!] = i;
        stack.length = k;
      }
    }
    return (pos) => {
      let i = -1;
      for (let k = 0; k < open.length && open[k]! <= pos - 1; k++) i = k;
      while (i >= 0 && close[i]! >= 0 && close[i]! < pos) i = parent[i]!;
      if (i < 0 || close[i]! < 0) return undefined;
      while (!item[i] && parent[i]! >= 0 && close[parent[i]!]! >= 0) i = parent[i]!;
      return { start: open[i]!, end: close[i]! + 1, table: item[i]! };
    };
  }

  const PIECES = ['{', '}', '[', ']', '"', '\\', '\n', ',', ':', ' ', 'a', '"k": ', '{"a": [1, {"b": "x}y"}], "c": "\\"{"}', '[{"n": 1}, {"n": 2}]\n'];

  it('answers as a char-by-char reading, whichever position is asked first', () => {
    const rnd = random(3);
    for (let trial = 0; trial < 300; trial++) {
      let text = '';
      for (let k = 0, n = 5 + Math.floor(rnd() * 60); k < n; k++) text += PIECES[Math.floor(rnd() * PIECES.length)];
      const ref = reference(text);
      const positions = Array.from({ length: text.length }, (_, p) => p);
      for (let i = positions.length - 1; i > 0; i--) {
        const j = Math.floor(rnd() * (i + 1));
        [positions[i], positions[j]] = [positions[j]!, positions[i]!];
      }
      const braces = new Braces(text);
      for (const p of positions) expect(braces.recordAt(p), `${JSON.stringify(text)} @${p}`).toEqual(ref(p));
    }
  });
});
