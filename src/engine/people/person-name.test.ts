import { describe, expect, it } from 'vitest';
import { createFieldIndex } from '../fields';
import { createScanner } from '../scan';
import { findNames } from './find-names';
import { maskName } from './mask';
import { personName } from './person-name';

/** The names found in `text` (score ≥ 0.5), as text, with the rule that found each. */
function names(text: string): string[] {
  return findNames(text, 0, text.length, createFieldIndex(text))
    .filter((f) => f.score >= 0.5)
    .map((f) => `${text.slice(f.start, f.end)} (${f.pattern})`);
}

type Case = readonly [name: string, text: string, expected: readonly string[]];

/** Rule-level cases per language: the span is the name (never the title), with the rule that found it. */
const POSITIVES: Readonly<Record<string, readonly Case[]>> = {
  English: [
    ['possessive', "Please update Maria Schmidt's card today.", ['Maria Schmidt (given-name)']],
    ['possessive after an apostrophe name', 'Sean O’Brien’s desk is free.', ["Sean O’Brien (given-name)"]],
    ['known given + family', 'I spoke with Emily Watson yesterday.', ['Emily Watson (given-name)']],
    ['three words', 'Forward it to Mary Anne Harper please.', ['Mary Anne Harper (given-name)']],
    ['middle initial', 'Approved by John F. Kennedy on Monday.', ['John F. Kennedy (given-name)']],
    ['apostrophe', 'Ask Patrick O\'Brien about the refund.', ["Patrick O'Brien (given-name)"]],
    ['Mc/Mac', 'The case owner is Fiona MacLeod.', ['Fiona MacLeod (given-name)']],
    ['hyphenated given', 'Jean-Luc Moreau approved it.', ['Jean-Luc Moreau (given-name)']],
    ['unknown family after a known given name', 'Please call Priya Raghunathan back.', ['Priya Raghunathan (given-name)']],
    ['Mr. + family', 'Mr. Kowalski asked for a call.', ['Kowalski (honorific)']],
    ['Ms without period', 'Ms Nakamura called twice.', ['Nakamura (honorific)']],
    ['Dr. + full name', 'Dr. Helen Fraser will see the patient.', ['Helen Fraser (honorific)']],
    ['Prof. + family', 'Prof. Whitaker reviewed the thesis.', ['Whitaker (honorific)']],
    ['greeting + unknown name', 'Hi Aoife Byrne, thanks for your order.', ['Aoife Byrne (greeting)']],
    ['Dear + honorific', 'Dear Mrs. Thompson,', ['Thompson (honorific)']],
    ['sign-off on the next line', 'Thanks!\n\nKind regards,\nSiobhan Kealy', ['Siobhan Kealy (sign-off)']],
    ['sign-off after a comma', 'Thanks, Tadhg Brannigan', ['Tadhg Brannigan (sign-off)']],
    ['label', 'Name: Oisín Brannigan\nTicket: 4411', ['Oisín Brannigan (label)']],
    ['mail header', 'From: Niamh Quigley <niamh.quigley@example.ie>', ['Niamh Quigley (label)']],
    ['family name in context', 'our client Aoife Kennedy wrote again', ['Aoife Kennedy (family-name)']],
    ['e-mail made of the name', 'Contact: see Oisín Tierney <oisin.tierney@example.ie> for details', ['Oisín Tierney (email)']],
    ['at the start of a line', 'Notes:\nOlivia Bennett has asked for leave.', ['Olivia Bennett (given-name)']],
    ['in a sentence after a comma', 'For billing, Daniel Okonkwo is the contact.', ['Daniel Okonkwo (given-name)']],
    // Latin Extended capitals start the given name, the family name, or the name after a title.
    ['given name with Ł', 'Please forward this to Łukasz Kowalski before Friday.', ['Łukasz Kowalski (given-name)']],
    ['family name with Ş', 'Our customer Ayşe Şahin called about the invoice.', ['Ayşe Şahin (given-name)']],
    ['Ms. + family with Š', 'Dear Ms. Šimková, thank you.', ['Šimková (honorific)']],
  ],
  French: [
    ['M. + family', 'M. Lefebvre souhaite être rappelé.', ['Lefebvre (honorific)']],
    ['Mme + family', 'Mme Dubois a confirmé le rendez-vous.', ['Dubois (honorific)']],
    ['Mlle', 'Mlle Garnier a réservé deux places.', ['Garnier (honorific)']],
    ['lower-case madame', "J'ai parlé avec madame Fournier ce matin.", ['Fournier (honorific)']],
    ['Monsieur + ALL-CAPS family', 'Monsieur DUPUIS Bernard a payé.', ['DUPUIS Bernard (honorific)']],
    ['particles', 'Notre client François-Xavier de La Tour demande un devis.', ['François-Xavier de La Tour (given-name)']],
    ['capitalised particle', 'Gwenaëlle Le Goff rejoint le service.', ['Gwenaëlle Le Goff (given-name)']],
    ['Bonjour + name', 'Bonjour Aurélien Chevalier, merci pour votre message.', ['Aurélien Chevalier (greeting)']],
    ['Cordialement', 'Merci.\n\nCordialement,\nGwendal Kerbrat', ['Gwendal Kerbrat (sign-off)']],
    ['Nom label', 'Nom : Kerbrat Gwendal', ['Kerbrat Gwendal (label)']],
  ],
  German: [
    ['Frau + family', 'Sehr geehrte Frau Becker, vielen Dank.', ['Becker (honorific)']],
    ['Herr + titles', 'Herr Prof. Dr. Neumann ist heute nicht da.', ['Neumann (honorific)']],
    ['Herrn + full name', 'Herrn Thomas Koch, Hauptstraße 5', ['Thomas Koch (honorific)']],
    ['von', 'Herr von Weizsäcker kommt um drei.', ['von Weizsäcker (honorific)']],
    ['compound family', 'Frau Müller-Lüdenscheidt hat gekündigt.', ['Müller-Lüdenscheidt (honorific)']],
    ['known names', 'Ich habe mit Anna Schmidt gesprochen.', ['Anna Schmidt (given-name)']],
    ['Hallo + unknown given', 'Hallo Jürgen Weiß, anbei die Unterlagen.', ['Jürgen Weiß (greeting)']],
    ['Mit freundlichen Grüßen', 'Danke.\n\nMit freundlichen Grüßen\nJürgen Weiß', ['Jürgen Weiß (sign-off)']],
    ['Viele Grüße', 'Viele Grüße\nHeike Brandstätter', ['Heike Brandstätter (sign-off)']],
    ['Ansprechpartner label', 'Ansprechpartner: Uwe Seidel', ['Uwe Seidel (label)']],
  ],
  Spanish: [
    ['Sr. + family', 'El Sr. Ortega no pudo asistir.', ['Ortega (honorific)']],
    ['Sra. + family', 'La Sra. Martínez solicita la devolución.', ['Martínez (honorific)']],
    ['lower-case señora', 'Hablé con la señora Gutiérrez ayer.', ['Gutiérrez (honorific)']],
    ['Don + given name', 'Don Antonio García ha pagado la cuota.', ['Antonio García (honorific)']],
    ['Doña', 'Doña Rosario Jiménez pide una copia.', ['Rosario Jiménez (honorific)']],
    ['double family name', 'La factura está a nombre de Raúl Domínguez Vega.', ['Raúl Domínguez Vega (given-name)']],
    ['del', 'Atentamente,\nMaría del Carmen Gómez', ['María del Carmen Gómez (sign-off)']],
    ['Estimado + unknown name', 'Estimado Íñigo Etxeberria: le escribo hoy.', ['Íñigo Etxeberria (greeting)']],
    ['Un saludo', 'Un saludo,\nJavier Ruiz', ['Javier Ruiz (sign-off)']],
    ['Nombre label', 'Nombre: Íñigo Goikoetxea', ['Íñigo Goikoetxea (label)']],
  ],
  'Italian and Dutch': [
    ['Sig.ra', 'Gentile Sig.ra Bianchi, la ringraziamo.', ['Bianchi (honorific)']],
    ['Dott.ssa', 'La Dott.ssa Romano è in ferie.', ['Romano (honorific)']],
    ['van der', 'Het dossier van Sanne van der Berg is compleet.', ['Sanne van der Berg (given-name)']],
    ['mevrouw', 'Mevrouw Jansen heeft gebeld.', ['Jansen (honorific)']],
    ['Met vriendelijke groet', 'Met vriendelijke groet,\nPieter van den Berg', ['Pieter van den Berg (sign-off)']],
  ],
};

