import { strToU8, zipSync, type Zippable } from 'fflate';
import { extractDocx } from './docx';
import { extractOdf } from './odf';
import { extractDocument } from './extract';
import { decodeText } from './plain';
import { extractPptx } from './pptx';
import { sniff } from './sniff';
import { LimitReached, TextBuilder, type PlacedOrigin } from './text-builder';
import { DEFAULT_LIMITS, type DocumentFormat, type DocumentLimits, type ExtractOptions, type Extracted } from './types';
import { extractXlsx } from './xlsx';
import { decodeEntities } from './xml';
import { openZip, packageOf, ZipCorrupt, ZipEncrypted, type ZipPackage } from './zip';

/** Replace `text.slice(start, end)` of the extracted text with `text` (a placeholder such as `[IBAN_1]`). */
export interface Replacement {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export type RedactOutcome =
  /** The same format with the values replaced, and its text read back (the placeholders are in it). */
  | { readonly status: 'ok'; readonly bytes: Uint8Array; readonly extracted: Extracted }
  /** Not rewritable in its own format here (PDF, RTF, archives): offer a text copy. */
  | { readonly status: 'unsupported'; readonly format?: DocumentFormat }
  /** A value could not be replaced where the file stores it (a number cell, a field code): not safe to send. */
  | { readonly status: 'incomplete' }
  /** The file could not be read again (it changed, or is over a limit). */
  | { readonly status: 'failed' };

const REWRITERS: Partial<Record<DocumentFormat, (pkg: ZipPackage, out: TextBuilder) => void>> = {
  docx: extractDocx,
  xlsx: extractXlsx,
  pptx: extractPptx,
  odt: (pkg, out) => extractOdf(pkg, 'odt', out),
  ods: (pkg, out) => extractOdf(pkg, 'ods', out),
  odp: (pkg, out) => extractOdf(pkg, 'odp', out),
};

/**
 * A copy of the file with each replacement made in the XML text nodes the text came from, so the
 * formatting stays: a value split across runs (`<w:t>Mar</w:t><w:t>ia</w:t>`) gets the placeholder in
 * its first node and the rest emptied. `replacements` are offsets into the text `extractDocument` gave
 * for the same bytes. The copy is read back and checked: no replaced value may remain.
 */
export async function redactDocument(bytes: Uint8Array, replacements: readonly Replacement[], options: ExtractOptions = {}): Promise<RedactOutcome> {
  const limits: DocumentLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const sorted = [...replacements].sort((a, b) => a.start - b.start);
  let original: string;
  let copy: Uint8Array;
  try {
    const sniffed = sniff(bytes, options.name ?? '', options.mimeType ?? '', limits);
    if (sniffed.kind !== 'format') return { status: 'unsupported' };
    const format = sniffed.format;
    if (format === 'text' || format === 'eml') {
      if (bytes[0] === 0xff || bytes[0] === 0xfe) return { status: 'unsupported', format }; // UTF-16
      original = decodeText(bytes);
      copy = strToU8(applyToString(original, sorted));
    } else {
      const rewrite = REWRITERS[format];
      if (rewrite === undefined) return { status: 'unsupported', format };
      // Every entry goes into the copy, so every entry is inflated, within the same limits. A file that
      // was not read to its end gets no copy: an entry cut by a limit (or of a compression method we
      // cannot inflate) would be missing from it, and values in its unread text would go out unredacted.
      const pkg = openZip(bytes, () => true, limits);
      const files: Record<string, Uint8Array> = {};
      for (const name of pkg.names) files[name] = pkg.bytes(name);
      if (pkg.cut || pkg.unsupported.length > 0) return { status: 'failed' };
      const out = new TextBuilder(limits.maxTextChars);
      out.origins = [];
      rewrite(packageOf(files), out);
      const read = out.build(format);
      if (read.truncated) return { status: 'failed' };
      original = read.text;
      const edits = editsFor(out.origins, sorted);
      if (edits === undefined) return { status: 'incomplete' };
      for (const [part, nodeEdits] of edits) files[part] = strToU8(rewritePart(new TextDecoder().decode(files[part]), nodeEdits));
      // OpenDocument wants `mimetype` first and stored; the package keeps the entry order, zipSync too.
      const zippable: Zippable = {};
      for (const [name, data] of Object.entries(files)) zippable[name] = name === 'mimetype' ? [data, { level: 0 }] : data;
      copy = zipSync(zippable, { level: 6 });
    }
  } catch (error) {
    if (error instanceof ZipCorrupt || error instanceof ZipEncrypted || error instanceof LimitReached) return { status: 'failed' };
    return { status: 'failed' };
  }
  const again = await extractDocument(copy, options);
  if (again.status !== 'ok') return { status: 'failed' };
  for (const r of sorted) {
    const value = original.slice(r.start, r.end);
    if (value.trim() !== '' && again.extracted.text.includes(value)) return { status: 'incomplete' };
  }
  return { status: 'ok', bytes: copy, extracted: again.extracted };
}

function applyToString(text: string, sorted: readonly Replacement[]): string {
  let out = '';
  let at = 0;
  for (const r of sorted) {
    if (r.start < at) continue; // overlapping: the first one wins
    out += text.slice(at, r.start) + r.text;
    at = r.end;
  }
  return out + text.slice(at);
}

/** One change inside one XML text node, in that node's decoded text. */
interface NodeEdit {
  readonly start: number;
  readonly end: number;
  readonly insert: string;
}

/**
 * Per part, per text node (keyed by its raw start): the edits. Undefined when a replacement touches no
 * rewritable node at all (its text came from a number cell or other value we do not rewrite).
 */
function editsFor(origins: readonly PlacedOrigin[], sorted: readonly Replacement[]): Map<string, Map<number, { to: number; edits: NodeEdit[] }>> | undefined {
  const parts = new Map<string, Map<number, { to: number; edits: NodeEdit[] }>>();
  for (const r of sorted) {
    let first = true;
    for (let i = firstEndingAfter(origins, r.start); i < origins.length && origins[i]!.at < r.end; i++) {
      const o = origins[i]!;
      const start = Math.max(r.start, o.at) - o.at;
      const end = Math.min(r.end, o.at + o.length) - o.at;
      if (end <= start) continue;
      let nodes = parts.get(o.part);
      if (nodes === undefined) parts.set(o.part, (nodes = new Map()));
      let node = nodes.get(o.from);
      if (node === undefined) nodes.set(o.from, (node = { to: o.to, edits: [] }));
      // A shared string used by several cells is one node: the same edit arrives once per cell.
      if (!node.edits.some((e) => e.start === start && e.end === end)) node.edits.push({ start, end, insert: first ? r.text : '' });
      first = false;
    }
    if (first) return undefined;
  }
  return parts;
}

/** The first origin whose text ends after `offset` (origins are in text order). */
function firstEndingAfter(origins: readonly PlacedOrigin[], offset: number): number {
  let lo = 0;
  let hi = origins.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (origins[mid]!.at + origins[mid]!.length <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Rewrites the text nodes of one XML part; everything else (tags, attributes, formatting) is kept byte for byte. */
function rewritePart(xml: string, nodes: Map<number, { to: number; edits: NodeEdit[] }>): string {
  let out = '';
  let at = 0;
  for (const from of [...nodes.keys()].sort((a, b) => a - b)) {
    const node = nodes.get(from)!;
    let text = decodeEntities(xml.slice(from, node.to));
    for (const e of [...node.edits].sort((a, b) => b.start - a.start)) text = text.slice(0, e.start) + e.insert + text.slice(e.end);
    out += xml.slice(at, from) + escapeXml(text);
    at = node.to;
  }
  return out + xml.slice(at);
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
