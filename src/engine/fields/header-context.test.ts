import { describe, expect, it } from 'vitest';
import { ALL_DETECTORS } from '../detectors';
import { createScanner } from '../scan';
import { auTfnValid } from '../validators/au-tfn';
import { brCpfValid } from '../validators/br-cpf';
import { caSinValid } from '../validators/ca-sin';
import { inAadhaarValid } from '../validators/in-aadhaar';
import { nlBsnValid } from '../validators/nl-bsn';
import { ukNhsValid } from '../validators/uk-nhs';
import { usItinValid } from '../validators/us-itin';
import { usSsnValid } from '../validators/us-ssn';

/**
 * Engine-level: values whose only context is their column header, key or tag, in every supported
 * format, 40 rows deep (the header is kilobytes up); and the same values under a neutral header are
 * not found (they need context).
 */
const scanner = createScanner(ALL_DETECTORS);
const ROWS = 40;

/** Deterministic numbers of `digits` digits that pass `valid` (a small LCG, no Math.random). */
function validNumbers(digits: number, valid: (d: string) => boolean, first = '1'): string[] {
  const out: string[] = [];
  let x = 12345;
  while (out.length < ROWS) {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    const d = first + String(x).padStart(digits - 1, '0').slice(-(digits - 1));
    if (valid(d) && !out.includes(d)) out.push(d);
  }
  return out;
}

interface Kind {
  readonly type: string;
  /** Column names as people write them (first: an identifier usable as a SQL column, JSON key, XML tag). */
  readonly headers: readonly string[];
  readonly values: readonly string[];
}

const cycle = (list: readonly string[]) => Array.from({ length: ROWS }, (_, i) => list[i % list.length]!);

const KINDS: readonly Kind[] = [
  { type: 'NL_BSN', headers: ['bsn', 'Burgerservicenummer', 'BSN-nummer'], values: validNumbers(9, nlBsnValid) },
  { type: 'CA_SIN', headers: ['sin', 'social_insurance_number', 'NAS'], values: validNumbers(9, caSinValid, '2') },
  { type: 'AU_TFN', headers: ['tfn', 'Tax File Number'], values: validNumbers(9, auTfnValid, '3') },
  { type: 'UK_NHS', headers: ['nhs_number', 'NHS No'], values: validNumbers(10, ukNhsValid, '4') },
  { type: 'US_SSN', headers: ['ssn', 'Social Security Number', 'número de seguro social'], values: validNumbers(9, usSsnValid, '5') },
  { type: 'US_ITIN', headers: ['itin', 'ITIN Number'], values: validNumbers(9, usItinValid, '9') },
  { type: 'IN_AADHAAR', headers: ['aadhaar_number', 'Aadhaar No'], values: validNumbers(12, inAadhaarValid, '6') },
  { type: 'BR_CPF', headers: ['cpf', 'CPF do cliente'], values: validNumbers(11, brCpfValid, '7') },
  // Bare runs, incl. possible numbers whose range is not assigned (Ofcom drama 07700 900xxx).
  { type: 'PHONE', headers: ['phone', 'Mobile', 'téléphone', 'Teléfono', 'Telefonnummer'], values: cycle(['4155552671', '07700900123', '0612345678', '612345678', '01512345678']) },
  { type: 'IP_ADDRESS', headers: ['last_login_ip', 'IP', 'client_ip'], values: cycle(['10.1.2.3', '192.168.40.5', '172.20.0.9', 'fd12:3456:789a:1::1', 'fe80::1ff:fe23:4567:890a']) },
  { type: 'DATE_OF_BIRTH', headers: ['dob', 'Date of birth', 'Geburtsdatum', 'fecha_de_nacimiento', 'date_de_naissance'], values: cycle(['1985-03-15', '15/03/1985', '1990-07-12', '03.11.1972']) },
];

type Format = (header: string, values: readonly string[]) => string;

const names = (i: number) => `Person ${i}`;
const ident = (h: string) => h.replace(/[^\p{L}\p{N}]+/gu, '_');

