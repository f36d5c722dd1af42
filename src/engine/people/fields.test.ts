import { describe, expect, it } from 'vitest';
import { createFieldIndex } from '../fields';
import { findNames } from './find-names';
import { nameLabelKind } from './labels';

/**
 * Names in labelled fields, read through the engine's field index (src/engine/fields): CSV columns,
 * JSON keys, XML tags and `Label: value` lines as the index reports them.
 */

/** Names found, as text with their rule and label. */
function namesIn(text: string): string[] {
  return findNames(text, 0, text.length, createFieldIndex(text))
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
    expect(namesIn(text)).toEqual([
      'MARIE-CLAIRE DUBOIS (column, name)',
      'Okafor, Chidi (column, name)',
      'jürgen weiß (column, name)',
      'Tadhg Ó Súilleabháin (column, name)',
    ]);
  });

  it('reads first and last name columns word by word', () => {
    const text = ['first_name,last_name,city', 'Íñigo,Etxeberria,Bilbao', 'Aoife,Ní Bhriain,Galway'].join('\n');
    expect(namesIn(text)).toEqual([
      'Íñigo (column, first name)',
      'Etxeberria (column, last name)',
      'Aoife (column, first name)',
      'Ní Bhriain (column, last name)',
    ]);
  });

  it('does not read products, teams or placeholders in a bare `name` column', () => {
    const text = ['sku,name,price', 'A-1,Widget Pro,9.99', 'B-2,Blue Lamp,19.00', 'C-3,John Doe,0'].join('\n');
    expect(namesIn(text)).toEqual([]);
  });

  it('reads a bare `name` column when the row has contact columns, or the name is known', () => {
    const people = ['name,email', 'Aoife Byrne,aoife@example.ie'].join('\n');
    expect(namesIn(people)).toEqual(['Aoife Byrne (column, name)']);
    const known = ['name,price', 'Maria Schmidt,10'].join('\n');
    expect(namesIn(known)).toEqual(['Maria Schmidt (column, name)']);
  });

  it('reads JSON keys and XML tags', () => {
    const text = '{"customer": "Siobhan Kealy", "note": "x"}\n<patient>María José Ruiz</patient>';
    expect(namesIn(text)).toEqual(['Siobhan Kealy (label, customer)', 'María José Ruiz (label, patient)']);
  });

  it('reads one-word values of part labels on `Label: value` lines', () => {
    const text = 'Nom : BERNARD\nPrénom : Élodie\nVorname: Jürgen\nNachname: Weiß\nNombre: Íñigo';
    expect(namesIn(text)).toEqual(['BERNARD (label, nom)', 'Élodie (label, prénom)', 'Jürgen (label, vorname)', 'Weiß (label, nachname)', 'Íñigo (label, nombre)']);
  });

  it('does not read values that are no names', () => {
    const text = 'Name: N/A\nName: test user\nCustomer: 4711\nFull name: jane.doe@example.com\nName: Acme GmbH';
    expect(namesIn(text)).toEqual([]);
  });

  it('reads compound and multi-part labels: Kundenname, Vor- und Nachname, nom_prenom, display name', () => {
    const text = [
      'kundennr;kundenname;e_mail',
      '77849;VAN DIJK Ilse;ilse@example.com',
      '',
      'id,Vor- und Nachname,E-Mail',
      '1,"Grünewald, Hannelore",hg@example.com',
      '',
      'num_client,nom_prenom,courriel',
      '2,LE GOFF Gwenaëlle,glg@example.fr',
      '',
      'customer_id,display_name,mobile',
      '3,"Clarke, Keisha",+61 491 570 376',
    ].join('\n');
    expect(namesIn(text)).toEqual([
      'VAN DIJK Ilse (column, kundenname)',
      'Grünewald, Hannelore (column, vor und nachname)',
      'LE GOFF Gwenaëlle (column, nom prenom)',
      'Clarke, Keisha (column, display name)',
    ]);
  });

  it('reads the unknown names of a bare `name` column whose values are mostly known names', () => {
    const text = ['id,name,card_number', '1,Héloïse Lambert,4111', '2,Xiaoling Zhou,4242', '3,Lena Maier,5555'].join('\n');
    expect(namesIn(text)).toEqual(['Héloïse Lambert (column, name)', 'Xiaoling Zhou (column, name)', 'Lena Maier (column, name)']);
  });

  it('decides a bare `name` column by its own values, not by other tables with the same header', () => {
    const text = [
      'id,name,card_number',
      '1,Héloïse Lambert,4111',
      '2,Lena Maier,5555',
      '',
      '{"items": [',
      '  {"sku": "SKU-1", "price": 3.5, "name": "Helix CRM"},',
      '  {"sku": "SKU-2", "price": 1.6, "name": "Nimbus Pro"}',
      ']}',
    ].join('\n');
    expect(namesIn(text)).toEqual(['Héloïse Lambert (column, name)', 'Lena Maier (column, name)']);
  });

  it('keeps name syllables that are stop words elsewhere, and accented particles as names', () => {
    const text = ['id,full_name,email', '1,Lê Văn An,an@example.com', '2,Hoàng Thu Hương,h@example.com', '3,Mei Chen,mc@example.com'].join('\n');
    expect(namesIn(text)).toEqual(['Lê Văn An (column, full name)', 'Hoàng Thu Hương (column, full name)', 'Mei Chen (column, full name)']);
  });

  it('reads SQL doubled quotes and drops a title from the span', () => {
    const text = "INSERT INTO clients (id, full_name) VALUES\n  (1, 'Rosaria Dell''Acqua'),\n  (2, 'Monsieur Jun Zhang');";
    expect(namesIn(text)).toEqual(["Rosaria Dell''Acqua (column, full name)", 'Jun Zhang (column, full name)']);
  });

  it('ends the name of a `Label:` line before a comma, bracket or dash', () => {
    const text = 'Contacto de emergencia: Chen Yang, 692 07 33 51\nTo: Łukasz Wójcik <lw@example.net>';
    expect(namesIn(text)).toEqual(['Chen Yang (label, contacto de emergencia)', 'Łukasz Wójcik (label, to)']);
  });

  it('does not read bots, types, samples, firms or streets in name fields', () => {
    const text = [
      "INSERT INTO jobs (job, owner) VALUES ('deploy', 'jarvis'), ('nightly', 'siri-shortcuts');",
      'const u = createUser({ firstName: "Max", lastName: "Mustermann" });',
      'type Person = { firstName: string; lastName: string };',
      'Name: z. B. Otto Normalverbraucher',
      'Remitente: Talleres Navarro S.A., Calle Larios, 52',
      'name,email',
      'Rue de la Paix,contact@example.fr',
    ].join('\n');
    expect(namesIn(text)).toEqual([]);
  });
});
