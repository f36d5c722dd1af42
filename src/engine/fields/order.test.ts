import { describe, expect, it } from 'vitest';
import { createFieldIndex, type FieldIndex } from './index';
import { at, labelOf } from './test-helpers';
import { Rng } from '../../../test/corpus/rng';

/**
 * The field index is lazy: what it reads depends on the questions asked, but its answers must not.
 * Every answer is a function of the text only (incremental rescans ask from the middle of a table first
 * and compare with full scans), so each document below, damaged at random, is asked about every line in
 * random orders and compared with a fresh index asked in text order, and with a fresh index per question.
 */

/** Deterministic numbers in [0, 1): the corpus generator's mulberry32. */
function random(seed: number): () => number {
  const rng = new Rng(seed);
  return () => rng.next();
}

type Rnd = () => number;
/** Trials per table kind (`FIELDS_ORDER_TRIALS=500` for a long hunt). */
const TRIALS = Number(process.env.FIELDS_ORDER_TRIALS ?? 12);
const pick = <T>(rnd: Rnd, list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
const int = (rnd: Rnd, lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));

const FIRST = ['Ann', 'Bob', 'Maria', 'Jürgen', 'Lucía', 'Pierre', 'Emma', 'Jonas'];
const LAST = ['Smith', 'de Vries', 'Müller', "O'Brien", 'García López', 'Lefèvre', 'Weber'];
const STREETS = ['Hauptstraße 5, 10115 Berlin', '12 Main St\nApt 4\nSpringfield', 'Am Markt 3, 50667 Köln', '1 High St'];

function customer(rnd: Rnd, i: number) {
  return {
    id: `C${String(1000 + i)}`,
    name: `${pick(rnd, FIRST)} ${pick(rnd, LAST)}`,
    email: `user${i}@example.com`,
    phone: `+49 30 ${int(rnd, 1000000, 9999999)}`,
    bsn: String(int(rnd, 100000000, 999999999)),
    address: pick(rnd, STREETS),
  };
}

const PROSE = [
  'We reviewed the quarterly numbers with the team and agreed on the next steps.',
  'Yes, I know, it is late, but please check the export below, thanks.',
  'Hi team, as discussed, here it is:',
  'Thanks, Bob',
  'Call me at 0612345678 tomorrow; the usual number.',
  '',
];

function prose(rnd: Rnd): string {
  return Array.from({ length: int(rnd, 1, 4) }, () => pick(rnd, PROSE)).join('\n');
}

const csvQuote = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

