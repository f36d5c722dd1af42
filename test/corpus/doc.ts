/**
 * Builds texts whose labels' offsets are computed from where each value was placed, never by searching
 * the text afterwards. A `Piece` is text plus its labelled spans; pieces nest through the `d` tagged
 * template, which shifts inner spans by the length of what precedes them.
 */

/** A labelled span. Offsets are UTF-16 indices into `text` (String.prototype.slice semantics). */
export interface Entity {
  readonly type: string;
  readonly start: number;
  readonly end: number;
  /**
   * Evaluation slice the label belongs to. `header-only`: a value in a table body whose only context is
   * its column header, far above it (no label word within 80 characters before or 24 after the value);
   * the accuracy test reports and holds these separately.
   */
  readonly slice?: 'header-only';
}

export interface Piece {
  readonly text: string;
  readonly entities: readonly Entity[];
}

/** One line of prompts.jsonl / handwritten.jsonl. */
export interface CorpusDoc {
  readonly id: string;
  readonly lang: 'en' | 'fr' | 'de' | 'es';
  readonly kind: string;
  readonly text: string;
  readonly entities: readonly Entity[];
}

export type Part = string | number | Piece;

const toPiece = (p: Part): Piece => (typeof p === 'object' ? p : { text: String(p), entities: [] });

/** A labelled value: the whole `value` is the sensitive span. */
export function lab(type: string, value: string): Piece {
  if (value.length === 0) throw new Error(`empty ${type} label`);
  return { text: value, entities: [{ type, start: 0, end: value.length }] };
}

/**
 * Rewrites the text of a cell (escaping for SQL, XML, CSV…). A cell that is one whole label keeps it on
 * the rewritten text; a plain string is just rewritten.
 */
export function mapCell(p: Part, fn: (s: string) => string): Piece {
  const piece = toPiece(p);
  const out = fn(piece.text);
  if (piece.entities.length === 0) return { text: out, entities: [] };
  const [e] = piece.entities;
  if (piece.entities.length !== 1 || e.start !== 0 || e.end !== piece.text.length) {
    if (out === piece.text) return piece;
    throw new Error(`cannot rewrite a partly labelled cell: ${piece.text}`);
  }
  return { text: out, entities: [{ ...e, end: out.length }] };
}

/** Concatenates parts, shifting each part's labels. */
export function cat(...parts: Part[]): Piece {
  let text = '';
  const entities: Entity[] = [];
  for (const part of parts) {
    const p = toPiece(part);
    for (const e of p.entities) entities.push({ ...e, start: e.start + text.length, end: e.end + text.length });
    text += p.text;
  }
  return { text, entities };
}

/** Tagged template: d`Email: ${lab('EMAIL', 'a@example.com')}` → piece with the label in place. */
export function d(strings: TemplateStringsArray, ...values: Part[]): Piece {
  const parts: Part[] = [];
  strings.forEach((s, i) => {
    parts.push(s);
    if (i < values.length) parts.push(values[i]);
  });
  return cat(...parts);
}

/** Joins parts with a separator (lines, CSV cells). */
export function join(parts: readonly Part[], sep: string): Piece {
  const out: Part[] = [];
  parts.forEach((p, i) => {
    if (i > 0) out.push(sep);
    out.push(p);
  });
  return cat(...out);
}

/** JSON string literal of a labelled value, with the label on the content (inside the quotes). */
export function jsonStr(p: Part): Piece {
  const piece = toPiece(p);
  if (JSON.stringify(piece.text) !== `"${piece.text}"`) throw new Error(`value needs JSON escaping: ${piece.text}`);
  return cat('"', piece, '"');
}

/**
 * Parses hand-written text with inline labels `⟦TYPE|value⟧` into text + entities; `⟦TYPE*|value⟧`
 * marks a value of the header-only slice (a table value whose only context is its column header).
 * Used for handwritten.jsonl, so offsets are computed, not counted by hand.
 */
export function parseMarked(marked: string): Piece {
  const parts: Part[] = [];
  const re = /⟦([A-Z0-9_]+)(\*?)\|([\s\S]*?)⟧/g;
  let last = 0;
  for (let m = re.exec(marked); m; m = re.exec(marked)) {
    const piece = lab(m[1], m[3]);
    parts.push(marked.slice(last, m.index), m[2] ? { text: piece.text, entities: [{ ...piece.entities[0], slice: 'header-only' as const }] } : piece);
    last = m.index + m[0].length;
  }
  parts.push(marked.slice(last));
  return cat(...parts);
}
