import { describe, expect, it } from 'vitest';
import { isAddressLabel } from '../addresses/cues';
import { ADDRESS_LABEL_WORDS } from '../addresses/label-words';
import { isContactLabel, isNameLabel } from '../people/labels';
import { CONTACT_LABEL_WORDS, NAME_LABEL_WORDS } from '../people/label-words';
import { createFieldIndex } from './index';
import { labelWords, type LabelWords } from './label-words';
import type { LabelledCell } from './types';

/**
 * `cells` with label words (search the words, read what they label) against `cells` without (read
 * every line): the same cells, in the same order, on every format the field index reads, for whole
 * texts and for ranges far below a table's header; and linear time on hostile input.
 */

type Kind = readonly [name: string, test: (label: string) => boolean, words: LabelWords];
const KINDS: readonly Kind[] = [
  ['name', isNameLabel, NAME_LABEL_WORDS],
  ['address', isAddressLabel, ADDRESS_LABEL_WORDS],
  ['contact', isContactLabel, CONTACT_LABEL_WORDS],
];

const show = (text: string, cells: Iterable<LabelledCell>) => [...cells].map((c) => `${c.start} ${c.label.trim()}=${text.slice(c.start, c.end)}`);

/** Cells by the full walk and by the label-word search, each on a fresh index. */
function both(text: string, test: (label: string) => boolean, words: LabelWords, start = 0, end = text.length) {
  return {
    walk: show(text, createFieldIndex(text).cells(test, start, end)),
    search: show(text, createFieldIndex(text).cells(test, start, end, words)),
  };
}