const TABLES: Record<string, (rnd: Rnd) => string> = {
  csv: (rnd) => {
    const rows = Array.from({ length: int(rnd, 3, 30) }, (_, i) => customer(rnd, i));
    return ['customer_id,name,email,phone,bsn,address', ...rows.map((c) => [c.id, c.name, c.email, c.phone, c.bsn, c.address].map(csvQuote).join(','))].join('\n');
  },
  semicolons: (rnd) => {
    const rows = Array.from({ length: int(rnd, 3, 20) }, (_, i) => customer(rnd, i));
    return ['id;name;montant;sin', ...rows.map((c) => `${c.id};${c.name};${int(rnd, 1, 99)},${int(rnd, 10, 99)};${c.bsn}`)].join('\n');
  },
  markdown: (rnd) => {
    const rows = Array.from({ length: int(rnd, 2, 20) }, (_, i) => customer(rnd, i));
    return ['| Name | NHS number | Phone |', '|:-----|-----------:|-------|', ...rows.map((c) => `| ${c.name} | ${c.bsn} | ${c.phone} |`)].join('\n');
  },
  ascii: (rnd) => {
    const rows = Array.from({ length: int(rnd, 2, 12) }, (_, i) => customer(rnd, i));
    const rule = '+------+----------+-----------+';
    return [rule, '| id   | name     | bsn       |', rule, ...rows.map((c) => `| ${c.id} | ${c.name} | ${c.bsn} |`), rule].join('\n');
  },
  sql: (rnd) => {
    const rows = Array.from({ length: int(rnd, 2, 20) }, (_, i) => customer(rnd, i));
    const tuples = rows.map((c) => `  ('${c.id}', '${c.name.replace(/'/g, "''")}', '${c.email}', '${c.bsn}')`);
    return `INSERT INTO customers (id, full_name, email, tax_file_number)\nVALUES\n${tuples.join(',\n')};`;
  },
  sqlOneLine: (rnd) => {
    const rows = Array.from({ length: int(rnd, 2, 20) }, (_, i) => customer(rnd, i));
    return `INSERT INTO \`users\` (\`id\`,\`email\`,\`ssn\`) VALUES ${rows.map((c) => `('${c.id}','${c.email}','${c.bsn}')`).join(',')};`;
  },
  createAndInsert: (rnd) => {
    const rows = Array.from({ length: int(rnd, 1, 6) }, (_, i) => customer(rnd, i));
    return ['CREATE TABLE patients (', '  id SERIAL PRIMARY KEY,', '  nhs_number CHAR(10) NOT NULL,', '  dob DATE', ');', ...rows.map((c) => `INSERT INTO patients VALUES ('${c.id}', '${c.bsn}', '1985-03-15');`)].join('\n');
  },
  json: (rnd) => {
    const rows = Array.from({ length: int(rnd, 2, 10) }, (_, i) => customer(rnd, i));
    return JSON.stringify(rows.map((c) => ({ name: c.name, email: c.email, phone: c.phone, bsn: c.bsn })), null, 2);
  },
  tsv: (rnd) => {
    const rows = Array.from({ length: int(rnd, 2, 15) }, (_, i) => customer(rnd, i));
    return ['id\tname\ttfn', ...rows.map((c) => `${c.id}\t${c.name}\t${c.bsn}`)].join('\n');
  },
  html: (rnd) => {
    const rows = Array.from({ length: int(rnd, 1, 8) }, (_, i) => customer(rnd, i));
    return ['<table>', '<tr><th>name</th><th>bsn</th></tr>', ...rows.map((c) => `<tr><td>${c.name}</td><td>\n${c.bsn}, ${c.phone}\n</td></tr>`), '</table>'].join('\n');
  },
};

/** What random edits insert: line breaks, blank lines, quotes, delimiters, junk, another table's pieces. */
const PIECES = ['\n', '\n\n', '\n\n\n', '"', ',', ';', '|', ' ', "'", '(', ')', 'x', 'password = "hunter2"\n', '-----BEGIN RSA PRIVATE KEY-----\n', '|---|---|\n', 'id,name\n', 'INSERT INTO t VALUES (', '<td>', '{"a": 1}\n', '\t'];

function damage(text: string, rnd: Rnd, edits: number): string {
  let t = text;
  for (let k = 0; k < edits; k++) {
    const at = Math.floor(rnd() * (t.length + 1));
    const kind = rnd();
    if (kind < 0.5) t = t.slice(0, at) + pick(rnd, PIECES) + t.slice(at);
    else if (kind < 0.8) t = t.slice(0, at) + t.slice(at + int(rnd, 1, 30));
    else {
      // Two lines merged: a newline removed.
      const nl = t.indexOf('\n', at);
      if (nl >= 0) t = t.slice(0, nl) + t.slice(nl + 1);
    }
  }
  return t;
}

function document(rnd: Rnd): string {
  const kinds = Object.keys(TABLES);
  const parts: string[] = [];
  for (let k = 0, n = int(rnd, 1, 3); k < n; k++) {
    parts.push(prose(rnd));
    parts.push(TABLES[pick(rnd, kinds)]!(rnd));
  }
  parts.push(prose(rnd));
  // Pieces are joined directly or with blank lines: tables right under prose are part of the test.
  return parts.map((p, i) => (i && rnd() < 0.5 ? `\n${p}` : p)).join('\n');
}

/** Positions asked about: every line's start, middle and end, and a few random ones. */
function positions(text: string, rnd: Rnd): number[] {
  const out = new Set<number>();
  for (let s = 0; s <= text.length; ) {
    let e = text.indexOf('\n', s);
    if (e < 0) e = text.length;
    out.add(s);
    out.add((s + e) >> 1);
    out.add(Math.max(s, e - 1));
    const comma = text.indexOf(',', s);
    if (comma >= 0 && comma < e) out.add(comma + 1);
    s = e + 1;
  }
  for (let k = 0; k < 20; k++) out.add(Math.floor(rnd() * text.length));
  return [...out].filter((p) => p < text.length).sort((a, b) => a - b);
}

