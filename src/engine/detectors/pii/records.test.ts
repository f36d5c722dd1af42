import { describe, expect, it } from 'vitest';
import { createScanner } from '../../scan';
import { ALL_DETECTORS } from '../index';
import { fieldNounBefore } from './shared';

/**
 * PII in customer records as people paste them: values whose context is a column name spelt the way
 * exports spell it, birth verbs in the four languages, numbers written in their country's own format.
 * Each case names the exact value that must (or must not) be found with its type.
 */
const scanner = createScanner(ALL_DETECTORS);
const found = (text: string, type: string) =>
  scanner
    .scan(text)
    .filter((f) => f.type === type)
    .map((f) => text.slice(f.start, f.end));

describe('dates of birth', () => {
  it.each([
    ['Nací el 1999-01-11, ¿cuándo podré jubilarme?', ['1999-01-11']],
    ['Mi madre nació el 16/07/1952 en Cádiz.', ['16/07/1952']],
    ['Je suis née à Lyon le 12/03/1985.', ['12/03/1985']],
    ['Sono nato a Roma il 04/05/1977.', ['04/05/1977']],
    // Column names as exports spell them (a header only counts when one of its spellings is a keyword).
    ['CREATE TABLE c (\n  id INT,\n  nombre VARCHAR(80),\n  fecha_nac DATE\n);\nINSERT INTO c VALUES (1, \'Ana\', \'1968-12-26\');\nINSERT INTO c VALUES (2, \'Luis\', \'1951-06-08\');', ['1968-12-26', '1951-06-08']],
    ['| id | vorname | geb_datum  |\n|----|---------|------------|\n| 1  | Felix   | 1979-04-05 |\n| 2  | Heike   | 2004-09-13 |', ['1979-04-05', '2004-09-13']],
    ['mitarbeiter:\n- id: 1\n  kunde: KAYA Zeynep\n  geb_datum: "12.06.1979"\n  idnr: "80034265918"', ['12.06.1979']],
    ['Kunden-Nr.,Name,Geb.-Datum,Steuer-IdNr.\n1,Joost Visser,16.01.1992,74382671501\n2,Noor Hendriks,02.08.1991,25931448072', ['16.01.1992', '02.08.1991']],
    ['klantnr;naam;geboortedatum\n1;Sanne de Jong;14-02-1988', ['14-02-1988']],
  ])('%j', (text, dates) => expect(found(text, 'DATE_OF_BIRTH')).toEqual(dates));

  it.each([
    'Día de la nación: 12/03/1985',
    'La internacional 12/03/1985',
    'Kunden-Nr.,Name,Kunde seit\n1,Joost Visser,16.01.1992',
    'fnac_order,date\n1,2021-03-04',
  ])('no birth date in %j', (text) => expect(found(text, 'DATE_OF_BIRTH')).toEqual([]));
});

describe('phone numbers', () => {
  it.each([
    // Trunk numbers in libphonenumber's national format for NL and DE (3-3-4): not NANP numbers.
    ['Bel me op 020 997 5625 of mail.', ['020 997 5625']],
    ['Zentrale Berlin: 030 350 9014', ['030 350 9014']],
    ['kundennr;name;handy\n1;Pieter;010 819 2355\n2;Lotte;020 403 7292', ['010 819 2355', '020 403 7292']],
    // NANP and Italian mobiles (also written 3-3-4).
    ['US office: (415) 555-2671', ['(415) 555-2671']],
    ['| id | movil |\n|----|-------|\n| 1 | 320 046 1387 |', ['320 046 1387']],
    // Possible numbers in columns named like phones (contact number, mobil, telefoon).
    [
      'id,name,contact_number,dob\n1,Niamh,+1 721 944 8576,2004-10-14\n2,Sarah,4155550177,1975-07-08\n3,Omar,991.731.2074,1990-04-17',
      ['+1 721 944 8576', '4155550177', '991.731.2074'],
    ],
    ['INSERT INTO k (id, naam, mobil) VALUES\n  (1, \'Felix\', \'017683631679\'),\n  (2, \'Jutta\', \'031216 8357\');', ['017683631679', '031216 8357']],
    ['CREATE TABLE klanten (\n  id integer,\n  naam varchar(80),\n  telefoon varchar(15)\n);\nINSERT INTO klanten VALUES (1, \'Sanne\', \'0626789286\');', ['0626789286']],
  ])('%j', (text, phones) => expect(found(text, 'PHONE')).toEqual(phones));

  it.each([
    'epoch 1700000000 and order 4155552671',
    'value 123-456-7890 (not a real area code)',
  ])('no phone in %j', (text) => expect(found(text, 'PHONE')).toEqual([]));

  it('a contact_id column holds no phones (rows beyond the header\'s context window)', () => {
    const text = `id,contact_id,name\n${Array.from({ length: 8 }, (_, i) => `${i},415555017${i},Ann Smith`).join('\n')}`;
    expect(found(text, 'PHONE').filter((v) => text.indexOf(v) > 80)).toEqual([]);
  });
});

