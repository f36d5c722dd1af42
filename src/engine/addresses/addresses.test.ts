import { describe, expect, it } from 'vitest';
import { createScanner } from '../scan';
import { postalAddress } from './detector';

/**
 * Street lines per country family: the span found, its rule and its score band. Street names are
 * invented or public landmarks; postcodes follow each country's published format.
 */
const scanner = createScanner([postalAddress]);
const found = (text: string) => scanner.scan(text).map((f) => ({ value: text.slice(f.start, f.end), pattern: f.why?.pattern, score: f.score, near: f.why?.near }));

type Case = readonly [name: string, text: string, value: string, pattern: string];

const US_CA_AU: readonly Case[] = [
  ['US street, city, state, ZIP', 'Ship to 1600 Pennsylvania Avenue NW, Washington, DC 20500.', '1600 Pennsylvania Avenue NW, Washington, DC 20500', 'street+postcode'],
  ['directional before an ordinal', 'Office: 55 W 46th St, New York, NY 10036', '55 W 46th St, New York, NY 10036', 'street+postcode'],
  ['ZIP+4, no comma before the state', 'Mail to 2200 Pennsylvania Ave NW, Washington DC 20037-1701', '2200 Pennsylvania Ave NW, Washington DC 20037-1701', 'street+postcode'],
  ['unit after the street', 'Customer address: 1234 Elm St Apt 5B, Austin, TX 78701', '1234 Elm St Apt 5B, Austin, TX 78701', 'street+postcode'],
  ['suite with a comma', 'Invoice: 3100 Market Street, Suite 200, Philadelphia, PA 19104', '3100 Market Street, Suite 200, Philadelphia, PA 19104', 'street+postcode'],
  ['city and state on the next line', 'John Carter\n88 Pine Ridge Rd\nBoulder, CO 80302', '88 Pine Ridge Rd\nBoulder, CO 80302', 'street+postcode'],
  ['street alone in prose', 'The package was left at 17 N Maple Ave instead.', '17 N Maple Ave', 'street'],
  ['cue word, no postcode', 'My address is 19 Cherry Hill Circle.', '19 Cherry Hill Circle', 'street+cue'],
  ['city closing a form line', 'Name: Michael Reid\nAddress: 42 Elm Street, Springfield\nBirth date: 1980-01-01', '42 Elm Street, Springfield', 'street+cue'],
  ['no city taken mid-sentence', 'We met at 42 Elm Street, Springfield was sunny.', '42 Elm Street', 'street'],
  ['Canada, province and postal code', 'Head office: 100 Queen St W, Toronto, ON M5H 2N2', '100 Queen St W, Toronto, ON M5H 2N2', 'street+postcode'],
  ['Canada, French type', 'Bureau : 1250 boulevard René-Lévesque Ouest, Montréal, QC H3B 4W8', '1250 boulevard René-Lévesque Ouest, Montréal, QC H3B 4W8', 'street+postcode'],
  ['Australia, state and postcode', 'Deliver to 12 Smith Street, Fitzroy VIC 3065', '12 Smith Street, Fitzroy VIC 3065', 'street+postcode'],
  ['Australia, unit/number', 'She rents 2/14 Beach Rd, Bondi NSW 2026', '2/14 Beach Rd, Bondi NSW 2026', 'street+postcode'],
  ['US state without ZIP after a comma', 'She lives at 3 Briar Patch Ct, Charlotte, NC', '3 Briar Patch Ct, Charlotte, NC', 'street+postcode'],
];

const UK: readonly Case[] = [
  ['house number with a letter', 'He lives at 221B Baker Street, London NW1 6XE.', '221B Baker Street, London NW1 6XE', 'street+postcode'],
  ['city and postcode on their own lines', 'Please post it to 10 Downing Street\nLondon\nSW1A 2AA', '10 Downing Street\nLondon\nSW1A 2AA', 'street+postcode'],
  ['SW1A 1AA shape', 'Visit 1 Birdcage Walk, London SW1A 1AA today', '1 Birdcage Walk, London SW1A 1AA', 'street+postcode'],
  ['short outward code', 'Office: 1 Piccadilly Gardens, Manchester M1 1RG', '1 Piccadilly Gardens, Manchester M1 1RG', 'street+postcode'],
  ['two-word type, name starting with The', 'Address line 1: 9 The Crescent', '9 The Crescent', 'street+cue'],
];