type Method = 'labelAt' | 'recordAt' | 'columnBelow';
const METHODS: Method[] = ['labelAt', 'recordAt', 'columnBelow'];

function ask(fields: FieldIndex, method: Method, pos: number): string {
  return JSON.stringify(fields[method](pos)) ?? 'undefined';
}

function shuffle<T>(list: T[], rnd: Rnd): T[] {
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [list[i], list[j]] = [list[j]!, list[i]!];
  }
  return list;
}

/** Questions whose answers differ from the text-order index's: `method@pos (line): expected / got`. */
function disagreements(text: string, rnd: Rnd): string[] {
  const where = positions(text, rnd);
  const questions = where.flatMap((p) => METHODS.map((m) => [m, p] as const));
  const reference = createFieldIndex(text);
  const expected = new Map<string, string>();
  for (const [m, p] of questions) expected.set(`${m}@${p}`, ask(reference, m, p));
  const out: string[] = [];
  const check = (fields: FieldIndex, m: Method, p: number) => {
    const got = ask(fields, m, p);
    const want = expected.get(`${m}@${p}`)!;
    if (got !== want) {
      const ls = text.lastIndexOf('\n', p - 1) + 1;
      const le = text.indexOf('\n', p);
      out.push(`${m}@${p} ${JSON.stringify(text.slice(ls, le < 0 ? undefined : le).slice(0, 60))}: ${want} / ${got}`);
    }
  };
  // Every table read to its end first (a lookup reads a table only as far down as it asks).
  const whole = createFieldIndex(text);
  whole.prepare(0, text.length);
  for (const [m, p] of questions) check(whole, m, p);
  // Random orders.
  for (let round = 0; round < 3; round++) {
    const fields = createFieldIndex(text);
    for (const [m, p] of shuffle([...questions], rnd)) check(fields, m, p);
  }
  // Backwards, the way a reader scrolls up.
  const back = createFieldIndex(text);
  for (const [m, p] of [...questions].reverse()) check(back, m, p);
  // After tables were found ahead of time in random ranges (what a sliced scan does before each range).
  const prepared = createFieldIndex(text);
  for (let k = 0; k < 4; k++) {
    const a = int(rnd, 0, text.length);
    prepared.prepare(a, a + int(rnd, 1, 400));
  }
  for (const [m, p] of shuffle([...questions], rnd)) check(prepared, m, p);
  // One question per fresh index (no history at all), for a sample.
  for (const [m, p] of shuffle([...questions], rnd).slice(0, 150)) check(createFieldIndex(text), m, p);
  return out;
}

describe('answers do not depend on the order of questions', () => {
  it.each(Object.keys(TABLES))('%s tables among prose, intact and damaged at random', (kind) => {
    const seed = [...kind].reduce((h, c) => Math.imul(h ^ c.charCodeAt(0), 16777619), 2166136261);
    const rnd = random(seed);
    for (let trial = 0; trial < TRIALS; trial++) {
      const base = [prose(rnd), TABLES[kind]!(rnd), prose(rnd), rnd() < 0.5 ? TABLES[pick(rnd, Object.keys(TABLES))]!(rnd) : ''].join(rnd() < 0.5 ? '\n' : '\n\n');
      const text = trial < 2 ? base : damage(base, rnd, int(rnd, 1, 6));
      expect(disagreements(text, rnd), `trial ${trial}:\n${text}`).toEqual([]);
    }
  });

  it('mixed documents, damaged at random', () => {
    const rnd = random(7);
    for (let trial = 0; trial < 2.5 * TRIALS; trial++) {
      const text = damage(document(rnd), rnd, int(rnd, 0, 8));
      expect(disagreements(text, rnd), `trial ${trial}:\n${text}`).toEqual([]);
    }
  });

  it('a CSV row with a stray quote: rows far below keep their header whichever is asked first', () => {
    const rows = Array.from({ length: 80 }, (_, i) => `C${1000 + i},Ann ${i},+49 30 ${5000000 + i},"Am Markt ${i}, Köln",${100000000 + i}`);
    // An edit removed the opening quote of one address: its closing quote is left alone on the row.
    rows[30] = `C1030,Ann 30,+49 30 5000030,Am Markt 30, Köln",100000030`;
    const text = `Notes for the launch.\n${['customer_id,name,phone,address,bsn', ...rows].join('\n')}\nThanks.`;
    const deep = at(text, '100000070');
    const high = at(text, '+49 30 5000010');
    const fresh = createFieldIndex(text);
    expect(fresh.labelAt(high)).toBe(' phone ');
    expect(fresh.labelAt(deep)).toBe(' bsn ');
    const deepFirst = createFieldIndex(text);
    expect(deepFirst.recordAt(deep).table).toBe(true);
    expect(deepFirst.labelAt(deep)).toBe(' bsn ');
    expect(deepFirst.labelAt(high)).toBe(' phone ');
    // The damaged row itself has one cell too many: where its cells belong is a guess, so none is labelled.
    expect(labelOf(text, '+49 30 5000030')).toBeUndefined();
    expect(deepFirst.recordAt(high + 1).table).toBe(true);
  });
});