/** Hard negatives: places, firms, brands, eponyms, placeholders, code, headings, lone first names. */
const NEGATIVES: readonly (readonly [name: string, text: string])[] = [
  ['avenue named after a person', 'Our office is at 12 Avenue Victor Hugo.'],
  ['lower-case rue', 'Rendez-vous au 3 rue Victor Hugo.'],
  ['place + particles', 'Meet me at Place Charles de Gaulle.'],
  ['German street compound', 'Das Büro liegt in der Goethestraße 12.'],
  ['school named after people', 'Die Sophie Scholl Schule bleibt geschlossen.'],
  ['university', 'She studied at Marie Curie University.'],
  ['holiday', 'Martin Luther King Day is a holiday.'],
  ['boulevard after a suffix', 'The branch on Martin Luther King Jr. Boulevard is closed.'],
  ['calle', 'Vivo en la Calle Juan Bravo.'],
  ['hospital', 'El Hospital Gregorio Marañón está en Madrid.'],
  ['companies with &', 'Ernst & Young audited Johnson & Johnson.'],
  ['car brands', 'The fleet is Mercedes-Benz and Rolls-Royce.'],
  ['firm suffix', 'Invoice from Anna Schmidt GmbH attached.'],
  ['software and assistants', 'Ask Alexa, then restart Jenkins and Django.'],
  ['AI models', 'Claude Sonnet and Claude Code are available.'],
  ['fonts', 'Use Times New Roman or Gill Sans.'],
  ['brand names', 'A Hugo Boss scarf and Jack Daniels.'],
  ['eponym with possessive', "Dijkstra's algorithm and Bayes' theorem."],
  ['eponym after a full name', "Edsger Dijkstra's algorithm is greedy."],
  ['Title Case heading', 'Newton Raphson Method Convergence'],
  ['menu items', 'Grace Period Settings'],
  ['ambiguous given names', 'Max Retries: 5, Will Return: true'],
  ['placeholders', 'Use John Doe, Jane Doe, Max Mustermann or Erika Mustermann.'],
  ['French placeholder', 'Exemple : Jean Dupont.'],
  ['Spanish and Italian placeholders', 'Ejemplo: Juan Pérez. Esempio: Mario Rossi.'],
  ['lone first name after a greeting', 'Hi Tom, can you check?'],
  ['lone first name in a sign-off', 'Thanks,\nAnna'],
  ['code identifiers', 'const u = new MariaSchmidt(); this.Anna.Schmidt = 1;'],
  ['member access', 'call Maria.Schmidt(1)'],
  ['German nouns', 'Die Zahlen für Mai liegen vor. Der Kunde wartet.'],
  ['weekdays and months', 'Am Montag Januar und Freitag März.'],
  ['cities', 'Flights to New York and São Paulo.'],
  ['roles after Frau', 'Frau Doktor hat heute frei.'],
  ['place word before particles', 'REMITENTE: Distribuciones Levante S.L., Calle de Miguel Servet, 46, 08041 Barcelona'],
  ['rue du + title, elided article', 'Le colis part de la rue du Général Leclerc puis passe par l’avenue Victor Hugo.'],
  ['hospital ward', 'The courier could not find Florence Nightingale Ward and the satnav sent him away.'],
  ['firm abbreviation after a name', 'REMITENTE: Talleres Navarro S.A., Calle Larios, 52, 18009 Granada'],
  ['trade word before a family name', 'EXPÉDITEUR: Boulangerie Moreau, 51 route de Lyon, 51100 Reims'],
  ['a city column', 'id,street,zip,city\n1,9185 Lakeview Ave,48103,Ann Arbor\n'],
  ['example marker', 'Name: z. B. Otto Normalverbraucher\nAnschrift: Straße, Hausnummer'],
  ['placeholder family after a title', 'Notre formulaire affiche « Madame Michu » comme nom d’exemple.'],
  ['firms in business context', 'Compare the 2024 annual reports of Dr. Oetker and Robert Bosch: revenue, margin.'],
  ['partnership with a firm', 'Rédige un post LinkedIn sur notre partenariat avec Roland Berger.'],
  ['a supplier key', '{ "supplier": "Roland Berger", "category": "pharma" }'],
  ['school named after a person, two words on', 'The pickup point near Abraham Lincoln High School was closed.'],
  ['city after its postcode', 'Avenida del Cid 34\n15704 Santiago de Compostela\n'],
  ['street and number after an address label', 'Anschrift: Große Bleichen 48, 35392 Gießen'],
  ['Markdown heading', '## Victoria Line Closures\n- rollout via Tomcat'],
  ["a letter's place and date", 'Santiago de Compostela, a 2022-02-20\nAsunto: Certificado'],
  ['a job after a weak introduction', 'I am Senior Consultant at Acme.'],
];

