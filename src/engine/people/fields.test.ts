import { describe, expect, it } from 'vitest';
import type { LabelledCell } from '../fields/types';
import { normaliseLabel } from '../fields/normalise';
import { findNames } from './find-names';
import { nameLabelKind } from './labels';
import { labelLineIndex } from './testing/label-lines';

/**
 * Names in labelled fields. The real field index (src/engine/fields) is written in parallel; these
 * tests build the cells by hand (`labelLineIndex` plus explicit table cells) so the people rules are
 * tested against the interface. The lead re-runs them with the real index after merging.
 */

/** Cells of a CSV text: every value under its header, as the field index reports table cells. */
function csvCells(text: string): LabelledCell[] {
  const lines = text.split('\n');
  const headers = lines[0]!.split(',').map(normaliseLabel);
  const cells: LabelledCell[] = [];
  let offset = lines[0]!.length + 1;
  for (const line of lines.slice(1)) {
    // Split on commas outside double quotes.
    let start = 0;
    let column = 0;
    let quoted = false;
    for (let i = 0; i <= line.length; i++) {
      const c = line[i];
      if (c === '"') quoted = !quoted;
      if ((c === ',' && !quoted) || i === line.length) {
        cells.push({ label: headers[column]!, start: offset + start, end: offset + i });
        column++;
        start = i + 1;
      }
    }
    offset += line.length + 1;
  }
  return cells;
}

/** Names found, as text with their rule, using a field index that knows the given cells. */
function namesIn(text: string, cells: readonly LabelledCell[] = []): string[] {
  return findNames(text, 0, text.length, labelLineIndex(text, cells))
    .filter((f) => f.score >= 0.5)
    .map((f) => `${text.slice(f.start, f.end)} (${f.pattern}, ${f.near ?? ''})`);
}

describe('name labels', () => {
  it.each([
    [' name ', 'generic'],
    [' full name ', 'person'],
    [' customer name ', 'person'],
    [' first name ', 'part'],
    [' last name ', 'part'],
    [' prénom ', 'part'],
    [' nachname ', 'part'],
    [' apellidos ', 'part'],
    [' cognome ', 'part'],
    [' patient ', 'person'],
    [' kunde ', 'person'],
    [' account holder ', 'person'],
    [' from ', 'person'],
  ])('%s is a %s name label', (label, kind) => {
    expect(nameLabelKind(label)).toBe(kind);
  });

  it.each([' company name ', ' file name ', ' user name ', ' username ', ' product name ', ' patient id ', ' customer email ', ' host name ', ' street ', ' nom de fichier '])(
    '%s holds no person',
    (label) => {
      expect(nameLabelKind(label)).toBeUndefined();
    },
  );
});

describe('names in labelled fields', () => {
  it('reads a name column of a CSV export: capitals, "Last, First", lower case, unknown names', () => {
    const text = [
      'id,name,email,phone',
      '1,MARIE-CLAIRE DUBOIS,mcd@example.fr,+33 1 23 45 67 89',
      '2,"Okafor, Chidi",chidi@example.ng,+234 803 123 4567',
      '3,jürgen weiß,jw@example.de,+49 30 1234567',
      '4,Tadhg Ó Súilleabháin,tadhg@example.ie,+353 1 234 5678',
    ].join('\n');
    expect(namesIn(text, csvCells(text))).toEqual([
      'MARIE-CLAIRE DUBOIS (column, name)',
      'Okafor, Chidi (column, name)',
      'jürgen weiß (column, name)',
      'Tadhg Ó Súilleabháin (column, name)',
    ]);
  });

  it('reads first and last name columns word by word', () => {
    const text = ['first_name,last_name,city', 'Íñigo,Etxeberria,Bilbao', 'Aoife,Ní Bhriain,Galway'].join('\n');
    expect(namesIn(text, csvCells(text).map((c) => ({ ...c })))).toEqual([
      'Íñigo (column, first name)',
      'Etxeberria (column, last name)',
      'Aoife (column, first name)',
      'Ní Bhriain (column, last name)',
    ]);
  });

  it('does not read products, teams or placeholders in a bare `name` column', () => {
    const text = ['sku,name,price', 'A-1,Widget Pro,9.99', 'B-2,Blue Lamp,19.00', 'C-3,John Doe,0'].join('\n');
    expect(namesIn(text, csvCells(text))).toEqual([]);
  });

  it('reads a bare `name` column when the row has contact columns, or the name is known', () => {
    const people = ['name,email', 'Aoife Byrne,aoife@example.ie'].join('\n');
    expect(namesIn(people, csvCells(people))).toEqual(['Aoife Byrne (column, name)']);
    const known = ['name,price', 'Maria Schmidt,10'].join('\n');
    expect(namesIn(known, csvCells(known))).toEqual(['Maria Schmidt (column, name)']);
  });

  it('reads JSON keys and XML tags as the cells report them', () => {
    const text = '{"customer": "Siobhan Kealy", "note": "x"}\n<patient>María José Ruiz</patient>';
    const value = (v: string) => ({ start: text.indexOf(v), end: text.indexOf(v) + v.length });
    const cells: LabelledCell[] = [
      { label: ' customer ', ...value('Siobhan Kealy') },
      { label: ' note ', ...value('x"') },
      { label: ' patient ', ...value('María José Ruiz') },
    ];
    expect(namesIn(text, cells)).toEqual(['Siobhan Kealy (column, customer)', 'María José Ruiz (column, patient)']);
  });

  it('reads one-word values of part labels on `Label: value` lines', () => {
    const text = 'Nom : BERNARD\nPrénom : Élodie\nVorname: Jürgen\nNachname: Weiß\nNombre: Íñigo';
    expect(namesIn(text)).toEqual(['BERNARD (label, nom)', 'Élodie (label, prénom)', 'Jürgen (label, vorname)', 'Weiß (label, nachname)', 'Íñigo (label, nombre)']);
  });

  it('does not read values that are no names', () => {
    const text = 'Name: N/A\nName: test user\nCustomer: 4711\nFull name: jane.doe@example.com\nName: Acme GmbH';
    expect(namesIn(text)).toEqual([]);
  });
});
