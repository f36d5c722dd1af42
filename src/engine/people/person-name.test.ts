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
];

describe('person-name rules', () => {
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