describe('a damaged row inside a table', () => {
  const header = 'customer_id,name,phone,bsn';
  const rows = Array.from({ length: 12 }, (_, i) => `C${1000 + i},Ann ${i},+49 30 ${5000000 + i},${100000000 + i}`);
  const table = (lines: string[]) => `Export follows.\n\n${[header, ...lines].join('\n')}\n\nBest regards.`;
  const below = (text: string) => labelOf(text, '100000010');

  it.each([
    ['a row with too many cells', (r: string[]) => [...r.slice(0, 5), `${r[5]},extra,cells`, ...r.slice(6)]],
    ['a row with too few cells', (r: string[]) => [...r.slice(0, 5), 'C1005,Ann 5', ...r.slice(6)]],
    ['two rows merged into one line', (r: string[]) => [...r.slice(0, 5), r[5]! + r[6]!, ...r.slice(7)]],
    ['a row cut in two by a stray newline', (r: string[]) => [...r.slice(0, 5), 'C1005,Ann 5,+49 30', '5000005,100000005', ...r.slice(6)]],
    ['a stray blank line', (r: string[]) => [...r.slice(0, 5), '', ...r.slice(5)]],
    ['a row cut in two with a blank line between', (r: string[]) => [...r.slice(0, 5), 'C1005,Ann 5', '', '+49 30 5000005,100000005', ...r.slice(6)]],
    ['a line of junk without delimiters', (r: string[]) => [...r.slice(0, 5), '-----BEGIN RSA PRIVATE KEY-----', ...r.slice(5)]],
    ['two bad lines in a row', (r: string[]) => [...r.slice(0, 5), '', 'password = hunter2', ...r.slice(5)]],
    ['a stray quote', (r: string[]) => [...r.slice(0, 5), `C1005,"Ann 5,+49 30 5000005,100000005`, ...r.slice(6)]],
  ])('%s: the rows below keep their header', (_name, edit) => {
    const text = table(edit(rows));
    expect(below(text)).toBe(' bsn ');
    const fields = createFieldIndex(text);
    expect(fields.labelAt(at(text, '100000010'))).toBe(' bsn ');
    expect(fields.labelAt(at(text, '100000001'))).toBe(' bsn ');
  });

  it('the malformed row itself is a record of the table, but its cells are not labelled (they may be shifted)', () => {
    const text = table([...rows.slice(0, 5), 'C1005,Ann 5,10.20.30.40,+49 30 5000005,100000005', ...rows.slice(6)]);
    const fields = createFieldIndex(text);
    expect(fields.labelAt(at(text, '10.20.30.40'))).toBeUndefined();
    expect(fields.labelAt(at(text, '100000005'))).toBeUndefined();
    expect(text.slice(fields.recordAt(at(text, '10.20.30.40')).start, fields.recordAt(at(text, '10.20.30.40')).end)).toBe('C1005,Ann 5,10.20.30.40,+49 30 5000005,100000005');
    expect(fields.columnBelow(at(text, 'phone'))!.all().map((c) => text.slice(c.start, c.end))).not.toContain('10.20.30.40');
    // In a table whose rows are ragged (no number of cells dominates), cells are labelled by position.
    expect(labelOf('id,name,ssn,dob\n1,Ann,536901234\n2,Bob,536901235,1985-03-15,extra', '1985-03-15')).toBe(' dob ');
  });

  it('three bad lines in a row end the table: the rows below are not labelled by a header that far up', () => {
    const text = table([...rows.slice(0, 5), '', 'Some notes here', '', ...rows.slice(5)]);
    expect(labelOf(text, '100000001')).toBe(' bsn ');
    expect(below(text)).toBeUndefined();
  });

  it('after a bad line, a line that reads like a header starts a new table', () => {
    const text = table([...rows.slice(0, 5), '', 'customer_id,name,phone,ssn', ...rows.slice(5)]);
    expect(labelOf(text, '100000001')).toBe(' bsn ');
    expect(below(text)).toBe(' ssn ');
  });

  it('prose after a blank line under a table is not a row', () => {
    const text = 'id,name\n1,Ann\n2,Bob\n\nThanks, Bob';
    expect(labelOf(text, 'Bob', 1)).toBeUndefined();
    expect(createFieldIndex(text).recordAt(at(text, 'Thanks')).table).toBe(false);
  });

  it('a value on a continuation line of a quoted field is labelled even when asked first', () => {
    const text = 'id,address,bsn\n1,"12 Main St\nApt 4\nSpringfield",111222333\n2,"1 High St",123456782';
    expect(labelOf(text, 'Apt 4')).toBe(' address ');
    expect(labelOf(text, '111222333')).toBe(' bsn ');
  });
});

