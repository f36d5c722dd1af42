/**
 * Renders records as the tables people paste: CSV (comma, semicolon), TSV, Markdown, ASCII (MySQL client)
 * and psql output, SQL INSERT with a column list, CREATE TABLE followed by INSERTs without one, and
 * keyed formats (JSON array, YAML list, XML). Labelled cells keep their labels through quoting and
 * escaping.
 *
 * In the header formats, a labelled value far below its header, with no label word around it, is
 * tagged `slice: 'header-only'`: its column header is its only context, and the accuracy test holds that
 * slice to the same bar as the rest.
 */
import { cat, d, type Entity, join, jsonStr, mapCell, type Part, type Piece } from './doc';
import type { Rng } from './rng';

export type TableFormat = 'csv' | 'semicolon' | 'tsv' | 'markdown' | 'ascii' | 'psql' | 'sql-insert' | 'sql-create' | 'json' | 'yaml' | 'xml';
export const HEADER_FORMATS: readonly TableFormat[] = ['csv', 'semicolon', 'tsv', 'markdown', 'ascii', 'psql', 'sql-insert', 'sql-create'];

export interface TableSpec {
  /** Table / record name: `customers`, `patients` (SQL table, XML element, JSON wrapper). */
  readonly name: string;
  /** Singular for XML elements (`customer`). */
  readonly item: string;
  readonly headers: readonly string[];
  /** SQL column types for CREATE TABLE (same order as headers). */
  readonly sqlTypes?: readonly string[];
  readonly rows: ReadonlyArray<readonly Part[]>;
}

const textOf = (p: Part): string => (typeof p === 'object' ? p.text : String(p));
const isInt = (p: Part): boolean => typeof p !== 'object' && /^(?:0|[1-9]\d{0,5})$/.test(String(p));

/**
 * Words a reader (or a detector's prose window) would take as the value's label. A value with one of
 * these within the window is not header-only. Short words must stand alone; longer ones may sit inside
 * a word (as context matching does), which errs towards leaving values out of the slice.
 */
const NEAR: Record<string, readonly string[]> = {
  PHONE: ['phone', 'tel', 'mobile', 'mob', 'cell', 'call', 'fax', 'whatsapp', 'sms', 'contact', 'portable', 'appeler', 'joindre', 'telefon', 'handy', 'rufnummer', 'anruf', 'teléfono', 'telefono', 'móvil', 'movil', 'llamar', 'celular'],
  IP_ADDRESS: ['ip', 'addr', 'remote', 'client', 'host', 'src', 'source'],
  DATE_OF_BIRTH: ['dob', 'birth', 'born', 'naissance', 'né', 'née', 'geboren', 'geburt', 'geb', 'nacimiento', 'nacido', 'nacida', 'nac', 'nascita'],
  US_SSN: ['ssn', 'social security', 'soc sec', 'ss#'],
  US_ITIN: ['itin', 'taxpayer'],
  UK_NINO: ['nino', 'ni number', 'ni no', 'national insurance'],
  UK_NHS: ['nhs', 'health', 'patient', 'hospital', 'gp', 'surgery'],
  CA_SIN: ['sin', 'social insurance', 'nas', 'assurance sociale'],
  AU_TFN: ['tfn', 'tax file'],
  NL_BSN: ['bsn', 'burgerservice', 'sofi', 'citizen service'],
  FR_NIR: ['nir', 'sécu', 'secu', 'sécurité sociale', 'securite sociale', 'insee', 'ss'],
  DE_TAX_ID: ['steuer', 'idnr', 'tax id', 'identifikationsnummer'],
  ES_DNI: ['dni', 'nie', 'nif', 'documento'],
  IT_FISCAL_CODE: ['fiscal', 'cf'],
  BR_CPF: ['cpf'],
  IN_AADHAAR: ['aadhaar', 'uid'],
  PERSON: ['name', 'nom', 'nombre', 'vorname', 'nachname', 'apellido', 'patient', 'client', 'kunde', 'titular', 'holder', 'contact', 'customer'],
  POSTAL_ADDRESS: ['address', 'adresse', 'anschrift', 'dirección', 'direccion', 'domicilio', 'street', 'straße', 'strasse', 'calle', 'rue'],
};
const nearRes = new Map<string, RegExp>();
function nearRe(type: string): RegExp | undefined {
  const words = NEAR[type];
  if (!words) return undefined;
  let re = nearRes.get(type);
  if (!re) {
    const esc = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const alts = words.map((w) => (w.length <= 2 ? `(?<![\\p{L}\\p{N}])${esc(w)}(?![\\p{L}\\p{N}])` : esc(w)));
    re = new RegExp(alts.join('|'), 'iu');
    nearRes.set(type, re);
  }
  return re;
}

