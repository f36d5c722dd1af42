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
});