const FR: readonly Case[] = [
  ['bis and a connector chain', 'Adresse : 12 bis rue de la Paix, 75002 Paris', '12 bis rue de la Paix, 75002 Paris', 'street+postcode'],
  ['comma after the number', 'Le client habite au 3, place Bellecour à Lyon.', '3, place Bellecour', 'street+cue'],
  ['abbreviated type, capitals city', 'Siège : 10 bd Haussmann 75009 PARIS', '10 bd Haussmann 75009 PARIS', 'street+postcode'],
  ['elided name', "Rendez-vous au 2 quai d'Orsay demain.", "2 quai d'Orsay", 'street'],
  ['postcode on the next line', 'Nouvelle adresse : 120 rue du Faubourg Saint-Honoré\n75008 Paris', '120 rue du Faubourg Saint-Honoré\n75008 Paris', 'street+postcode'],
  ['Cedex', 'Écrire au 5 avenue Foch, 75116 Paris Cedex 16', '5 avenue Foch, 75116 Paris Cedex 16', 'street+postcode'],
  ['Belgium, four-digit postcode', 'Envoyez au 10 rue Neuve, 1000 Bruxelles', '10 rue Neuve, 1000 Bruxelles', 'street+postcode'],
];

const DE_AT_CH: readonly Case[] = [
  ['compound -straße', 'Kunde: Maria Schmidt, Hauptstraße 12, 10115 Berlin', 'Hauptstraße 12, 10115 Berlin', 'street+postcode'],
  ['hyphenated -Allee with a letter', 'Lieferadresse: Karl-Marx-Allee 34a', 'Karl-Marx-Allee 34a', 'street+cue'],
  ['abbreviated Str.', 'Die Rechnung geht an Musterstr. 5, 50667 Köln.', 'Musterstr. 5, 50667 Köln', 'street+postcode'],
  ['type as its own word', 'Büro: Mariahilfer Straße 45, 1060 Wien', 'Mariahilfer Straße 45, 1060 Wien', 'street+postcode'],
  ['compound -weg, postcode on the next line', 'Rechnung an Lindenweg 3\n80331 München', 'Lindenweg 3\n80331 München', 'street+postcode'],
  ['Swiss -strasse', 'Versandadresse: Seestrasse 15, 8002 Zürich', 'Seestrasse 15, 8002 Zürich', 'street+postcode'],
  ['Am … with a postcode', 'Praxis: Am Markt 3, 28195 Bremen', 'Am Markt 3, 28195 Bremen', 'street+postcode'],
  ['Unter den …', 'Wir sind umgezogen: Unter den Linden 77, 10117 Berlin', 'Unter den Linden 77, 10117 Berlin', 'street+postcode'],
  ['wohnt in der … (cue, prose after)', 'Er wohnt in der Friedrichstraße 123 in Berlin.', 'Friedrichstraße 123', 'street+cue'],
  ['weak ending with a postcode', 'Abholung: Kurfürstendamm 21, 10719 Berlin', 'Kurfürstendamm 21, 10719 Berlin', 'street+postcode'],
];

const ES: readonly Case[] = [
  ['comma before the number, floor and door', 'Dirección: Calle de Alcalá, 45, 3º B, 28013 Madrid', 'Calle de Alcalá, 45, 3º B, 28013 Madrid', 'street+postcode'],
  ['C/ and izq.', 'Envíe el pedido a C/ Mayor 5, 2º izq., 28013 Madrid', 'C/ Mayor 5, 2º izq., 28013 Madrid', 'street+postcode'],
  ['Avda. abbreviation', 'Envío: Avda. Diagonal 640, 08017 Barcelona', 'Avda. Diagonal 640, 08017 Barcelona', 'street+postcode'],
  ['type word as the name', 'Domicilio en Camino de Ronda 120, 18003 Granada.', 'Camino de Ronda 120, 18003 Granada', 'street+postcode'],
  ['lower-case calle with a cue, city closing the sentence', 'Vive en la calle Serrano 41, Madrid.', 'calle Serrano 41, Madrid', 'street+cue'],
  ['Catalan carrer', 'Carrer de Mallorca 401, 08013 Barcelona', 'Carrer de Mallorca 401, 08013 Barcelona', 'street+postcode'],
];

