import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DEV_EXTENSION_ID, DEV_EXTENSION_KEY } from './dev-extension-key';

describe('development extension id', () => {
  it('is the id Chromium derives from the manifest key', () => {
    const hex = createHash('sha256').update(Buffer.from(DEV_EXTENSION_KEY, 'base64')).digest('hex').slice(0, 32);
    expect([...hex].map((h) => String.fromCharCode(97 + parseInt(h, 16))).join('')).toBe(DEV_EXTENSION_ID);
  });
});