describe('tables found the same way from any line', () => {
  it('a header under several lines of prose with commas is found (no blank line between)', () => {
    const text = 'Hi team, as discussed, here it is.\nYes, I know, it is late.\nPlease check it, the numbers are in.\nOne more line, then the export.\nid,name,bsn\n1,Ann,111222333\n2,Bob,123456782';
    expect(labelOf(text, '123456782')).toBe(' bsn ');
    expect(labelOf(text, 'I know')).toBeUndefined();
  });

  it('an INSERT that never closes does not swallow the table below it', () => {
    const text = "INSERT INTO t (a, bsn) VALUES (1, 'oops, 111222333);\nid,name,bsn\n1,Ann,123456782";
    expect(labelOf(text, '111222333')).toBeUndefined();
    expect(labelOf(text, '123456782')).toBe(' bsn ');
  });

  it('JSON lines bound a table: a CSV right above a JSON object ends there', () => {
    const text = 'id,name,bsn\n1,Ann,111222333\n{\n  "name": "Bob",\n  "bsn": "123456782"\n}';
    expect(labelOf(text, '111222333')).toBe(' bsn ');
    expect(labelOf(text, '123456782')).toBe(' bsn ');
    expect(createFieldIndex(text).recordAt(at(text, '123456782')).table).toBe(false);
  });

  it('a value alone on a line inside an HTML cell is labelled whichever line is asked first', () => {
    const text = 'Report\n<table>\n<tr><th>name</th><th>bsn</th></tr>\n<tr><td>Ann</td><td>\n111222333, 123456782\n</td></tr>\n</table>\nid,x\n1,zz';
    const first = createFieldIndex(text);
    expect(first.labelAt(at(text, '123456782'))).toBe(' bsn ');
    const second = createFieldIndex(text);
    expect(second.labelAt(at(text, 'Ann'))).toBe(' name ');
    expect(second.labelAt(at(text, '123456782'))).toBe(' bsn ');
    expect(second.labelAt(at(text, 'zz'))).toBe(' x ');
  });

  it('columnBelow on a CREATE TABLE column is the same before and after other lookups', () => {
    const text = 'CREATE TABLE patients (\n  id SERIAL PRIMARY KEY,\n  nhs_numb|er CHAR(10),\n  dob DATE\n);\nINSERT INTO patients VALUES (1, \'x\', \'1985-03-15\');';
    const fresh = createFieldIndex(text).columnBelow(at(text, 'dob'));
    const fields = createFieldIndex(text);
    for (let p = 0; p < at(text, 'dob'); p++) fields.columnBelow(p);
    expect(fields.columnBelow(at(text, 'dob'))?.all()).toEqual(fresh?.all());
    expect(fresh?.all().map((c) => text.slice(c.start, c.end))).toEqual(["'1985-03-15'"]);
  });
});

