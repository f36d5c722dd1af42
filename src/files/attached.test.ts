import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { browser } from 'wxt/browser';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { docx, encryptedOoxml, para, run, xlsx } from '../documents/testing/office-files';
import { DEFAULT_POLICY } from '../policy/schema';
import { isDocumentFile, isGuardedFile, joinFiles, readAttachedFiles, readTextInChunks, redactedCopies, TEXT_FILE_LIMIT_BYTES, unreadFiles } from './attached';
import { serveDocumentReads } from './background-reader';
import { pdfReader, type PdfJs } from './pdf-text';
import { runtimeReader } from './reader-client';
import { pdfOf } from './testing/pdf-files';
import { encryptedPdfOf } from './testing/encrypted-pdf';
import { t } from '../ui/panel/strings';
import { describeLocation, extractDocument } from '../documents';

const CARD = '4111 1111 1111 1111';
const file = (bytes: Uint8Array, name: string, type = '') => new File([bytes as Uint8Array<ArrayBuffer>], name, { type });

describe('a text file read a chunk at a time (no long task on the page)', () => {
  const utf8 = (s: string) => new TextEncoder().encode(s);
  it.each([
    ['ASCII over several chunks', utf8('name,email\n'.repeat(40))],
    ['characters of 2–4 bytes cut between chunks', utf8('Zoë Müller 東京 😀 '.repeat(30))],
    ['a byte-order mark', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('token=abc')])],
    ['a broken sequence', new Uint8Array([0x61, 0xc3, 0x28, 0x62])],
    ['nothing', new Uint8Array()],
  ])('%s: the same text as file.text()', async (_, bytes) => {
    const f = file(bytes, 'notes.txt');
    expect(await readTextInChunks(f, 7)).toBe(await f.text());
  });
});

