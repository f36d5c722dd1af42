import { describe, expect, it } from 'vitest';
import { FILE_LIMIT_BYTES, isTextFile, readTextFiles } from './text-files';

describe('text files', () => {
  it('recognises text-like files by type or name', () => {
    for (const [name, type] of [['notes.txt', ''], ['data.csv', ''], ['.env', ''], ['.env.production', ''], ['app.log', ''], ['x.bin', 'text/plain'], ['config.yaml', ''], ['main.py', '']]) {
      expect(isTextFile(new File(['x'], name!, { type: type! })), name).toBe(true);
    }
    for (const [name, type] of [['photo.png', 'image/png'], ['report.pdf', 'application/pdf'], ['archive.zip', '']]) {
      expect(isTextFile(new File(['x'], name!, { type: type! })), name).toBe(false);
    }
  });

  it('reads text files, counts others, and refuses oversized ones without reading them', async () => {
    const big = new File([new Uint8Array(FILE_LIMIT_BYTES + 1)], 'huge.log');
    const read = await readTextFiles([new File(['hello'], 'a.txt'), new File(['x'], 'p.png', { type: 'image/png' }), big]);
    expect(read.texts).toEqual(['hello']);
    expect(read.other).toBe(1);
    expect(read.tooLarge).toEqual(['huge.log']);
  });
});
