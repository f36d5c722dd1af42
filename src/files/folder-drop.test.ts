import { describe, expect, it } from 'vitest';
import { folderLimits, pickedFolder, readFolders, type TreeEntry } from './folder-drop';

/** A folder tree as data: a string is a file's content, an object a folder. */
type Tree = { readonly [name: string]: string | Tree };
function tree(name: string, content: Tree): TreeEntry {
  return {
    name,
    children: async () => Object.entries(content).map(([child, value]) => (typeof value === 'string' ? leaf(child, value) : tree(child, value))),
  };
}
const leaf = (name: string, text: string): TreeEntry => ({ name, file: async () => new File([text], name) });

const LIMITS = { files: 200, folders: 1000, bytes: 1_000_000 };

describe('readFolders', () => {
  it('lists every file of the folder, depth first in name order, each named by its path in the folder', async () => {
    const exports = tree('exports', { 'z.txt': 'z', '2024': { 'q3.csv': 'card', 'q1.csv': 'x', deep: { 'a.pdf': 'p' } }, 'a.docx': 'd' });
    const read = await readFolders([exports], LIMITS);
    expect(read.ok && read.files.map((f) => read.names.get(f))).toEqual([
      'exports/2024/deep/a.pdf', 'exports/2024/q1.csv', 'exports/2024/q3.csv', 'exports/a.docx', 'exports/z.txt',
    ]);
    expect(read.ok && read.files.map((f) => f.name)).toEqual(['a.pdf', 'q1.csv', 'q3.csv', 'a.docx', 'z.txt']);
  });

  it('an empty folder holds no file', async () => {
    expect(await readFolders([tree('empty', {})], LIMITS)).toEqual({ ok: true, files: [], names: new Map() });
  });

  it('stops past the file count, the folder count or the bytes, and names the dropped folder', async () => {
    const many = tree('many', Object.fromEntries(Array.from({ length: 5 }, (_, i) => [`f${i}.txt`, 'x'])));
    expect(await readFolders([many], { ...LIMITS, files: 5 })).toMatchObject({ ok: true });
    expect(await readFolders([many], { ...LIMITS, files: 4 })).toEqual({ ok: false, folder: 'many', over: 'files', bytes: 5 });
    const nested = tree('nested', { a: { b: { c: { 'x.txt': 'x' } } } });
    expect(await readFolders([nested], { ...LIMITS, folders: 3 })).toEqual({ ok: false, folder: 'nested', over: 'files', bytes: 0 });
    const big = tree('big', { 'a.bin': 'x'.repeat(600), 'b.bin': 'x'.repeat(600) });
    expect(await readFolders([big], { ...LIMITS, bytes: 1000 })).toEqual({ ok: false, folder: 'big', over: 'bytes', bytes: 1200 });
  });

  it('the byte limit is four times the policy’s largest file', () => {
    expect(folderLimits(50)).toEqual({ files: 200, folders: 1000, bytes: 200 * 1024 * 1024 });
  });
});

/** A file as `<input webkitdirectory>` hands it over: with its path from the picked folder. */
function picked(path: string, text = 'x'): File {
  const file = new File([text], path.slice(path.lastIndexOf('/') + 1));
  Object.defineProperty(file, 'webkitRelativePath', { value: path });
  return file;
}

describe('pickedFolder', () => {
  it('names each file by its path in the picked folder', () => {
    const files = [picked('exports/2024/q3.csv'), picked('exports/a.docx')];
    const read = pickedFolder(files, LIMITS);
    expect(read.ok && read.files).toEqual(files);
    expect(read.ok && files.map((f) => read.names.get(f))).toEqual(['exports/2024/q3.csv', 'exports/a.docx']);
  });

  it('refuses past the file count, the folder count (every folder on the way) or the bytes, naming the picked folder', () => {
    const many = Array.from({ length: 5 }, (_, i) => picked(`many/f${i}.txt`));
    expect(pickedFolder(many, { ...LIMITS, files: 5 })).toMatchObject({ ok: true });
    expect(pickedFolder(many, { ...LIMITS, files: 4 })).toEqual({ ok: false, folder: 'many', over: 'files', bytes: 5 });
    // nested, nested/a, nested/a/b, nested/a/b/c: four folders, though only one holds a file.
    const nested = [picked('nested/a/b/c/x.txt')];
    expect(pickedFolder(nested, { ...LIMITS, folders: 4 })).toMatchObject({ ok: true });
    expect(pickedFolder(nested, { ...LIMITS, folders: 3 })).toEqual({ ok: false, folder: 'nested', over: 'files', bytes: 1 });
    const big = [picked('big/a.bin', 'x'.repeat(600)), picked('big/b.bin', 'x'.repeat(600))];
    expect(pickedFolder(big, { ...LIMITS, bytes: 1000 })).toEqual({ ok: false, folder: 'big', over: 'bytes', bytes: 1200 });
  });
});