const IT: readonly Case[] = [
  ['province after the city', 'Indirizzo: Via Roma 12, 00184 Roma RM', 'Via Roma 12, 00184 Roma RM', 'street+postcode'],
  ['province in parentheses', 'Consegna: Viale dei Mille 5, 20129 Milano (MI)', 'Viale dei Mille 5, 20129 Milano (MI)', 'street+postcode'],
  ['Roman numeral in the name', 'Sede in Corso Vittorio Emanuele II 18, 10123 Torino.', 'Corso Vittorio Emanuele II 18, 10123 Torino', 'street+postcode'],
  ['comma and dash', 'Abita in Via Dante Alighieri, 7 - 50122 Firenze', 'Via Dante Alighieri, 7 - 50122 Firenze', 'street+postcode'],
  ['lower-case via needs a cue', 'Abito in via Garibaldi 3 a Bologna.', 'via Garibaldi 3', 'street+cue'],
  ['piazza, no postcode', 'Ci vediamo in Piazza Navona 45 alle otto.', 'Piazza Navona 45', 'street'],
];

const NL: readonly Case[] = [
  ['gracht and a Dutch postcode', 'Bezorgadres: Keizersgracht 123, 1015 CJ Amsterdam', 'Keizersgracht 123, 1015 CJ Amsterdam', 'street+postcode'],
  ['postcode without a space', 'Factuur: Coolsingel 40, 3011AD Rotterdam', 'Coolsingel 40, 3011AD Rotterdam', 'street+postcode'],
  ['type first with van', 'Stuur het naar Laan van Meerdervoort 200, 2517 BJ Den Haag', 'Laan van Meerdervoort 200, 2517 BJ Den Haag', 'street+postcode'],
  ['compound -kade after an adjective', 'Adres: Prins Hendrikkade 12, 1012 AB Amsterdam', 'Prins Hendrikkade 12, 1012 AB Amsterdam', 'street+postcode'],
  ['woont op (cue)', 'Hij woont op de Oudegracht 150 in Utrecht.', 'Oudegracht 150', 'street+cue'],
  ['Flemish steenweg', 'Levering: Kortrijksesteenweg 1100, 9051 Gent', 'Kortrijksesteenweg 1100, 9051 Gent', 'street+postcode'],
];

/**
 * Shapes each country writes that need more than a type word right next to the number: number marks
 * after a comma, floors with a dash, abbreviations, Belgian type-first lines, plot letters, hyphenated
 * and Swiss compounds, country-prefixed postcodes, units on their own line, a street name without any
 * street word when a postcode and city follow it in an address block.
 */
