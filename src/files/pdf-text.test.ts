import { describe, expect, it } from 'vitest';
// Node runs pdf.js's legacy build (the modern one needs Node 22 built-ins); the extension bundles the modern one.
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describeLocation, extractDocument, locate } from '../documents';
import { createScanner } from '../engine/scan';
import { ALL_DETECTORS } from '../engine/detectors';
import { pageText, pdfReader, type PdfJs } from './pdf-text';
import { pdfOf } from './testing/pdf-files';
import { encryptedPdfOf, rc4, type PdfPasswords } from './testing/encrypted-pdf';

const reader = pdfReader(pdfjs as unknown as PdfJs);
const CARD = '4111 1111 1111 1111';

describe('pdfReader (pdf.js text layer)', () => {
  it('reads each page, and a card on page 3 is located on page 3', async () => {
    const bytes = await pdfOf([['Quarterly review'], ['Nothing to see here'], ['Customer card', `Card: ${CARD}`]]);
    const outcome = await extractDocument(bytes, { name: 'review.pdf', extractPdf: reader });
    if (outcome.status !== 'ok') throw new Error(JSON.stringify(outcome));
    expect(outcome.extracted.format).toBe('pdf');
    expect(outcome.extracted.text).toContain(CARD);
    const findings = createScanner(ALL_DETECTORS).scan(outcome.extracted.text).filter((f) => f.type === 'CREDIT_CARD');
    expect(findings).toHaveLength(1);
    expect(describeLocation(locate(outcome.extracted, findings[0]!.start)!)).toBe('page 3');
  });

  it('leaves the caller its bytes (pdf.js transfers what it is given)', async () => {
    const bytes = await pdfOf([['hello']]);
    await reader(bytes);
    expect(bytes.byteLength).toBeGreaterThan(0);
    expect(new TextDecoder().decode(bytes.subarray(0, 5))).toBe('%PDF-');
  });

  it('a broken PDF is unreadable, not a crash', async () => {
    const bytes = new TextEncoder().encode('%PDF-1.7\n1 0 obj << /Type /Catalog >>\ngarbage');
    expect(await reader(bytes)).toEqual({ status: 'unreadable' });
    expect(await extractDocument(bytes, { name: 'x.pdf', extractPdf: reader })).toMatchObject({ status: 'unreadable', reason: 'corrupt' });
  });

  // Also leaves a page asked for ahead unread, in flight as the task is destroyed: were it not marked
  // handled, vitest would fail the run on its unhandled rejection.
  it('stops at its time budget with the pages read so far (outcome too-large: time, partial)', async () => {
    let t = 0;
    const slow = pdfReader(pdfjs as unknown as PdfJs, { timeBudgetMs: 1000, now: () => (t += 400) });
    const bytes = await pdfOf([['one'], ['two'], ['three'], ['four']]);
    const outcome = await extractDocument(bytes, { name: 'long.pdf', extractPdf: slow });
    expect(outcome.status).toBe('too-large');
    if (outcome.status !== 'too-large') return;
    expect(outcome.limit).toBe('time');
    expect(outcome.partial?.text).toContain('one');
    expect(outcome.partial?.text).not.toContain('four');
  });

  it('stops once the pages read hold more than the text limit (the rest would be cut anyway)', async () => {
    const bytes = await pdfOf([['a'.repeat(40)], ['b'.repeat(40)], ['c'.repeat(40)], ['d'.repeat(40)], ['e'.repeat(40)]]);
    const read = await reader(bytes, { maxChars: 60 });
    expect(read).toMatchObject({ status: 'ok', stopped: 'text' });
    if (read.status !== 'ok') return;
    expect(read.pages.map((p) => p.trim())).toEqual(['a'.repeat(40), 'b'.repeat(40)]);
    // Through extractDocument: the policy's text limit, an ok outcome cut there.
    const outcome = await extractDocument(bytes, { name: 'long.pdf', extractPdf: reader, limits: { maxTextChars: 60 } });
    expect(outcome).toMatchObject({ status: 'ok', extracted: { truncated: true } });
  });

  it('keeps the budget the file gives it, when shorter than its own', async () => {
    let t = 0;
    const timed = pdfReader(pdfjs as unknown as PdfJs, { now: () => (t += 400) });
    const read = await timed(await pdfOf([['one'], ['two'], ['three'], ['four']]), { timeBudgetMs: 1000 });
    expect(read).toMatchObject({ status: 'ok', stopped: 'time' });
    if (read.status === 'ok') expect(read.pages.join(' ')).not.toContain('four');
  });

  it('joins text items with line breaks where pdf.js marks them', () => {
    expect(pageText([{ str: 'Card:', hasEOL: false }, { str: ' 4111', hasEOL: true }, { type: 'beginMarkedContent' }, { str: 'x', hasEOL: false }])).toBe('Card: 4111\nx');
  });
});

describe('password-protected PDFs (standard security handler, RC4)', () => {
  it('the test RC4 gives the published test vectors', () => {
    // Test vectors of the original RC4 posting (also on Wikipedia's RC4 page).
    const enc = (key: string, text: string) => Buffer.from(rc4(new TextEncoder().encode(key), new TextEncoder().encode(text))).toString('hex');
    expect(enc('Key', 'Plaintext')).toBe('bbf316e8d940af0ad3');
    expect(enc('Secret', 'Attack at dawn')).toBe('45a01f645fc35b383552544b9bf5');
  });

  const passwords: readonly (readonly [string, PdfPasswords])[] = [
    ['RC4 40-bit (R2)', { user: 'open sesame', owner: 'owner', revision: 2 }],
    ['RC4 128-bit (R3)', { user: 'open sesame', owner: 'owner', revision: 3 }],
  ];

  it.each(passwords)('%s: opens with its password (the file is well formed), and pdf.js asks for one without it', async (_, pw) => {
    const bytes = encryptedPdfOf([['Quarterly review'], [`Card on file: ${CARD}`]], pw);
    expect(new TextDecoder('latin1').decode(bytes)).not.toContain(CARD);
    // With the password: pdf.js decrypts and the card is on page 2.
    const task = (pdfjs as unknown as { getDocument(o: object): { promise: Promise<{ numPages: number; getPage(n: number): Promise<{ getTextContent(): Promise<{ items: object[] }> }> }>; destroy(): Promise<void> } })
      .getDocument({ data: bytes.slice(), password: 'open sesame', isEvalSupported: false, useWasm: false, disableFontFace: true, verbosity: 0 });
    const doc = await task.promise;
    expect(doc.numPages).toBe(2);
    expect(pageText((await (await doc.getPage(2)).getTextContent()).items)).toContain(`Card on file: ${CARD}`);
    await task.destroy();
    // Without it: the reader reports it encrypted, and so does extractDocument.
    expect(await reader(bytes)).toEqual({ status: 'encrypted' });
    expect(await extractDocument(bytes, { name: 'locked.pdf', extractPdf: reader })).toEqual({ status: 'encrypted', format: 'pdf' });
  });

  it('a wrong password is still "needs a password", never text', async () => {
    const bytes = encryptedPdfOf([[`Card ${CARD}`]], { user: 'right', revision: 3 });
    const task = (pdfjs as unknown as { getDocument(o: object): { promise: Promise<unknown>; destroy(): Promise<void> } }).getDocument({ data: bytes.slice(), password: 'wrong', isEvalSupported: false, useWasm: false, verbosity: 0 });
    await expect(task.promise).rejects.toMatchObject({ name: 'PasswordException' });
    await task.destroy();
  });
});