const FORMATS: Record<string, string> = {
  csv: [
    'id,full_name,email,street_address,phone',
    '1,Ann de Vries,ann@example.com,"Keizersgracht 221, Amsterdam",0612345678',
    '2,"Smith, Bob",bob@example.com,12 Acacia Avenue,',
    '3,Jürgen Weiß,,Hauptstraße 5,+49 30 1234567',
  ].join('\n'),
  tsv: ['Vorname\tNachname\tStraße\tTelefon', 'Jürgen\tWeiß\tHauptstraße 5\t030 1234567', 'Anna\tSchmidt\tLindenweg 3\t'].join('\n'),
  semicolon: ['NOMBRE;APELLIDOS;DIRECCIÓN;MÓVIL', 'Lucía;Fernández García;Calle Mayor 5;612345678', 'Íñigo;Etxeberria;Calle Larios 52;'].join('\n'),
  markdown: ['Clients :', '', '| Nom | Prénom | Adresse | Tél. |', '|-----|--------|---------|------|', '| Dupont | Jean | 12 rue de la Paix | 01 23 45 67 89 |', '| Martin | Léa | 3 avenue Foch | |'].join('\n'),
  ascii: ['+----+--------------+-----------------+', '| id | customerName | shippingAddress |', '+----+--------------+-----------------+', '|  1 | Ann Lee      | 1 Main St       |', '|  2 | Bob Ray      | 2 High St       |', '+----+--------------+-----------------+'].join('\n'),
  psql: [' id | nombre | domicilio', '----+--------+-----------', '  1 | Ana    | Calle Sol 3', '  2 | Luis   | Calle Luna 4', '(2 rows)'].join('\n'),
  html: [
    '<table class="x">',
    '  <thead><tr><th>Patient</th><th>Address</th><th>DOB</th></tr></thead>',
    '  <tbody>',
    '    <tr><td>Ana Ruiz</td><td>Calle Sol 3</td><td>1985-03-15</td></tr>',
    '    <tr><td><b>Luis Gil</b></td><td>Calle Luna 4</td><td>1990-07-12</td></tr>',
    '  </tbody>',
    '</table>',
  ].join('\n'),
  sqlInsert: [
    'INSERT INTO `crm`.`customers` (`id`, `first_name`, `last_name`, "address", mobile)',
    'VALUES',
    "  (1, 'Ann', 'O''Brien', '1 Main St, Leeds', '07700 900123'),",
    "  (2, 'Bob', 'Lee', '2 High St', NULL);",
    "INSERT INTO users (id,name,email) VALUES (1,'Cy Young','cy@example.com'),(2,'Di Ross','di@example.com');",
    // The walk never read a table on the text's last line (see the test below).
    'COMMIT;',
  ].join('\n'),
  sqlColumnsOnePerLine: ['INSERT INTO klanten (', '  id,', '  voornaam,', '  achternaam,', '  adres', ') VALUES', "  (1, 'Sanne', 'de Jong', 'Keizersgracht 221'),", "  (2, 'Emre', 'Yılmaz', 'Oudegracht 14');"].join('\n'),
  sqlCreateTable: [
    'CREATE TABLE adherents (',
    '  matricule INT PRIMARY KEY,',
    '  client VARCHAR(120),',
    '  email VARCHAR(255),',
    '  voie VARCHAR(120)',
    ');',
    '',
    "INSERT INTO adherents VALUES (32410, 'RIVIÈRE Thomas', 'thomas@example.com', '22 rue Ernestine');",
    "INSERT INTO adherents VALUES (56473, 'DIALLO Aminata', 'aminata@example.net', '32, rue Ernestine');",
    'SELECT 1;',
  ].join('\n'),
  jsonPretty: JSON.stringify(
    { customers: [{ fullName: 'Ann Lee', email: 'ann@example.com', address: { street: '1 Main St', city: 'Leeds' }, phones: ['0612345678', '0687654321'] }], owner: 'Bob Ray' },
    null,
    2,
  ),
  jsonCompact: '[{"id":1,"first_name":"Ann","last_name":"Lee","street":"1 Main St"},{"id":2,"first_name":"Bob","last_name":"Ray","street":"2 High St"}]',
  yaml: ['customer:', '  name: Ann Lee', '  Straße: Hauptstraße 5', '  contacts:', '    - Bob Ray', '    - "Cy Young"', '  phone: 0612345678', 'kunde: Jürgen Weiß'].join('\n'),
  xml: '<patient>\n  <Nachname>Müller</Nachname>\n  <Vorname>Jürgen</Vorname>\n  <Anschrift>Hauptstraße 5, 10115 Berlin</Anschrift>\n  <ns2:email>j@example.de</ns2:email>\n</patient>',
  labelLines: [
    'Name: Tadhg Ó Súilleabháin',
    '**Address:** 12 Acacia Avenue, Leeds',
    'Nom : Dupont',
    'Prénom : Jean',
    'Teléfono: 612 345 678',
    'Dirección:',
    '  - Calle Mayor 5',
    'Nombre completo: María José Ruiz',
    'Account holder: Siobhan Ní Bhriain',
  ].join('\n'),
  mail: ['From: Oisín Brannigan <oisin@example.ie>', 'To: Aoife Byrne <aoife@example.ie>', 'Subject: invoice', '', 'De : Léa Martin <lea@example.fr>', 'À : Jean Dupont <jean@example.fr>', 'Objet : facture'].join('\n'),
  logs: [
    '2024-05-01T10:00:00Z INFO login ok customer_name="Ann Lee" ip=10.1.2.3',
    '2024-05-01T10:00:01Z WARN retry client=web owner=ops street=unknown',
    '{"ts":"2024-05-01T10:00:02Z","level":"info","customer":"Bob Ray","msg":"request completed"}',
  ].join('\n'),
  prose: 'Our customer Maria Schmidt called. The name of the street is long, and the client, who lives at 5 Main St, asked for a refund.\nPlease reply to Bob.',
};

