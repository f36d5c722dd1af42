import type { Detector } from '../types';
import { findNames } from './find-names';
import { maskName } from './mask';

/**
 * People's names in English, French, German and Spanish text (Italian and Dutch where the same rules
 * hold): rules and name lists, no model (see docs/design/person-names.md). A finding is a full name
 * (given + family name, with particles and compounds) or an honorific + family name; the span is the
 * name, never the title. Rules, best first:
 * - `honorific`: Mr./Mrs./Dr./Prof., M./Mme/Mlle, Herr/Frau, Sr./Sra./Don/Doña, Sig./Dott., Dhr./Mevr.;
 * - `label` / `column`: a name field (`Name:`, `Nachname`, a `last_name` column, a `"customer"` key);
 * - `greeting` / `sign-off`: "Dear …", "Hallo …", "Kind regards,\n…", "Thanks, …" (two words or more);
 * - `intro` / `context`: "My name is …", "Soy …", "Customer … wrote", `new User("…"`, a name line over a
 *   street line (an envelope);
 * - `given-name`: a known given name and a capitalised family name;
 * - `family-name`: a known family name after an unknown word, with a people word before it;
 * - `email`: an e-mail address nearby made of the name (also raises the others to 0.9).
 * Streets, institutions, firms (trade words, S.A./GmbH, business contexts), eponyms, fonts, brands,
 * placeholders ("John Doe", "z. B. …"), cities after postcodes, code and Title Case headings are filtered
 * out; a lone first name ("Hi Tom,") is not a finding.
 */
export const personName: Detector = {
  id: 'person-name',
  type: 'PERSON',
  category: 'PII',
  severity: 'medium',
  description: "Person's name (given and family name, or a title and family name)",
  anchor: { full: true },
  patterns: [],
  find: (text, { start, end, fields }) => findNames(text, start, end, fields),
  mask: maskName,
  examples: {
    match: [
      // Given + family name, known to the lists.
      'Our customer Maria Schmidt called about her invoice.',
      "J'ai parlé hier avec François Lefèvre au sujet du contrat.",
      'Der Vertrag wurde von Lukas Hoffmann unterschrieben.',
      'La reserva está a nombre de Lucía Fernández García.',
      'Il referto di Giulia Bianchi è arrivato stamattina.',
      'Het dossier van Sanne van der Berg is compleet.',
      'Jean-Luc Moreau approved the refund.',
      'Please forward this to Priya Raghunathan in accounting.',
      // Honorific + family name.
      'Mr. Kowalski asked for a call back.',
      'Sehr geehrte Frau Becker, vielen Dank für Ihre Nachricht.',
      'Mme Dubois a confirmé le rendez-vous.',
      'El Sr. Ortega no pudo asistir a la reunión.',
      'Please see Dr. Okafor-Mensah on Tuesday.',
      'Herr Prof. Dr. von Weizsäcker ist heute nicht erreichbar.',
      // Greetings and sign-offs carry names the lists do not know.
      'Hi Aoife Byrne, thanks for your order.',
      'Hallo Jürgen Weiß, anbei die Unterlagen.',
      'Estimado Íñigo Etxeberria: le escribo por su reclamación.',
      'Thanks for the quick fix.\n\nKind regards,\nSiobhan Ní Bhriain',
      'Merci pour votre retour.\n\nCordialement,\nGwenaëlle Le Goff',
      // Labelled fields.
      'Name: Tadhg Ó Súilleabháin\nTicket: 4411',
      'Patient: María José Ruiz Zabala, 54',
      // E-mail local part made of the name.
      'From: Oisín Brannigan <oisin.brannigan@example.ie>',
      // Introductions, name fields and envelopes carry names no list knows.
      'Hallo, mein Name ist Jürgen Pfeiffer, ich bin seit 2020 Kunde.',
      'id,display_name,mobile\n72799,"Clarke, Keisha",+61 491 570 376',
      'Lieferanschrift:\nAnnegret Schäfer\nNeubaugasse 29\n9020 Klagenfurt',
    ],
    noMatch: [
      // Lone first names, placeholders, famous eponyms and places.
      'Hi Tom, can you check the build?',
      'Use a name like John Doe or Max Mustermann in the form.',
      'Exemple : Jean Dupont, 12 rue de la Paix.',
      'The office is on Avenue Victor Hugo near Place Charles de Gaulle.',
      'Wir treffen uns in der Goethestraße vor der Sophie Scholl Schule.',
      'She studied at Marie Curie University until Martin Luther King Day.',
      // Firms, brands, software.
      'Audited by Ernst & Young; supplier Johnson & Johnson; car: Mercedes-Benz.',
      'Ask Alexa, then restart Jenkins and the Django server.',
      'Claude Sonnet and Claude Code are both available.',
      'Set the font to Times New Roman.',
      // Eponyms in technical text, headings and code.
      "Dijkstra's algorithm and Bayes' theorem are covered in chapter 3.",
      'Grace Period Settings And Retry Options',
      'const user = new MariaSchmidt(); this.Anna.Schmidt = 1;',
      'Max Retries: 5, Will Return: true',
      'Die Zahlen für Mai liegen vor. Der Kunde wartet.',
      // Streets, wards, firms and samples in records.
      'Calle de Miguel Servet, 46 · rue du Général Leclerc · Florence Nightingale Ward',
      'REMITENTE: Talleres Navarro S.A., Calle Larios, 52, 18009 Granada',
      'Name: z. B. Otto Normalverbraucher',
      'Compare the 2024 annual reports of Robert Bosch and Carl Zeiss.',
    ],
  },
};