const MORE: readonly Case[] = [
  ['ES nº after a comma, floor with a dash', 'Remitente: Calle del Carmen, nº 25, 3º-4ª, 28013 Madrid', 'Calle del Carmen, nº 25, 3º-4ª, 28013 Madrid', 'street+postcode'],
  ['ES c/ and nº', 'Vivo en c/ Real, nº 184 desde mayo.', 'c/ Real, nº 184', 'street+cue'],
  ['ES C. abbreviation, postcode on the next line', 'Enviar a:\nSr. D. Gennaro D\'Angelo\nC. de Goya 159\n26005 Logroño', 'C. de Goya 159\n26005 Logroño', 'street+postcode'],
  ['ES Pº, floor and door words', 'El paquete se dejó en Pº de la Castellana 23, piso 3, puerta 1, 26007 Logroño aunque', 'Pº de la Castellana 23, piso 3, puerta 1, 26007 Logroño', 'street+postcode'],
  ['ES Galician rúa', 'Sr. Javier Puig\nRúa do Franco, 42, bajo\n15705 Santiago de Compostela', 'Rúa do Franco, 42, bajo\n15705 Santiago de Compostela', 'street+postcode'],
  ['ES Gran Vía', 'Oficina: Gran Vía, nº 14\n08041 Barcelona', 'Gran Vía, nº 14\n08041 Barcelona', 'street+postcode'],
  ['DE hyphenated -Ring, D- postcode', 'Lieferung an Konrad-Adenauer-Ring 1, D-30288 Hannover', 'Konrad-Adenauer-Ring 1, D-30288 Hannover', 'street+postcode'],
  ['DE -steig', 'Müller & Partner GmbH\nTulpensteig 153\n35394 Gießen', 'Tulpensteig 153\n35394 Gießen', 'street+postcode'],
  ['DE plot letter', 'Neue Anschrift: Mühlenstraße 26 a, 37083 Göttingen', 'Mühlenstraße 26 a, 37083 Göttingen', 'street+postcode'],
  ['DE building part', 'Björn Vogt\nKurfürstendamm 18, Hinterhaus\n50797 Köln', 'Kurfürstendamm 18, Hinterhaus\n50797 Köln', 'street+postcode'],
  ['DE prose after the number', 'Empfänger unter Schanzenstraße 135 nicht ermittelbar.', 'Schanzenstraße 135', 'street+cue'],
  ['AT door numbers', 'Absender: Wiedner Hauptstraße 33/2/2, 3100 St. Pölten', 'Wiedner Hauptstraße 33/2/2, 3100 St. Pölten', 'street+postcode'],
  ['CH -quai, CH- postcode', 'Transports Durand\nLimmatquai 8\nCH-8408 Winterthur', 'Limmatquai 8\nCH-8408 Winterthur', 'street+postcode'],
  ['DE no street word, block', 'EMPFÄNGER:\nHeike Baumgärtner\nGroße Bleichen 31\n44200 Dortmund', 'Große Bleichen 31\n44200 Dortmund', 'street+postcode'],
  ['CH no street word, after the sender', 'ABSENDER: Müller & Partner GmbH, Spalenberg 23, CH-6005 Luzern', 'Spalenberg 23, CH-6005 Luzern', 'street+postcode'],
  ['BE type first, number last', 'Nova Conseil SAS\nRue des Bouchers 2\n9000 Gent', 'Rue des Bouchers 2\n9000 Gent', 'street+postcode'],
  ['FR glued bis and a comma', 'EXPÉDITEUR: Atelier Lumière SARL, 53bis, rue Paul Bert, 51100 Reims', '53bis, rue Paul Bert, 51100 Reims', 'street+postcode'],
  ['FR letter suffix', 'ancienne adresse 46 B route de Lyon, 31480 TOULOUSE', '46 B route de Lyon, 31480 TOULOUSE', 'street+postcode'],
  ['FR ter and a comma', 'Mohamed Cherkaoui\n10 ter, impasse des Acacias, 31440 Toulouse', '10 ter, impasse des Acacias, 31440 Toulouse', 'street+postcode'],
  ['NL roman addition', 'Dr Meenakshi Nair\nKerkstraat 7-III\n3565 KC Utrecht', 'Kerkstraat 7-III\n3565 KC Utrecht', 'street+postcode'],
  ['NL no street word, Dutch postcode', 'Lieferanschrift:\nFrauke Schulze\nDamrak 54\n2331 PV Leiden', 'Damrak 54\n2331 PV Leiden', 'street+postcode'],
  ['NL prose after the number', 'I moved to Kerkstraat 141 last month, which forms do I need?', 'Kerkstraat 141', 'street+cue'],
  ['EN full stop then a sentence', 'Delivery failed, recipient not known at 18 Lark Grove. Parcel held at depot.', '18 Lark Grove', 'street+cue'],
  ['US dotted directional and D.C.', 'Office: 1600 Pennsylvania Ave. N.W., Washington, D.C. 20500', '1600 Pennsylvania Ave. N.W., Washington, D.C. 20500', 'street+postcode'],
  ['ES sin número', 'Museo: Paseo del Prado s/n, 28014 Madrid', 'Paseo del Prado s/n, 28014 Madrid', 'street+postcode'],
  ['IT n. before the number', 'Indirizzo: Via Roma n. 12, 00184 Roma', 'Via Roma n. 12, 00184 Roma', 'street+postcode'],
  ['FR typed in lower case, with a cue', 'il habite au 12 rue de la gare à Lyon', '12 rue de la gare', 'street+cue'],
  ['DE floor and side', 'Lieferadresse: Lessingstraße 12, 3. OG links, 80336 München', 'Lessingstraße 12, 3. OG links, 80336 München', 'street+postcode'],
  ['US unit on its own line', 'Blue Harbor Software\n109 Old Mill Drive\nUnit 7\nAlbuquerque, NM 87105', '109 Old Mill Drive\nUnit 7\nAlbuquerque, NM 87105', 'street+postcode'],
];

describe.each([
  ['US, CA, AU', US_CA_AU],
  ['UK', UK],
  ['FR, BE, CH', FR],
  ['DE, AT, CH', DE_AT_CH],
  ['ES', ES],
  ['IT', IT],
  ['NL, BE', NL],
  ['more shapes', MORE],
])('%s street lines', (_family, cases) => {
  it.each(cases)('%s', (_name, text, value, pattern) => {
    const got = found(text);
    expect(got.map((f) => [f.value, f.pattern])).toEqual([[value, pattern]]);
    const score = got[0]!.score;
    if (pattern === 'street') expect(score).toBe(0.6);
    else expect(score).toBeGreaterThanOrEqual(0.75);
  });
});