/** Cues and shapes that carry names no list knows, across languages. */
const CUED: readonly Case[] = [
  ['self-introduction', 'Hallo,\nMein Name ist Jürgen Pfeiffer, ich bin seit 2020 Kunde.', ['Jürgen Pfeiffer (family-name)']],
  ['weak introduction closing its clause', 'Buenos días. Soy Itziar Etxeberria Goikoetxea, clienta desde 2019.', ['Itziar Etxeberria Goikoetxea (intro)']],
  ['introduction of unknown names', 'My name is Xiaoling Zhou and I need help.', ['Xiaoling Zhou (intro)']],
  ['name syllables after a sign-off', 'Un cordial saludo,\nMei Chen\nResponsable de RR. HH.', ['Mei Chen (sign-off)']],
  ['Vietnamese name after a sign-off', 'Bien à vous,\nTrần Thu Mai', ['Trần Thu Mai (sign-off)']],
  ['lower-case academic title', 'Mit freundlichen Grüßen\nDr. med. Giorgos Oikonomou\nOberarzt', ['Giorgos Oikonomou (honorific)']],
  ['Dra.', 'He valorado hoy a la Dra. López, ingresada durante 4 días.', ['López (honorific)']],
  ['French Me (Maître)', "J'ai vu Me Santoro en consultation ce jour.", ['Santoro (honorific)']],
  ['honorific before particles', 'Hello Ms. van den Broek, we regret to inform you.', ['van den Broek (honorific)']],
  ['people word before unknown names', 'Customer Liu Jing wrote: "please change the address"', ['Liu Jing (context)']],
  ['constructor in code', 'User u = new User("Vasiliki Karagiannis", "vk@example.com");', ['Vasiliki Karagiannis (context)']],
  ['greeting, Vietnamese name', 'Dear Phạm Đức Dũng,\nPlease find attached the invoice.', ['Phạm Đức Dũng (greeting)']],
  ['address-block label above', 'Lieferanschrift:\nAnnegret Schäfer\nNeubaugasse 29\n9020 Klagenfurt', ['Annegret Schäfer (label)']],
  ['envelope line over a street line', 'Bäckerei Schmidt KG\nBirkensteig 30\n01247 Dresden\n\nLieselotte Hartmann\nUhlandstraße 83', ['Lieselotte Hartmann (context)']],
  ['word-like given name after a title', 'Atentamente,\nDra. Inmaculada Martínez\nServicio de Medicina Interna', ['Inmaculada Martínez (honorific)']],
  ['Sr. D. in a label', 'DESTINATARIO: Sr. D. Xu Hao', ['Xu Hao (label)']],
];