describe('cells with label words: the same cells as reading every line', () => {
  for (const [format, text] of Object.entries(FORMATS)) {
    it.each(KINDS)(`${format}: %s labels`, (_kind, test, words) => {
      const { walk, search } = both(text, test, words);
      expect(search).toEqual(walk);
    });
  }

  it('finds something in every format (the fixtures are not vacuous)', () => {
    for (const [format, text] of Object.entries(FORMATS)) {
      if (format === 'prose') continue;
      const found = KINDS.flatMap(([, test, words]) => both(text, test, words).search);
      expect(found.length, format).toBeGreaterThan(0);
    }
  });

  it('case and spelling: NOMBRE, firstName, full_name, <Nachname>, "street", Straße, STRASSE, Prénom', () => {
    const text = [
      'NOMBRE;EMAIL',
      'Lucía Fernández;l@example.es',
      '',
      '{"firstName": "Ann", "full_name": "Ann Lee", "street": "1 Main St"}',
      '<Nachname>Müller</Nachname>',
      'Straße: Hauptstraße 5',
      'STRASSE: Lindenweg 3',
      'Prénom : Jean',
    ].join('\n');
    const names = both(text, isNameLabel, NAME_LABEL_WORDS);
    expect(names.search).toEqual(names.walk);
    expect(names.search.map((c) => c.replace(/^\d+ /, ''))).toEqual(['nombre=Lucía Fernández', 'first name=Ann', 'full name=Ann Lee', 'nachname=Müller', 'prénom=Jean']);
    const streets = both(text, isAddressLabel, ADDRESS_LABEL_WORDS);
    expect(streets.search).toEqual(streets.walk);
    expect(streets.search.map((c) => c.replace(/^\d+ /, ''))).toEqual(['street=1 Main St', 'straße=Hauptstraße 5', 'strasse=Lindenweg 3']);
  });

  it('a one-letter mail header (À, A) is read beside another header, not searched', () => {
    const text = 'De : Léa Martin <lea@example.fr>\nÀ : Jean Dupont <jean@example.fr>\n\nA: x\nla nota dice a: y';
    expect(both(text, isNameLabel, NAME_LABEL_WORDS).search.map((c) => c.replace(/^\d+ /, ''))).toEqual(['de=Léa Martin <lea@example.fr>', 'à=Jean Dupont <jean@example.fr>']);
  });

  it('also reads the last line of the text (a one-line INSERT there)', () => {
    const text = 'CREATE TABLE t (\n  id INT,\n  nombre VARCHAR(80)\n);\nINSERT INTO t VALUES (1, \'Ana Ruiz\');\nINSERT INTO t VALUES (2, \'Luis Gil\');';
    const { walk, search } = both(text, isNameLabel, NAME_LABEL_WORDS);
    expect(search.map((c) => c.replace(/^\d+ /, ''))).toEqual(['nombre=Ana Ruiz', 'nombre=Luis Gil']);
    expect(walk).toEqual(search);
  });
});

describe('ranges far below the header', () => {
  const rows = Array.from({ length: 6000 }, (_, i) => `${i},Person ${i},${i} Main Street,person${i}@example.com`);
  const csv = ['id,name,street_address,email', ...rows].join('\n');
  const at = (row: number) => csv.indexOf(`\n${row},`) + 1;

  it.each(KINDS)('CSV rows 5000–6000: %s cells as the walk reads them, header included', (_kind, test, words) => {
    const { walk, search } = both(csv, test, words, at(5000), csv.length);
    expect(search).toEqual(walk);
  });

  it('the name column of rows 5000–6000 is there, header 5,000 rows up', () => {
    const { search } = both(csv, isNameLabel, NAME_LABEL_WORDS, at(5000), at(5010));
    expect(search.map((c) => c.replace(/^\d+ /, ''))).toEqual(Array.from({ length: 10 }, (_, k) => `name=Person ${5000 + k}`));
  });

  const tuples = Array.from({ length: 3000 }, (_, i) => `  (${i}, 'Person ${i}', '${i} Main Street')`);
  const insert = `INSERT INTO customers (id, full_name, address) VALUES\n${tuples.join(',\n')};`;

  it('an INSERT of 3,000 tuples, from tuple 2,500 on', () => {
    const from = insert.indexOf('(2500,');
    for (const [, test, words] of KINDS) {
      const { walk, search } = both(insert, test, words, from, insert.length);
      expect(search).toEqual(walk);
    }
    expect(both(insert, isNameLabel, NAME_LABEL_WORDS, from, insert.indexOf('(2502,')).search.map((c) => c.replace(/^\d+ /, ''))).toEqual(['full name=Person 2500', 'full name=Person 2501']);
  });

  const statements = Array.from({ length: 2000 }, (_, i) => `INSERT INTO adherents VALUES (${i}, 'Person ${i}', '${i} rue Ernestine');`);
  const dump = ['CREATE TABLE adherents (', '  matricule INT PRIMARY KEY,', '  client VARCHAR(120),', '  voie VARCHAR(120)', ');', '', ...statements].join('\n');

  it('INSERTs without columns, a CREATE TABLE 1,500 statements up', () => {
    const from = dump.indexOf("(1500, 'Person");
    const to = dump.indexOf("(1503, 'Person");
    for (const [, test, words] of KINDS) {
      const { walk, search } = both(dump, test, words, from, to);
      expect(search).toEqual(walk);
    }
    expect(both(dump, isNameLabel, NAME_LABEL_WORDS, from, to).search.map((c) => c.replace(/^\d+ /, ''))).toEqual(['client=Person 1500', 'client=Person 1501', 'client=Person 1502']);
  });
});

