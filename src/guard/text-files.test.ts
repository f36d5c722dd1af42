import { describe, expect, it } from 'vitest';
import { isTextFile } from './text-files';

describe('text files', () => {
  it('recognises text-like files by type or name', () => {
    for (const [name, type] of [['notes.txt', ''], ['data.csv', ''], ['.env', ''], ['.env.production', ''], ['app.log', ''], ['x.bin', 'text/plain'], ['config.yaml', ''], ['main.py', '']]) {
      expect(isTextFile(new File(['x'], name!, { type: type! })), name).toBe(true);
    }
    for (const [name, type] of [['photo.png', 'image/png'], ['report.pdf', 'application/pdf'], ['archive.zip', '']]) {
      expect(isTextFile(new File(['x'], name!, { type: type! })), name).toBe(false);
    }
  });
});
