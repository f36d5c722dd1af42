/**
 * A small, linear XML walk for the parts of Office and OpenDocument files: no DOMParser (none in a
 * service worker, and it builds a whole tree), no regex over the document (no backtracking).
 * It reads what those writers emit: elements, attributes in double or single quotes, text, CDATA;
 * comments, processing instructions and doctypes are skipped. Names keep their prefix (`w:t`).
 */

export interface XmlHandler {
  /** An element opens; `tag` is the raw text between `<` and `>` (read attributes with `attr`). */
  open?(name: string, tag: string, selfClosing: boolean): void;
  close?(name: string): void;
  /**
   * Text between tags, entities decoded; `from`/`to` is its raw range in `xml` (redaction rewrites it).
   * CDATA sections have `from` = -1: they are read, never rewritten.
   */
  text?(text: string, from: number, to: number): void;
}

/**
 * XML as one string, or in pieces as a part is inflated (`next()` gives the next piece, undefined at the
 * end): walked piece by piece, a part is inflated only as far as the walk goes, and a walk the text
 * limit stops inflates nothing more (docs/design/documents.md, "Reading a ZIP").
 */
export type XmlSource = string | { next(): string | undefined };

/**
 * Walks `source`, calling `handler` in document order. Malformed input ends the walk, never loops. Text,
 * tags, comments and CDATA are reported whole even when they span pieces; offsets count from the start
 * of the whole text.
 */
export function walkXml(source: XmlSource, handler: XmlHandler): void {
  const walker = new XmlWalker(handler);
  if (typeof source === 'string') return walker.end(source);
  for (let piece = source.next(); piece !== undefined; piece = source.next()) walker.write(piece);
  walker.end();
}

/**
 * The walk, fed piece by piece: `write` walks as far as the text held allows, `end` walks the rest. For
 * a reader that pulls only what it needs (a workbook's shared strings, as far as the sheets refer).
 */
export class XmlWalker {
  private xml = '';
  /** Offset of `xml[0]` in the whole text. */
  private base = 0;
  private i = 0;
  private ended = false;
  private readonly pending: string[] = [];
  private pendingLength = 0;
  /**
   * Stalled on a node that runs past what is held: walked again once at least double is held, so a
   * node longer than a piece costs linear time in all (a rescan per piece would be quadratic).
   */
  private resumeAt = 0;

  constructor(private readonly handler: XmlHandler) {}

  write(piece: string): void {
    if (this.ended || piece === '') return;
    this.pending.push(piece);
    this.pendingLength += piece.length;
    if (this.xml.length - this.i + this.pendingLength >= this.resumeAt) this.walk();
  }

  end(piece = ''): void {
    if (this.ended) return;
    this.pending.push(piece);
    this.ended = true;
    this.walk();
  }

  private walk(): void {
    if (this.pending.length > 0) {
      const kept = this.i < this.xml.length ? this.xml.slice(this.i) : '';
      const parts = kept === '' ? this.pending : [kept, ...this.pending];
      // join() makes one flat string (`+` a rope, slower to scan: +40 % on a 1 MB workbook); a whole
      // string walked at once is not copied.
      this.xml = parts.length === 1 ? parts[0]! : parts.join('');
      this.base += this.i;
      this.i = 0;
      this.pending.length = 0;
      this.pendingLength = 0;
    }
    // Locals, and no closure over `i`: a captured variable lives on the heap, and the loop slowed 2×.
    const { xml, base, ended, handler } = this;
    let i = this.i;
    for (;;) {
      if (i >= xml.length) return ended ? undefined : this.stall(i);
      const lt = xml.indexOf('<', i);
      if (lt < 0) {
        if (!ended) return this.stall(i);
        if (handler.text) handler.text(decodeEntities(xml.slice(i)), base + i, base + xml.length);
        return;
      }
      if (lt > i) {
        if (handler.text) handler.text(decodeEntities(xml.slice(i, lt)), base + i, base + lt);
        i = lt;
      }
      // What a `<` opens is told by up to 9 characters (`<![CDATA[`): have them before deciding.
      if (xml.length - i < 9 && !ended) return this.stall(i);
      const next = xml.charCodeAt(i + 1);
      if (next === 0x21 /* ! */) {
        const cdata = xml.startsWith('<![CDATA[', i);
        const close = cdata ? ']]>' : xml.startsWith('<!--', i) ? '-->' : '>';
        const end = xml.indexOf(close, i + (cdata ? 9 : close === '-->' ? 4 : 1));
        if (end < 0 && !ended) return this.stall(i);
        const stop = end < 0 ? xml.length : end;
        if (cdata && handler.text) handler.text(xml.slice(i + 9, stop), -1, -1);
        i = stop + close.length;
        continue;
      }
      if (next === 0x3f /* ? */) {
        const end = xml.indexOf('?>', i);
        if (end < 0 && !ended) return this.stall(i);
        i = end < 0 ? xml.length : end + 2;
        continue;
      }
      const gt = tagEnd(xml, i + 1);
      if (gt < 0) return ended ? undefined : this.stall(i);
      if (next === 0x2f /* / */) {
        handler.close?.(nameOf(xml, i + 2, gt));
      } else {
        const selfClosing = xml.charCodeAt(gt - 1) === 0x2f;
        const name = nameOf(xml, i + 1, gt);
        const tag = xml.slice(i + 1, selfClosing ? gt - 1 : gt);
        handler.open?.(name, tag, selfClosing);
        if (selfClosing) handler.close?.(name);
      }
      i = gt + 1;
    }
  }