describe('label words', () => {
  const found = (words: LabelWords, label: string) => {
    const text = `${label}: x`;
    return [...createFieldIndex(text).cells(() => true, 0, text.length, words)].length > 0;
  };

  it.each(['name', 'Name', 'NAME', 'firstName', 'first_name', 'Vorname', 'NACHNAME', 'Prénom', 'PRÉNOM', 'nombre', 'Apellidos', 'Kunde', 'Kundin', 'Expéditeur', 'Salarié', 'Employé', 'Empfänger', 'Cardholder', 'From', 'De', 'Para'])(
    'a name label is searched: %s',
    (label) => {
      expect(found(NAME_LABEL_WORDS, label)).toBe(true);
    },
  );

  it.each(['Address', 'ADDRESS', 'address_2', 'Lieferadresse', 'Anschrift', 'Postanschrift', 'Straße', 'STRASSE', 'STRAẞE', 'Dirección', 'direccion', 'Domicilio', 'Indirizzo', 'Calle', 'Straat', 'woonadres', 'shippingAddress'])(
    'an address label is searched: %s',
    (label) => {
      expect(found(ADDRESS_LABEL_WORDS, label)).toBe(true);
    },
  );

  it('whole words are found only as a whole label (not inside a word, not in prose)', () => {
    const words = labelWords([], ['to', 'de']);
    const labels = (text: string) => [...createFieldIndex(text).cells(() => true, 0, text.length, words)].map((c) => c.label.trim());
    expect(labels('To: Ann\nde: Bob')).toEqual(['to', 'de']);
    expect(labels('photo: x\nnode: y\nwent to the shop')).toEqual([]);
  });
});

describe('linear time', () => {
  const repeat = (unit: string, chars: number) => unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);
  const MB = 1024 * 1024;

  it.each([
    ['1 MB of `name,` on one line', repeat('name,', MB)],
    ['1 MB of `name,` lines', repeat('name,name,name\n', MB)],
    ['1 MB of `"name": ` keys on one line', repeat('"name": "Ann Lee", ', MB)],
    ['1 MB of `"name": ` key lines', repeat('  "name": "Ann Lee",\n', MB)],
    ['1 MB of `name` and no separator', repeat('name ', MB)],
    ['1 MB of `<name>` tags', repeat('<name>Ann</name>', MB)],
    ['1 MB of `Name:` then one long value', `Name: ${repeat('name ', MB)}`],
    ['1 MB of `customer` in prose', repeat('the customer said the client owner was the patient, ', MB)],
  ])('%s', (_name, text) => {
    const fields = createFieldIndex(text);
    const started = performance.now();
    for (const _ of fields.cells(isNameLabel, 0, text.length, NAME_LABEL_WORDS)) void _;
    // ~50–300 ms on a shared machine; a quadratic path (a search to the end of the line per word) takes minutes.
    expect(performance.now() - started).toBeLessThan(3000);
  });

  it('a 10 MB log costs one search pass and the lines with label words', () => {
    const unit = Array.from({ length: 50 }, (_, i) =>
      i % 10 === 0
        ? `2024-05-01T10:00:${String(i).padStart(2, '0')}Z INFO user=${i} customer_name="Ann Lee" ip=10.1.2.${i}`
        : `2024-05-01T10:00:${String(i).padStart(2, '0')}Z DEBUG request id=${i} path=/api/v1/items/${i} status=200 duration_ms=${i * 3}`,
    ).join('\n');
    const text = repeat(`${unit}\n`, 10 * MB);
    const fields = createFieldIndex(text);
    const started = performance.now();
    let n = 0;
    for (const _ of fields.cells(isNameLabel, 0, text.length, NAME_LABEL_WORDS)) n++;
    const elapsed = performance.now() - started;
    expect(n).toBeGreaterThan(10_000);
    // The full walk reads every key of every line: several seconds on this input.
    expect(elapsed).toBeLessThan(2000);
  });
});