describe('numbers named as something else', () => {
  it.each([
    // A routing, TFN, SSN or BSN word nearby does not make the account number one.
    ['Our bank details changed: routing number 126605114, account 019427690.', 'US_BANK_ROUTING', ['126605114']],
    ['TFN: 308086738 ABA routing number: 318471321 Account number: 62455526 Salary: $47,000', 'AU_TFN', ['308086738']],
    ['SSN: 123-04-3149 Routing number: 302903957 Account number: 636832901', 'US_SSN', ['123-04-3149']],
    ['BSN: 510214277 RTN: 051969268 Account number: 726384781', 'NL_BSN', ['510214277']],
    // References, articles, SIRET and IDs that happen to be valid phone numbers somewhere.
    ['Las referencias 0542-430-386 y SO-LD188754 vuelven a estar disponibles.', 'PHONE', []],
    ['Die Artikel 0593-376-656 und 658-9661201-7806922 sind ab Montag lieferbar.', 'PHONE', []],
    ['Part numbers 0586-689-927 and SO-BF744379 are back in stock.', 'PHONE', []],
    ['Notre SIRET : 030 425 511 75187, TVA FR37633384787.', 'PHONE', []],
    ['Phone: +15035550107 Social Security Number: 813 88 9355 Salary: $89,000', 'PHONE', ['+15035550107']],
    ['tel: "027 7721 7566"\nnhs_no: "607 966 5255"', 'PHONE', ['027 7721 7566']],
    ['<phone_number>02079460187</phone_number> <NHSNumber>436 832 6709</NHSNumber>', 'PHONE', ['02079460187']],
    ['<phone_number>02079460187</phone_number> <NHSNumber>436 832 6709</NHSNumber>', 'UK_NHS', ['436 832 6709']],
    // The groups of a mistyped IBAN are no phone and no card.
    ['I tried to update the IBAN to GB09 JNXC 0384 6170 7340 42 but the form says it is invalid.', 'PHONE', []],
    ['Intenté poner el IBAN PT97 2493 9401 0539 2192 9844 6 pero el formulario dice que no es válido.', 'CREDIT_CARD', []],
    // Still found: a phone after a name ending in -no, an account holder's SSN.
    ['Call Bruno 020 7946 0958 tomorrow.', 'PHONE', ['020 7946 0958']],
    ['SSN of the account holder: 536-90-1234', 'US_SSN', ['536-90-1234']],
  ])('%j: %s %j', (text, type, values) => expect(found(text, type)).toEqual(values));
});

describe('IP addresses', () => {
  it('the client a proxy forwarded counts in its log line; the proxy itself stays below the threshold', () => {
    const log = [
      '10.12.0.7 forwarded 172.16.44.9 - - [03/May/2025:04:12:09 +0000] "POST /login HTTP/1.1" 403 0',
      '10.12.0.8 forwarded fd10:2cd5:f3d8:9358::d0cc - - [03/May/2025:04:13:40 +0000] "GET /admin HTTP/1.1" 403 0',
    ].join('\n');
    expect(found(log, 'IP_ADDRESS')).toEqual(['172.16.44.9', 'fd10:2cd5:f3d8:9358::d0cc']);
  });

  it('a private address in an IP column is an IP, not a phone', () => {
    const text = 'id,name,dni,last_login_ip,phone\n1,Lucía Sánchez,76074362-E,192.168.27.67,+34 917 04 85 18\n2,José Luis López,04225003H,10.220.61.249,+34910491357';
    expect(found(text, 'IP_ADDRESS')).toEqual(['192.168.27.67', '10.220.61.249']);
    expect(found(text, 'PHONE')).toEqual(['+34 917 04 85 18', '+34910491357']);
  });
});

describe('fieldNounBefore', () => {
  it.each([
    ['routing number 126605114, account ', 'account'],
    ['Account number: ', 'account'],
    ['account_no=', 'account'],
    ['Les références ', 'références'],
    ['<NHSNumber>', 'nhsnumber'],
    ['nhs_no: "', 'nhs'],
    ['Notre SIRET : ', 'siret'],
    ['Tél. n° ', 'tél'],
  ])('%j → %j', (before, noun) => expect(fieldNounBefore(before)).toBe(noun));
  it.each(['1,Order,', 'a|b|', '', '12 '])('%j → none (a field ends at , | and tabs)', (before) => expect(fieldNounBefore(before)).toBeUndefined());
});

describe('SWIFT/BIC in tables', () => {
  it('a bank header is context for its own column, not for an all-caps surname in the same row', () => {
    const text = 'id,nachname,iban,bank,bic\n1,HOFFMANN,DE89370400440532013000,Deutsche Bank,DEUTDEFF\n2,BERGMANN,DE89370400440532013000,Deutsche Bank,COBADEFF';
    expect(found(text, 'SWIFT_BIC')).toEqual(['DEUTDEFF', 'COBADEFF']);
  });
  it.each([
    ['Payment details: BIC DEUTDEFF', ['DEUTDEFF']],
    ['Bankverbindung: Commerzbank, IBAN DE89 3704 0044 0532 0130 00, BIC COBADEFF', ['COBADEFF']],
    ['{"bank": {"bic": "COBADEFF", "owner": "HOFFMANN"}}', ['COBADEFF']],
  ])('%j', (text, codes) => expect(found(text, 'SWIFT_BIC')).toEqual(codes));
});

describe('IP addresses the numeric lexer joins to their neighbours', () => {
  it.each([
    ['peers 81.2.69.160 81.2.69.161 81.2.69.162', ['81.2.69.160', '81.2.69.161', '81.2.69.162']],
    ['May 11 17:40:25 gw dnsmasq-dhcp[1506]: DHCPACK(br0) 172.29.154.42 0233.0127.268e laptop-mariama', ['172.29.154.42']],
    // A host named phone-… on the line: the address is still an IP, not a phone number.
    ['Nov 26 12:51:05 gw dnsmasq-dhcp[1883]: DHCPACK(br0) 172.18.234.43 9A:D4:73:22:70:1F phone-consuelo', ['172.18.234.43']],
  ])('%j', (text, ips) => {
    expect(found(text, 'IP_ADDRESS')).toEqual(ips);
    expect(found(text, 'PHONE')).toEqual([]);
  });
});