  /** Waits at `i` for more text: at least double what is held from there. */
  private stall(i: number): void {
    this.i = i;
    this.resumeAt = Math.max(1, 2 * (this.xml.length - i));
  }
}

/** The `>` that ends the tag starting at `from`, skipping `>` inside quoted attribute values. */
function tagEnd(xml: string, from: number): number {
  let quote = 0;
  for (let i = from; i < xml.length; i++) {
    const c = xml.charCodeAt(i);
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === 0x22 || c === 0x27) {
      quote = c;
    } else if (c === 0x3e) {
      return i;
    }
  }
  return -1;
}

function nameOf(xml: string, from: number, to: number): string {
  let end = from;
  while (end < to) {
    const c = xml.charCodeAt(end);
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x2f || c === 0x3e) break;
    end++;
  }
  return xml.slice(from, end);
}

/** The value of attribute `name` in a raw tag (`w:val`), entities decoded; undefined when absent. */
export function attr(tag: string, name: string): string | undefined {
  let from = 0;
  for (;;) {
    const at = tag.indexOf(name, from);
    if (at < 0) return undefined;
    from = at + name.length;
    const before = tag.charCodeAt(at - 1);
    if (before !== 0x20 && before !== 0x09 && before !== 0x0a && before !== 0x0d) continue;
    let j = from;
    while (tag.charCodeAt(j) === 0x20) j++;
    if (tag.charCodeAt(j) !== 0x3d /* = */) continue;
    j++;
    while (tag.charCodeAt(j) === 0x20) j++;
    const quote = tag[j];
    if (quote !== '"' && quote !== "'") continue;
    const end = tag.indexOf(quote, j + 1);
    if (end < 0) return undefined;
    return decodeEntities(tag.slice(j + 1, end));
  }
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes the five XML entities and numeric references; anything else stays as written. */
export function decodeEntities(text: string): string {
  if (text.indexOf('&') < 0) return text;
  let out = '';
  let i = 0;
  for (;;) {
    const amp = text.indexOf('&', i);
    if (amp < 0) return out + text.slice(i);
    out += text.slice(i, amp);
    // Entities are short: look for the `;` in the next 12 characters only (a search to the end of the
    // text for every `&` would be quadratic on a part full of ampersands).
    const semi = semicolonNear(text, amp + 1);
    if (semi < 0) {
      out += '&';
      i = amp + 1;
      continue;
    }
    const body = text.slice(amp + 1, semi);
    const decoded = body.charCodeAt(0) === 0x23 /* # */ ? numeric(body) : NAMED[body];
    if (decoded === undefined) {
      out += '&';
      i = amp + 1;
    } else {
      out += decoded;
      i = semi + 1;
    }
  }
}

function semicolonNear(text: string, from: number): number {
  const end = Math.min(text.length, from + 12);
  for (let i = from; i < end; i++) if (text.charCodeAt(i) === 0x3b) return i;
  return -1;
}

function numeric(body: string): string | undefined {
  const hex = body[1] === 'x' || body[1] === 'X';
  const digits = body.slice(hex ? 2 : 1);
  if (!(hex ? /^[0-9a-fA-F]{1,6}$/ : /^[0-9]{1,7}$/).test(digits)) return undefined;
  const code = parseInt(digits, hex ? 16 : 10);
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
}
