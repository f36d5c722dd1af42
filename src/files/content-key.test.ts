import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contentKey } from './content-key';

const MB = 1024 * 1024;
const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest();
/** The same construction computed with node:crypto: SHA-256 over the SHA-256 of each piece. */
const expected = (bytes: Buffer, piece: number) => {
  const hashes: Buffer[] = [];
  for (let at = 0; at === 0 || at < bytes.length; at += piece) hashes.push(sha256(bytes.subarray(at, at + piece)));
  return `sha256:${sha256(Buffer.concat(hashes)).toString('hex')}`;
};

describe('contentKey', () => {
  it('hashes the bytes (checked against node:crypto): the same bytes under another name are the same file', async () => {
    const text = 'card 4111 1111 1111 1111';
    const key = await contentKey(new File([text], 'customers.txt', { lastModified: 1 }), MB);
    expect(key).toBe(expected(Buffer.from(text), MB));
    expect(await contentKey(new File([text], 'renamed.csv', { lastModified: 2 }), MB)).toBe(key);
  });

  it('in pieces: every piece counts, in order; an empty file has a key too', async () => {
    const bytes = Buffer.from('abcdefghij'.repeat(10)); // 100 bytes, pieces of 32
    expect(await contentKey(new File([bytes], 'a.bin'), MB, 32)).toBe(expected(bytes, 32));
    const changed = Buffer.from(bytes);
    changed[99] = 0x21; // the last byte, in the last piece
    expect(await contentKey(new File([changed], 'a.bin'), MB, 32)).not.toBe(await contentKey(new File([bytes], 'a.bin'), MB, 32));
    expect(await contentKey(new File([], 'empty.txt'), MB)).toBe(expected(Buffer.alloc(0), MB));
  });

  it('one byte more is another file', async () => {
    expect(await contentKey(new File(['card 4111 1111 1111 1111 '], 'customers.txt'), MB)).not.toBe(await contentKey(new File(['card 4111 1111 1111 1111'], 'customers.txt'), MB));
  });

  it('a file over the size limit is not read: name, size and time stand for it', async () => {
    const big = new File([new Uint8Array(2048)], 'huge.zip', { lastModified: 42 });
    expect(await contentKey(big, 1024)).toBe('size:2048:42:huge.zip');
  });
});
