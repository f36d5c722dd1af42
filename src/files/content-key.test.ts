import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contentKey } from './content-key';

const MB = 1024 * 1024;
const sha256 = (text: string) => `sha256:${createHash('sha256').update(text).digest('hex')}`;

describe('contentKey', () => {
  it('is the SHA-256 of the bytes (checked against node:crypto): the same bytes under another name are the same file', async () => {
    const text = 'card 4111 1111 1111 1111';
    const key = await contentKey(new File([text], 'customers.txt', { lastModified: 1 }), MB);
    expect(key).toBe(sha256(text));
    expect(await contentKey(new File([text], 'renamed.csv', { lastModified: 2 }), MB)).toBe(key);
  });

  it('one byte more is another file', async () => {
    expect(await contentKey(new File(['card 4111 1111 1111 1111 '], 'customers.txt'), MB)).not.toBe(sha256('card 4111 1111 1111 1111'));
  });

  it('a file over the size limit is not read: name, size and time stand for it', async () => {
    const big = new File([new Uint8Array(2048)], 'huge.zip', { lastModified: 42 });
    expect(await contentKey(big, 1024)).toBe('size:2048:42:huge.zip');
  });
});
