import { foldName } from './fold';
import { words } from './cue-words';

/**
 * Field labels (column headers, JSON/YAML keys, XML tags, `Label:` prefixes) that hold a person's name,
 * given as normalised labels (`fields/normalise.ts`: ` first name `). Words are compared folded, so
 * `Prénom`, `prenom` and `PRENOM` are one label.
 */

/** How sure a label makes us: `person` holds a name (Patient, Nachname), `generic` may name a thing (name). */
export type LabelKind = 'person' | 'part' | 'generic';

/** Labels (folded, words joined by spaces) that are a part of a name: a single word under them counts. */
const PART = new Set([
  'first name', 'firstname', 'given name', 'givenname', 'forename', 'middle name', 'last name', 'lastname',
  'surname', 'family name', 'maiden name', 'prenom', 'nom de famille', 'nom de naissance', 'nom d usage',
  'vorname', 'vornamen', 'nachname', 'familienname', 'zuname', 'geburtsname', 'apellido', 'apellidos',
  'primer apellido', 'segundo apellido', 'nombre de pila', 'cognome', 'voornaam', 'voornamen',
  'achternaam', 'fname', 'lname', 'nom', 'nombre', 'nome',
]);

/** Words of a label that say the field holds a person (alone or with `name`: "customer name", "Kunde"). */
const PERSON = new Set(words(`
  full fullname person patient patients customer client contact employee staff member applicant tenant
  beneficiary insured cardholder holder recipient sender author assignee reporter reviewer approver
  requester requestor signatory attendee participant guest passenger driver physician doctor
  owner signed
  complet patiente titulaire destinataire expediteur auteur salarie employe locataire
  vollstandiger kunde kundin kunden patientin empfanger absender ansprechpartner kontoinhaber inhaber
  mitarbeiter mitarbeiterin mieter versicherter verfasser
  completo cliente paciente titular destinatario remitente empleado inquilino asegurado
  nominativo paziente dipendente intestatario mittente
  klant patient naam volledige
`));

/** Words of a label that name a thing, not a person ("file name", "company name", "user name", "patient id"). */
const THING = new Set(words(`
  user username login file host domain company organisation organization org business firm
  product item brand model app application project branch bucket table column field key db database
  server service display street city town country region dept department team group role job title tag
  repo package module class method function variable event device computer machine network queue topic
  channel image container pod cluster node namespace env zone store shop site page plan tier category
  type kind status bank pet ship vessel hotel venue school university hospital campaign list
  id ids number no nr num code email mail phone tel mobile date dob birth age address ip url uri path
  count size version
  entreprise societe societe fichier produit ville pays rue
  firma unternehmen datei produkt stadt strasse land benutzer
  empresa archivo producto ciudad calle pais usuario
`));

/** Mail headers: a person's name when the value looks like one ("From: Aoife Byrne <aoife@…>"). */
const HEADERS = new Set(words(`from to cc bcc reply von an de a para da van aan`));

/** Labels of fields that, in the same record, make a bare `name` column a person's name. */
const CONTACT = /(?:mail|phone|tel|mobile|handy|movil|cell|address|adresse|direccion|street|strasse|rue|calle|birth|dob|geburt|naissance|nacimiento|iban|ssn|passport|patient|customer|kunde|client)/;

/** Last words of every name label above: a `Key:` whose last word is not one of them is no name label. */
export const LABEL_ENDS = new Set([
  ...[...PART].map((l) => l.slice(l.lastIndexOf(' ') + 1)),
  ...PERSON,
  ...HEADERS,
  'name', 'names', 'nombre', 'nome', 'naam', 'nom', 'by',
]);

const cache = new Map<string, LabelKind | null>();

/** What kind of name field a normalised label is, or undefined when it holds no name. */
export function nameLabelKind(label: string): LabelKind | undefined {
  let kind = cache.get(label);
  if (kind === undefined) {
    kind = classify(label);
    if (cache.size > 4096) cache.clear();
    cache.set(label, kind);
  }
  return kind ?? undefined;
}

function classify(label: string): LabelKind | null {
  const folded = foldName(label).trim();
  if (!folded || folded.length > 40) return null;
  if (PART.has(folded)) return 'part';
  if (HEADERS.has(folded)) return 'person';
  const ws = folded.split(' ');
  if (ws.some((w) => THING.has(w))) return null;
  const named = ws.some((w) => w === 'name' || w === 'names' || w === 'nombre' || w === 'nome' || w === 'naam' || w === 'nom');
  const person = ws.some((w) => PERSON.has(w));
  if (person) return named || ws.length <= 2 ? 'person' : null;
  if (named) return ws.length === 1 ? 'generic' : null;
  return null;
}

/** True for a label that holds a name. */
export function isNameLabel(label: string): boolean {
  return nameLabelKind(label) !== undefined;
}

/** True for a label of contact or identity data (e-mail, phone, address, birth date, IBAN…). */
export function isContactLabel(label: string): boolean {
  return CONTACT.test(foldName(label));
}