const FORMATS: Record<string, Format> = {
  csv: (h, vs) => [`id,name,${h},city`, ...vs.map((v, i) => `${i},${names(i)},${v},Lyon`)].join('\n'),
  'csv-quoted': (h, vs) => [`"id","name","${h}","note"`, ...vs.map((v, i) => `${i},"${names(i)}, Jr.","${v}","a, b"`)].join('\n'),
  tsv: (h, vs) => [`id\tname\t${h}\tcity`, ...vs.map((v, i) => `${i}\t${names(i)}\t${v}\tLyon`)].join('\n'),
  semicolon: (h, vs) => [`id;name;${h};amount`, ...vs.map((v, i) => `${i};${names(i)};${v};12,50`)].join('\n'),
  markdown: (h, vs) => [`| id | name | ${h} | city |`, '|---|---|---|---|', ...vs.map((v, i) => `| ${i} | ${names(i)} | ${v} | Lyon |`)].join('\n'),
  ascii: (h, vs) => {
    const rule = '+----+-----------+----------------------------+--------+';
    return [rule, `| id | name      | ${h.padEnd(26)} | city   |`, rule, ...vs.map((v, i) => `| ${String(i).padEnd(2)} | ${names(i).padEnd(9)} | ${v.padEnd(26)} | Lyon   |`), rule].join('\n');
  },
  'sql-columns': (h, vs) => `INSERT INTO customers (id, name, ${ident(h)}, city) VALUES\n${vs.map((v, i) => `  (${i}, '${names(i)}', '${v}', 'Lyon')`).join(',\n')};`,
  'sql-create': (h, vs) =>
    `CREATE TABLE customers (\n  id INT PRIMARY KEY,\n  name VARCHAR(80) NOT NULL,\n  ${ident(h)} VARCHAR(40),\n  city TEXT,\n  PRIMARY KEY (id)\n);\n\n` +
    vs.map((v, i) => `INSERT INTO customers VALUES (${i}, '${names(i)}', '${v}', 'Lyon');`).join('\n'),
  json: (h, vs) => JSON.stringify(vs.map((v, i) => ({ id: i, name: names(i), [ident(h)]: v, city: 'Lyon' })), null, 2),
  yaml: (h, vs) => `customers:\n${vs.map((v, i) => `  - id: ${i}\n    name: ${names(i)}\n    ${ident(h)}: ${v}\n    city: Lyon`).join('\n')}`,
  xml: (h, vs) => `<customers>\n${vs.map((v, i) => `  <customer>\n    <id>${i}</id>\n    <name>${names(i)}</name>\n    <${ident(h)}>${v}</${ident(h)}>\n  </customer>`).join('\n')}\n</customers>`,
  html: (h, vs) => `<table>\n  <tr><th>id</th><th>name</th><th>${h}</th></tr>\n${vs.map((v, i) => `  <tr><td>${i}</td><td>${names(i)}</td><td>${v}</td></tr>`).join('\n')}\n</table>`,
};

/** Formats whose labels are identifiers (the header text becomes a key or tag). */
const IDENT_FORMATS = new Set(['sql-columns', 'sql-create', 'json', 'yaml', 'xml']);

function foundValues(text: string, type: string): string[] {
  return scanner
    .scan(text)
    .filter((f) => f.type === type)
    .map((f) => text.slice(f.start, f.end));
}

describe('a column header, key or tag is context for every value under it', () => {
  for (const kind of KINDS) {
    describe(kind.type, () => {
      for (const [format, make] of Object.entries(FORMATS)) {
        const headers = IDENT_FORMATS.has(format) ? [kind.headers[0]!, ...kind.headers.slice(1).filter((h) => /^[\p{L}_]+$/u.test(h))] : kind.headers;
        it.each(headers)(`${format} under %j`, (header) => {
          const text = make(header, kind.values);
          expect(foundValues(text, kind.type)).toEqual([...kind.values]);
        });
      }
    });
  }
});

describe('the same values under a neutral header are not found (they need context)', () => {
  for (const kind of KINDS) {
    it.each(Object.keys(FORMATS))(`${kind.type} in %s`, (format) => {
      const text = FORMATS[format]!('ref', kind.values);
      expect(foundValues(text, kind.type)).toEqual([]);
    });
  }
});