/** Tags the labels of `piece` at or after `bodyStart` (the first body row) as header-only where they qualify. */
function tagHeaderOnly(piece: Piece, bodyStart: number): Piece {
  const { text } = piece;
  const entities: Entity[] = piece.entities.map((e) => {
    if (e.start < bodyStart + 80) return e; // the header (or the statement naming the columns) is close
    const window = text.slice(e.start - 80, e.start) + ' ' + text.slice(e.end, e.end + 24);
    const re = nearRe(e.type);
    // Types that identify themselves (mail, card, IBAN) need no context: not part of the slice.
    return !re || re.test(window) ? e : { ...e, slice: 'header-only' as const };
  });
  return { text, entities };
}

// ------------------------------------------------------------------ renderers

function delimited(spec: TableSpec, sep: string): { piece: Piece; bodyStart: number } {
  const quote = (p: Part): Piece =>
    mapCell(p, (s) => (s.includes(sep) || s.includes('"') || s.includes('\n') ? s.replace(/"/g, '""') : s));
  const cell = (p: Part): Piece => {
    const s = textOf(p);
    return s.includes(sep) || s.includes('"') || s.includes('\n') ? cat('"', quote(p), '"') : quote(p);
  };
  const head = spec.headers.map((h) => (h.includes(sep) ? `"${h}"` : h)).join(sep);
  const body = join(spec.rows.map((row) => join(row.map(cell), sep)), '\n');
  return { piece: d`${head}\n${body}`, bodyStart: head.length + 1 };
}

function widths(spec: TableSpec): number[] {
  return spec.headers.map((h, i) => Math.max(h.length, ...spec.rows.map((row) => textOf(row[i]).length)));
}

function markdown(spec: TableSpec): { piece: Piece; bodyStart: number } {
  const w = widths(spec);
  const padded = (p: Part, i: number) => cat(p, ' '.repeat(w[i] - textOf(p).length));
  const line = (cells: readonly Part[]) => cat('| ', join(cells.map(padded), ' | '), ' |');
  const head = `${textOf(line(spec.headers))}\n|${w.map((n) => '-'.repeat(n + 2)).join('|')}|`;
  return { piece: d`${head}\n${join(spec.rows.map(line), '\n')}`, bodyStart: head.length + 1 };
}

function ascii(spec: TableSpec): { piece: Piece; bodyStart: number } {
  const w = widths(spec);
  const numeric = spec.headers.map((_, i) => spec.rows.every((row) => isInt(row[i])));
  const padded = (p: Part, i: number) => (numeric[i] ? cat(' '.repeat(w[i] - textOf(p).length), p) : cat(p, ' '.repeat(w[i] - textOf(p).length)));
  const rule = `+${w.map((n) => '-'.repeat(n + 2)).join('+')}+`;
  const line = (cells: readonly Part[]) => cat('| ', join(cells.map(padded), ' | '), ' |');
  const head = `${rule}\n${textOf(line(spec.headers))}\n${rule}`;
  const n = spec.rows.length;
  return { piece: d`${head}\n${join(spec.rows.map(line), '\n')}\n${rule}\n${n} rows in set (0.0${n} sec)`, bodyStart: head.length + 1 };
}

function psql(spec: TableSpec): { piece: Piece; bodyStart: number } {
  const w = widths(spec);
  const numeric = spec.headers.map((_, i) => spec.rows.every((row) => isInt(row[i])));
  const center = (h: string, n: number) => {
    const left = Math.floor((n - h.length) / 2);
    return ' '.repeat(left) + h + ' '.repeat(n - h.length - left);
  };
  const padded = (p: Part, i: number) => (numeric[i] ? cat(' '.repeat(w[i] - textOf(p).length), p) : cat(p, ' '.repeat(w[i] - textOf(p).length)));
  const head = `${spec.headers.map((h, i) => ` ${center(h, w[i])} `).join('|')}\n${w.map((n) => '-'.repeat(n + 2)).join('+')}`;
  const body = join(spec.rows.map((row) => cat(' ', join(row.map(padded), ' | '))), '\n');
  return { piece: d`${head}\n${body}\n(${spec.rows.length} rows)`, bodyStart: head.length + 1 };
}

const sqlValue = (p: Part): Piece => {
  if (isInt(p)) return typeof p === 'object' ? p : { text: String(p), entities: [] };
  if (textOf(p) === '') return { text: 'NULL', entities: [] };
  return cat("'", mapCell(p, (s) => s.replace(/'/g, "''")), "'");
};

function sqlInsert(r: Rng, spec: TableSpec): { piece: Piece; bodyStart: number } {
  const head = `INSERT INTO ${spec.name} (${spec.headers.join(', ')}) VALUES`;
  const tuples = spec.rows.map((row) => cat('(', join(row.map(sqlValue), ', '), ')'));
  const indent = r.chance(0.5) ? '  ' : '';
  return { piece: d`${head}\n${indent}${join(tuples, `,\n${indent}`)};`, bodyStart: head.length + 1 };
}

function sqlCreate(r: Rng, spec: TableSpec): { piece: Piece; bodyStart: number } {
  const types = spec.sqlTypes ?? spec.headers.map(() => 'VARCHAR(100)');
  const cols = spec.headers.map((h, i) => `  ${h} ${types[i]}${i === 0 ? ' PRIMARY KEY' : ''}`);
  const create = `CREATE TABLE ${spec.name} (\n${cols.join(',\n')}\n);`;
  const tuples = spec.rows.map((row) => cat('(', join(row.map(sqlValue), ', '), ')'));
  // Either one INSERT per row (a dump) or one multi-row INSERT; neither names the columns.
  if (r.chance(0.5)) {
    const first = `${create}\n\nINSERT INTO ${spec.name} VALUES `;
    const body = join(tuples.map((t) => cat(t, ';')), `\nINSERT INTO ${spec.name} VALUES `);
    return { piece: d`${first}${body}`, bodyStart: first.length };
  }
  const head = `${create}\n\nINSERT INTO ${spec.name} VALUES`;
  return { piece: d`${head}\n${join(tuples, ',\n')};`, bodyStart: head.length + 1 };
}

function json(r: Rng, spec: TableSpec): Piece {
  const value = (p: Part): Piece => (isInt(p) ? cat(p) : jsonStr(p));
  const objects = spec.rows.map((row) => {
    const members = spec.headers.map((h, i) => d`    "${h}": ${value(row[i])}`);
    return d`  {\n${join(members, ',\n')}\n  }`;
  });
  const arr = d`[\n${join(objects, ',\n')}\n]`;
  return r.chance(0.4) ? d`{ "${spec.name}": ${arr}, "count": ${spec.rows.length} }` : arr;
}

const YAML_PLAIN = /^[^\s\-?:,[\]{}#&*!|>'"%@`+][^#]*$/;
function yaml(spec: TableSpec): Piece {
  const value = (p: Part): Piece => {
    const s = textOf(p);
    if (isInt(p) || (YAML_PLAIN.test(s) && !s.includes(': ') && !/^[\d.\-\s:/]+$/.test(s) && !s.endsWith(':'))) return cat(p);
    if (s.includes('"') || s.includes('\\')) return cat("'", mapCell(p, (x) => x.replace(/'/g, "''")), "'");
    return cat('"', p, '"');
  };
  const items = spec.rows.map((row) => join(spec.headers.map((h, i) => d`${i === 0 ? '- ' : '  '}${h}: ${value(row[i])}`), '\n'));
  return d`${spec.name}:\n${join(items, '\n')}`;
}

function xml(spec: TableSpec): Piece {
  const esc = (p: Part) => mapCell(p, (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'));
  const items = spec.rows.map((row) => {
    const fields = spec.headers.map((h, i) => (textOf(row[i]) === '' ? `    <${h}/>` : d`    <${h}>${esc(row[i])}</${h}>`));
    return d`  <${spec.item}>\n${join(fields, '\n')}\n  </${spec.item}>`;
  });
  return d`<?xml version="1.0" encoding="UTF-8"?>\n<${spec.name}>\n${join(items, '\n')}\n</${spec.name}>`;
}

/** The table in `format`; header formats tag their far-below labels as header-only. */
export function renderTable(r: Rng, format: TableFormat, spec: TableSpec): Piece {
  let out: { piece: Piece; bodyStart: number };
  switch (format) {
    case 'csv': out = delimited(spec, ','); break;
    case 'semicolon': out = delimited(spec, ';'); break;
    case 'tsv': out = delimited(spec, '\t'); break;
    case 'markdown': out = markdown(spec); break;
    case 'ascii': out = ascii(spec); break;
    case 'psql': out = psql(spec); break;
    case 'sql-insert': out = sqlInsert(r, spec); break;
    case 'sql-create': out = sqlCreate(r, spec); break;
    case 'json': return json(r, spec);
    case 'yaml': return yaml(spec);
    case 'xml': return xml(spec);
  }
  return tagHeaderOnly(out.piece, out.bodyStart);
}