describe('person-name rules', () => {
  describe('cues for names no list knows', () => {
    it.each(CUED)('%s', (_name, text, expected) => {
      expect(names(text)).toEqual(expected);
    });
  });

  for (const [language, cases] of Object.entries(POSITIVES)) {
    describe(language, () => {
      it.each(cases)('%s', (_name, text, expected) => {
        expect(names(text)).toEqual(expected);
      });
    });
  }

  describe('hard negatives', () => {
    it.each(NEGATIVES)('%s', (_name, text) => {
      expect(names(text)).toEqual([]);
    });
  });

  it('finds every name of a text, each once', () => {
    const text = 'Meeting with Diego Torres and Marta Gil; Mme Léa Garcia and M. Hugo Lemoine signed.';
    expect(names(text)).toEqual(['Diego Torres (given-name)', 'Marta Gil (given-name)', 'Léa Garcia (honorific)', 'Hugo Lemoine (honorific)']);
  });

  it('reads Latin Extended capitals in a range whose text before it has none', () => {
    const text = `${'Plain ASCII prose without names. '.repeat(20)}Then Łukasz Kowalski replied.`;
    const start = text.indexOf('Then');
    const found = findNames(text, start, text.length, createFieldIndex(text));
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual(['Łukasz Kowalski']);
    expect(findNames(text, 0, start, createFieldIndex(text))).toEqual([]);
  });

  it('reports only names that start in the range, reading context before it', () => {
    const text = 'Kind regards,\nAoife Byrne';
    const start = text.indexOf('Aoife');
    const found = findNames(text, start, text.length, createFieldIndex(text));
    expect(found.map((f) => [text.slice(f.start, f.end), f.pattern])).toEqual([['Aoife Byrne', 'sign-off']]);
    expect(findNames(text, 0, start - 1, createFieldIndex(text))).toEqual([]);
  });
});

describe('person-name preview', () => {
  it.each([
    ['Maria Schmidt', 'M••• S•••••'],
    ['Dupont, Jean', 'D••••, J•••'],
    ['Jo Li', 'J••• L•••'],
    ['Íñigo Etxeberria', 'Í••• E•••••'],
    ['van der Berg', 'v••• d••• B•••'],
  ])('%s → %s', (value, preview) => {
    expect(maskName(value)).toBe(preview);
  });

  it('never shows the name in a finding', () => {
    const text = 'Our customer Maria Schmidt called.';
    const [finding] = createScanner([personName]).scan(text);
    expect(finding?.preview).toBe('M••• S•••••');
    expect(finding?.why).toMatchObject({ detector: 'person-name', pattern: 'given-name' });
  });
});