describe('which attached files the guard reads', () => {
  it.each([
    ['contract.docx', ''], ['budget.xlsx', ''], ['deck.pptx', ''], ['notes.odt', ''], ['scan.pdf', ''], ['old.doc', ''], ['export.zip', ''],
    ['no-extension', 'application/pdf'], ['x', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'], ['mail', 'message/rfc822'],
  ])('document: %s %s', (name, type) => {
    expect(isDocumentFile(new File(['x'], name, { type }))).toBe(true);
    expect(isGuardedFile(new File(['x'], name, { type }))).toBe(true);
  });

  it.each([['photo.png', 'image/png'], ['clip.mp4', 'video/mp4'], ['song.mp3', '']])('not read: %s', (name, type) => {
    expect(isGuardedFile(new File(['x'], name, { type }))).toBe(false);
  });
});

describe('readAttachedFiles through the background reader (Firefox path, fake browser)', () => {
  let stop: () => void = () => undefined;
  beforeEach(() => {
    fakeBrowser.reset();
    stop = serveDocumentReads(browser, async () => pdfReader(pdfjs as unknown as PdfJs));
  });
  afterEach(() => stop());
  const reader = () => runtimeReader((m) => browser.runtime.sendMessage(m));

  it('reads a workbook, a PDF and a text file; each finding is placed in its file', async () => {
    const book = xlsx(['Name', 'Card', 'Ann Lee', CARD], [{ name: 'Customers', rows: { 1: { A: { s: 0 }, B: { s: 1 } }, 14: { A: { s: 2 }, C: { s: 3 } } } }]);
    const paper = await pdfOf([['cover'], ['intro'], [`Card ${CARD}`]]);
    const files = [file(book, 'customers.xlsx'), new File(['a photo'], 'p.png', { type: 'image/png' }), file(paper, 'letter.pdf'), new File([`card ${CARD}`], 'notes.txt')];
    const read = await readAttachedFiles(files, reader, DEFAULT_POLICY.documents);
    expect(read.map((f) => [f.name, f.problem])).toEqual([['customers.xlsx', undefined], ['letter.pdf', undefined], ['notes.txt', undefined]]);
    const joined = joinFiles(read);
    const offsets: number[] = [];
    for (let i = joined.text.indexOf(CARD); i >= 0; i = joined.text.indexOf(CARD, i + 1)) offsets.push(i);
    const places = await joined.place(offsets);
    expect(places.map((p) => [p!.file, p!.where && describeLocation(p!.where)])).toEqual([
      ['customers.xlsx', 'Sheet Customers, cell C14'],
      ['letter.pdf', 'page 3'],
      ['notes.txt', 'text'],
    ]);
    expect(offsets.map((o) => joined.fileAt(o))).toEqual(['customers.xlsx', 'letter.pdf', 'notes.txt']);
  });

  it('an encrypted Office file, a legacy .doc and a file over the limit are problems the policy acts on', async () => {
    const files = [
      file(encryptedOoxml(), 'secret.docx'),
      file(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Uint8Array(600)]), 'old.doc'),
      file(docx({ body: para(run('big')) }), 'big.docx'),
      new File([new Uint8Array(TEXT_FILE_LIMIT_BYTES + 1)], 'huge.log'),
    ];
    const read = await readAttachedFiles(files, reader, { maxFileMB: 50, maxTextMB: 10 });
    expect(read.map((f) => f.problem)).toEqual(['encrypted', 'unreadable', undefined, 'tooLarge']);
    const policy = { encrypted: 'block', unreadable: 'allow', tooLarge: 'warn' } as const;
    expect(unreadFiles(read, policy)).toEqual([
      { name: 'secret.docx', problem: 'encrypted', action: 'block' },
      { name: 'huge.log', problem: 'tooLarge', action: 'warn' },
    ]);
  });

  it.each([2, 3] as const)('a password-protected PDF (RC4, revision %i) is encrypted: documents.encrypted applies (default warn), and the panel says why', async (revision) => {
    const locked = file(encryptedPdfOf([[`Card ${CARD}`]], { user: 'open sesame', revision }), 'statement.pdf', 'application/pdf');
    const read = await readAttachedFiles([locked, new File(['hello'], 'notes.txt')], reader, DEFAULT_POLICY.documents);
    expect(read.map((f) => [f.name, f.problem, f.extracted?.text])).toEqual([['statement.pdf', 'encrypted', undefined], ['notes.txt', undefined, 'hello']]);
    expect(DEFAULT_POLICY.documents.encrypted).toBe('warn');
    const unread = unreadFiles(read, DEFAULT_POLICY.documents);
    expect(unread).toEqual([{ name: 'statement.pdf', problem: 'encrypted', action: 'warn' }]);
    expect(t(`files.unread.${unread[0]!.problem}`, { name: unread[0]!.name })).toBe('statement.pdf: encrypted (password-protected), so PromptFence can’t read it.');
    expect(unreadFiles(read, { ...DEFAULT_POLICY.documents, encrypted: 'block' })[0]!.action).toBe('block');
    expect(unreadFiles(read, { ...DEFAULT_POLICY.documents, encrypted: 'allow' })).toEqual([]);
  });

  it('applies maxFileMB: a document over it is too large', async () => {
    const big = file(docx({ body: para(run('x'.repeat(2_000_000))) }), 'big.docx');
    expect(big.size).toBeLessThan(1024 * 1024); // compressed
    const read = await readAttachedFiles([file(new Uint8Array(1024 * 1024 + 1), 'blob.pdf')], reader, { maxFileMB: 1, maxTextMB: 10 });
    expect(read[0]!.problem).toBe('tooLarge');
    // maxTextMB cuts the text, the rest of the file is still read as far as the cap
    const cut = await readAttachedFiles([big], reader, { maxFileMB: 50, maxTextMB: 1 });
    expect(cut[0]!.extracted?.truncated).toBe(true);
    expect(cut[0]!.extracted!.text.length).toBe(1024 * 1024);
  });

  it('redacted copies: a DOCX stays a DOCX with the placeholder, a PDF becomes a text copy, a clean file stays itself', async () => {
    const word = file(docx({ body: para(run(`Card ${CARD} on file`)) }), 'c.docx');
    const paper = file(await pdfOf([[`Card ${CARD}`]]), 'p.pdf');
    const clean = new File(['nothing here'], 'clean.txt');
    const files = [word, paper, clean];
    const read = await readAttachedFiles(files, reader, DEFAULT_POLICY.documents);
    const joined = joinFiles(read);
    const replacements: { start: number; end: number; text: string }[] = [];
    for (let i = joined.text.indexOf(CARD); i >= 0; i = joined.text.indexOf(CARD, i + 1)) replacements.push({ start: i, end: i + CARD.length, text: '[CREDIT_CARD_1]' });
    const copies = await redactedCopies(files, read, joined, replacements, reader, DEFAULT_POLICY.documents);
    if (!('files' in copies)) throw new Error(`no copy of ${copies.failed}`);
    const [wordCopy, paperCopy, cleanCopy] = copies.files;
    expect(wordCopy!.name).toBe('c.docx');
    const reread = await extractDocument(new Uint8Array(await wordCopy!.arrayBuffer()), { name: 'c.docx' });
    expect(reread.status === 'ok' && reread.extracted.text).toBe('Card [CREDIT_CARD_1] on file');
    expect(paperCopy!.name).toBe('p-redacted.txt');
    expect(await paperCopy!.text()).toContain('Card [CREDIT_CARD_1]');
    expect(cleanCopy).toBe(clean);
  });

  it('no copy when a value cannot be reached (a card stored as a number in a sheet): the file is named', async () => {
    const book = file(xlsx(['Card'], [{ name: 'S', rows: { 1: { A: { s: 0 } }, 2: { A: { n: '4111111111111111' } } } }]), 'n.xlsx');
    const read = await readAttachedFiles([book], reader, DEFAULT_POLICY.documents);
    const joined = joinFiles(read);
    const at = joined.text.indexOf('4111111111111111');
    const copies = await redactedCopies([book], read, joined, [{ start: at, end: at + 16, text: '[CREDIT_CARD_1]' }], reader, DEFAULT_POLICY.documents);
    expect(copies).toEqual({ failed: 'n.xlsx' });
  });

  it('no copy of a file read only in part: a PDF cut at the text limit is named, not copied without its rest', async () => {
    const paper = file(await pdfOf([[`Card ${CARD}`], ['x'.repeat(80)]]), 'p.pdf');
    const limits = { maxFileMB: 50, maxTextMB: 30 / (1024 * 1024) };
    const read = await readAttachedFiles([paper], reader, limits);
    expect(read[0]!.problem).toBe('tooLarge');
    const joined = joinFiles(read);
    const at = joined.text.indexOf(CARD);
    expect(at).toBeGreaterThanOrEqual(0);
    const copies = await redactedCopies([paper], read, joined, [{ start: at, end: at + CARD.length, text: '[CREDIT_CARD_1]' }], reader, limits);
    expect(copies).toEqual({ failed: 'p.pdf' });
  });
});
