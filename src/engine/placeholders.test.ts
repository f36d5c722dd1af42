import { describe, expect, it } from 'vitest';
import { isPlaceholder } from './placeholders';

describe('isPlaceholder', () => {
  it.each([
    'AKIAIOSFODNN7EXAMPLE',
    'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c',
    'sk-xxxxxxxxxxxxxxxxxxxxxxxx',
    '${DB_PASSWORD}',
    '{{ secrets.token }}',
    '<your-key>',
    'YOUR_API_KEY',
    'your-token-here',
    'sk_live_yourkey',
    'Your-Secret',
    '$DATABASE_PASSWORD',
    '%API_TOKEN%',
    'changeme',
    'REDACTED',
    '************',
    'ghp_000000000000000000000000000000000000',
    'sk-...abcd',
  ])('%s is a placeholder', (value) => {
    expect(isPlaceholder(value)).toBe(true);
  });

  it.each([
    'ghp_R8vQ2mX4pL7nK1sT9wY3zB6cF0dH5jM2aE8u',
    'hunter2!Secure',
    'AAAAAAAAAAAAAAAAAAAAAMLheAAAAAAA0%2B5Nc2bWjYqI1nk4lZ9aTRcT7gNwWJ8mYn4xUpGfLkZ3vQe9Rb',
    'Tr0ub4dor&3xample',
    'postgres://app:s3cr3tPa55@db.internal:5432/app',
    // "your" inside random base64 (an Azure account key, a line of an OpenSSH key).
    'xU04cXmVHHP29kcAck8M/6WCKVHaGwlQyouRtl3YuBcfT8SAi96hxWsKXTsEYbrpKCRClHm9UfNyViXkLLCnoA==',
    '8QEHH07Y79EheL1/e4xf9+iyxrFsBS/jEAvt8CaN3L/C86Lx/AuQxoCKpCoyoURh6W5GCz',
  ])('%s is not a placeholder', (value) => {
    expect(isPlaceholder(value)).toBe(false);
  });

  it('one character over 40% of the value (6 or more) is filler wherever the run sits; a run one shorter is not', () => {
    // The check measures only the runs through every `need`-th position: runs at the start, the end,
    // across a checkpoint and between two are all seen.
    const filler = (len: number, at: number, run: number) => {
      const base = 'k7Qp2Wz9Lm4Rt8Vx3Nc6Hb1Jd5Gf0Sy';
      const head = base.repeat(4).slice(0, at);
      return (head + '#'.repeat(run) + base.repeat(4)).slice(0, len);
    };
    for (const len of [10, 15, 20, 33, 50, 64]) {
      const need = Math.max(6, Math.ceil(len * 0.4));
      for (let at = 0; at + need <= len; at++) {
        expect(isPlaceholder(filler(len, at, need)), `${len} chars, a run of ${need} at ${at}`).toBe(true);
        expect(isPlaceholder(filler(len, at, need - 1)), `${len} chars, a run of ${need - 1} at ${at}`).toBe(false);
      }
    }
  });
});
