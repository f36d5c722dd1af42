import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { browser } from 'wxt/browser';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { docx, para, run } from '../documents/testing/office-files';
import { serveDocumentReads } from './background-reader';
import { pdfReader, type PdfJs } from './pdf-text';
import { READER_READY, type LocateReply, type LocateRequest, type ReadReply, type ReadRequest, type ReleaseRequest } from './protocol';
import { runtimeReader } from './reader-client';
import { answer, KEPT, ReadFiles, servePort } from './reader-service';
import { pdfOf } from './testing/pdf-files';

const CARD = '4111 1111 1111 1111';
const pdf = async () => pdfReader(pdfjs as unknown as PdfJs);
const contract = () => docx({ body: para(run('Contract for Ann')) + para(run(`Card ${CARD}`)) });

describe('the reader over a MessagePort (Chrome frame), bytes transferred', () => {
  it('answers each request with the outcome, in order, and the sender’s buffer is moved, not copied', async () => {
    const channel = new MessageChannel();
    servePort(channel.port2, pdf);
    const replies: ReadReply[] = [];
    const done = new Promise<void>((resolve) => {
      channel.port1.onmessage = (event: MessageEvent<ReadReply>) => {
        replies.push(event.data);
        if (replies.length === 2) resolve();
      };
    });
    const word = contract().slice().buffer;
    const paper = (await pdfOf([['cover'], [`Card ${CARD}`]])).slice().buffer;
    channel.port1.postMessage({ kind: 'read-document', id: 1, name: 'c.docx', mimeType: '', bytes: word } satisfies ReadRequest, [word]);
    channel.port1.postMessage({ kind: 'read-document', id: 2, name: 'p.pdf', mimeType: 'application/pdf', bytes: paper } satisfies ReadRequest, [paper]);
    expect(word.byteLength).toBe(0); // transferred
    await done;
    expect(replies.map((r) => [r.id, r.outcome.status])).toEqual([[1, 'ok'], [2, 'ok']]);
    for (const r of replies) if (r.outcome.status === 'ok') expect(r.outcome.extracted.text).toContain(CARD);
    // The page gets the text only: the locations stay with the reader (a sheet's take seconds to clone).
    expect(replies.every((r) => r.outcome.status === 'ok' && !('segments' in r.outcome.extracted))).toBe(true);
    const text = replies[1]!.outcome.status === 'ok' ? replies[1]!.outcome.extracted.text : '';
    const located = new Promise<LocateReply>((resolve) => (channel.port1.onmessage = (event: MessageEvent<LocateReply>) => resolve(event.data)));
    channel.port1.postMessage({ kind: 'locate-in-document', id: 3, doc: 2, offsets: [text.indexOf(CARD), 0] } satisfies LocateRequest);
    expect(await located).toEqual({ kind: 'document-located', id: 3, where: [{ kind: 'page', page: 2 }, { kind: 'page', page: 1 }] });
    const unknown = new Promise<LocateReply>((resolve) => (channel.port1.onmessage = (event: MessageEvent<LocateReply>) => resolve(event.data)));
    channel.port1.postMessage({ kind: 'locate-in-document', id: 4, doc: 99, offsets: [0] } satisfies LocateRequest);
    expect((await unknown).where).toEqual([null]);
    channel.port1.close();
    expect(READER_READY).toBe('promptfence-reader-port');
  });

  it('ignores messages that are not read requests', async () => {
    const channel = new MessageChannel();
    servePort(channel.port2, pdf);
    let got = 0;
    channel.port1.onmessage = () => got++;
    channel.port1.postMessage({ kind: 'read-document', id: 'x' });
    channel.port1.postMessage('hello');
    await new Promise((r) => setTimeout(r, 50));
    channel.port1.close();
    expect(got).toBe(0);
  });
});

describe('the reader through runtime messages (Firefox background page)', () => {
  let stop: () => void = () => undefined;
  beforeEach(() => {
    fakeBrowser.reset();
    stop = serveDocumentReads(browser, pdf);
  });
  afterEach(() => stop());

  const reader = () => runtimeReader((message) => browser.runtime.sendMessage(message));

  it('reads a DOCX and a PDF sent as bytes', async () => {
    const word = await reader().read(new File([contract() as Uint8Array<ArrayBuffer>], 'c.docx'), {});
    expect(word.outcome.status).toBe('ok');
    const paper = await reader().read(new File([(await pdfOf([[`Card ${CARD}`]])) as Uint8Array<ArrayBuffer>], 'p.pdf', { type: 'application/pdf' }), {});
    expect(paper.outcome.status === 'ok' && paper.outcome.extracted.text).toContain(CARD);
  });

  it('passes the policy limits: a file over maxFileBytes is too large', async () => {
    const read = await reader().read(new File([contract() as Uint8Array<ArrayBuffer>], 'c.docx'), { maxFileBytes: 100 });
    expect(read.outcome).toEqual({ status: 'too-large', limit: 'file-bytes' });
  });

  it('a reader that never answers times out as too-large: time; one that fails is reader-failed', async () => {
    const silent = runtimeReader(() => new Promise(() => undefined), 50);
    expect((await silent.read(new File(['x'], 'a.docx'), {})).outcome).toEqual({ status: 'too-large', limit: 'time' });
    const broken = runtimeReader(() => Promise.reject(new Error('gone')), 50);
    expect((await broken.read(new File(['x'], 'a.docx'), {})).outcome).toEqual({ status: 'unreadable', reason: 'reader-failed' });
  });
});

describe('the locations the reader keeps', () => {
  const read = (id: number) => answer({ kind: 'read-document', id, name: `c${id}.docx`, mimeType: '', bytes: contract() } satisfies ReadRequest, pdf, kept);
  const where = async (doc: number) => ((await answer({ kind: 'locate-in-document', id: 1000 + doc, doc, offsets: [0] } satisfies LocateRequest, pdf, kept)) as LocateReply).where[0];
  let kept: ReadFiles;
  beforeEach(() => {
    kept = new ReadFiles();
  });

  it('every file of a many-file attach can still be placed when the guard asks after reading them all', async () => {
    for (let id = 1; id <= 6; id++) await read(id);
    for (let id = 1; id <= 6; id++) expect(await where(id), `file ${id}`).toEqual({ kind: 'body' });
  });

  it('released files are dropped; the rest stay', async () => {
    for (let id = 1; id <= 3; id++) await read(id);
    expect(await answer({ kind: 'release-documents', id: 50, docs: [1, 3] } satisfies ReleaseRequest, pdf, kept)).toEqual({ kind: 'documents-released', id: 50 });
    expect([await where(1), await where(2), await where(3)]).toEqual([null, { kind: 'body' }, null]);
    expect(kept.size).toBe(1);
  });

  it(`never more than ${KEPT} files, however many are read and never released (the oldest go)`, async () => {
    for (let id = 1; id <= KEPT + 2; id++) await read(id);
    expect(kept.size).toBe(KEPT);
    expect([await where(1), await where(2), await where(3)]).toEqual([null, null, { kind: 'body' }]);
  });
});