describe('not addresses', () => {
  it.each([
    ['a count of things', 'I bought 2 road bikes last week.'],
    ['a release and a branch', 'Release 12 Main branch is frozen.'],
    ['a year and a title', '2020 Street Fighter tournament results'],
    ['a city alone', 'The office is in Berlin.'],
    ['a postcode and city alone', 'Das Rathaus liegt in 10115 Berlin.'],
    ['a UK postcode alone', 'SW1A 1AA'],
    ['a US city, state and ZIP alone', 'Springfield, IL 62701'],
    ['a PO box alone', 'PO Box 1234'],
    ['a version string', 'Upgrade to version 2.12 Main Street edition'],
    ['code', 'const street = rows[12].main; // 12 Main'],
    ['a log line', '2024-01-15 10:23:45 INFO 12 Main workers started'],
    ['a stack frame', 'at com.acme.Main.run(Main.java:12)'],
    ['JSON numbers', '{"qty": 4, "price": 12.5, "street": null}'],
    ['a title followed by more title', 'Chapter 5 The Long Road Home'],
    ['a year before a street', 'In 1999 Main Street was repaved.'],
    ['a German room', 'Im Raum 12 findet das Meeting statt.'],
    ['a parking space', 'Parkplatz 12 ist reserviert.'],
    ['a platform', 'Gleis 9 fällt heute aus.'],
    ['French count of streets', '3 rues plus loin, il y a une boulangerie.'],
    ['French seats', 'Il reste 3 places disponibles pour samedi.'],
    ['Spanish chapter', 'Capítulo 12: Plaza de toros'],
    ['Italian cause', 'Per via di 3 motivi abbiamo rinviato.'],
    ['a route number', 'Route 66 is a famous highway.'],
    ['a gate', 'Meet at Gate 12 Terminal B.'],
    ['lower-case via in English', 'We sent it via Zoom 3 times.'],
    ['a counted noun before a number and a round figure', 'Results: Test 3, 10000 Iterations'],
    ['a French type heading UI text', 'Click Place Order 2 times to confirm.'],
    ['a name without a street word and no postcode', 'We met Große Bleichen 31 times.'],
    ['a name without a street word mid-sentence', 'Python 3, 10000 Users'],
    ['dates after a capitalised word', 'The review on Monday 12 March, 2024 Budget was approved.'],
    ['a platform', 'Bahnsteig 3, 10115 Berlin'],
    ['French lower case without a cue or postcode', 'Voir le 3 rue de la gare pour plus de détails.'],
    ['French plural types', 'Il y a 3 places de la gare et 2 chemins de la forêt.'],
  ])('%s', (_name, text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('spans and previews', () => {
  it('never reaches across CSV cells', () => {
    expect(found('name,street,zip,city\nMüller,Hauptstraße 12,10115,Berlin').map((f) => f.value)).toEqual(['Hauptstraße 12']);
  });

  it('finds every address of a list once', () => {
    const text = 'Hauptstraße 12, 10115 Berlin\nLindenweg 3, 80331 München\n12 Main St, Springfield, IL 62701';
    expect(found(text).map((f) => f.value)).toEqual(['Hauptstraße 12, 10115 Berlin', 'Lindenweg 3, 80331 München', '12 Main St, Springfield, IL 62701']);
  });

  it.each([
    ['Hauptstraße 12, 10115 Berlin', '•• Hauptstraße ••'],
    ['12 bis rue de la Paix, 75002 Paris', '•• rue de la Paix ••'],
    ['55 W 46th St, New York, NY 10036', '•• W 46th St ••'],
    ['Calle de Alcalá, 45, 3º B, 28013 Madrid', '•• Calle de Alcalá ••'],
    ['Keizersgracht 123, 1015 CJ Amsterdam', '•• Keizersgracht ••'],
  ])('masks %s as %s', (text, preview) => {
    const [finding] = scanner.scan(`Adresse: ${text}`);
    expect(finding?.preview).toBe(preview);
    // no house number, postcode or city
    for (const part of text.match(/\b\d+\b|\b\d{4,5}\b|Berlin|Paris|New York|Madrid|Amsterdam/g)!) expect(finding?.preview).not.toContain(part);
  });
});
