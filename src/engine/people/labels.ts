import { foldName } from './fold';
import { words } from './cue-words';

/**
 * Field labels (column headers, JSON/YAML keys, XML tags, `Label:` prefixes) that hold a person's name,
 * given as normalised labels (`fields/normalise.ts`: ` first name `). Words are compared folded, so
 * `Prénom`, `prenom` and `PRENOM` are one label.
 */

/**
 * How sure a label makes us: `person` holds a name (Patient, Nachname), `generic` may name a thing
 * (name, display name), `address` is a party's address block ("Ship to:", "Lieferanschrift:") whose
 * first line is the person or firm: a cue for prose, never a table column of names.
 */
export type LabelKind = 'person' | 'part' | 'generic' | 'address';

/**
 * Labels (folded, connective words dropped: see `labelWords`) that are a part of a name: a single word
 * under them counts. Two of them together ("nom prénom", "Nachname, Vorname") are a full name.
 */
const PART = new Set([
  'first name', 'firstname', 'given name', 'givenname', 'forename', 'middle name', 'last name', 'lastname',
  'surname', 'family name', 'maiden name', 'prenom', 'prenoms', 'nom famille', 'nom naissance', 'nom usage',
  'nom marital', 'vorname', 'vornamen', 'nachname', 'familienname', 'zuname', 'geburtsname', 'apellido',
  'apellidos', 'primer apellido', 'segundo apellido', 'nombre pila', 'cognome', 'voornaam', 'voornamen',
  'achternaam', 'fname', 'lname', 'nom', 'nombre', 'nome',
]);

/** Single words of part labels, for labels made of several parts ("nom prenom", "last first"). */
const PART_WORDS = new Set(words(`
  first given last family middle maiden sur fore prenom prenoms nom vorname vornamen nachname familienname
  zuname apellido apellidos nombre nombres cognome nome voornaam achternaam fname lname
`));

/** Connective words dropped from a label before it is classified ("nom de famille", "name of the patient"). */
const CONNECTIVES = new Set(words(`de d du des del la le el of the der die das des von di da dei della y et and und u e i a en in case cas for pour para per fur im falle bei`));

/** Words that join a truncated word to the next ("Vor- und Nachname", "Vor- oder Rufname"). */
const JOINERS = new Set(words(`und u oder and or et ou y o`));

/** Words of a label that say the field holds a person (alone or with `name`: "customer name", "Kunde"). */
const PERSON = new Set(words(`
  full fullname person patient patients customer client contact employee staff member applicant tenant
  beneficiary insured cardholder holder recipient sender author assignee reporter reviewer approver
  requester requestor signatory attendee participant guest passenger driver physician doctor
  owner signed personne persona emergency emergencia notfallkontakt kin angehoriger angehorige prevenir
  complet patiente titulaire destinataire expediteur auteur salarie employe locataire
  vollstandiger kunde kundin kunden patientin empfanger absender ansprechpartner kontoinhaber inhaber
  mitarbeiter mitarbeiterin mieter versicherter verfasser
  completo cliente paciente titular destinatario remitente empleado inquilino asegurado contacto
  voll
  nominativo paziente dipendente intestatario mittente
  klant patient naam volledige
`));

/** Words of a label that name a thing, not a person ("file name", "company name", "user name", "patient id"). */
const THING = new Set(words(`
  user username login file host domain company organisation organization org business firm
  product item brand model app application project branch bucket table column field key db database
  server service street city town country region dept department team group role job title tag
  repo package module class method function variable event device computer machine network queue topic
  supplier vendor manufacturer merchant employer carrier airline provider
  channel image container pod cluster node namespace env zone store shop site page plan tier category
  type kind status bank pet ship vessel hotel venue school university hospital campaign list
  id ids number no nr num code email mail phone tel mobile date dob birth age address ip url uri path
  count size version
  state county district province municipality locality suburb neighbourhood neighborhood
  entreprise societe fichier produit ville pays rue fournisseur employeur marque commune localite quartier
  departement
  firma unternehmen datei produkt stadt strasse land benutzer lieferant hersteller arbeitgeber marke ort
  gemeinde stadtteil bundesland kanton
  empresa archivo producto ciudad calle pais usuario proveedor fabricante empleador marca municipio
  localidad poblacion provincia barrio comunidad comune citta provincia woonplaats gemeente plaats
`));

/** Mail headers: a person's name when the value looks like one ("From: Aoife Byrne <aoife@…>"). */
const HEADERS = new Set(words(`from to cc bcc reply von an de a para da van aan`));

/** Address blocks of a party (folded, connectives dropped): the first line under them names the person or firm. */
const ADDRESS = new Set([
  'ship to', 'deliver to', 'bill to', 'sold to', 'send to', 'shipping address', 'delivery address', 'billing address',
  'mailing address', 'postal address', 'invoice address', 'consignee', 'shipper',
  'adresse livraison', 'adresse facturation', 'adresse postale', 'livrer a', 'expedier a', 'envoyer a',
  'lieferanschrift', 'rechnungsanschrift', 'lieferadresse', 'rechnungsadresse', 'anschrift', 'postanschrift',
  'versandadresse', 'zustelladresse', 'direccion envio', 'direccion entrega', 'direccion facturacion', 'enviar a',
  'entregar a', 'indirizzo spedizione', 'indirizzo consegna', 'spedire a', 'verzendadres', 'afleveradres',
  'factuuradres', 'ontvanger', 'afzender', 'facturar a', 'facturer a', 'invoice to', 'rechnung an', 'liefern an',
]);

/** Words after which a label names the displayed or shown name of someone: as unsure as a bare `name`. */
const SHOWN = new Set(words(`display screen shown anzeige affichage`));

/** Labels of fields that, in the same record, make a bare `name` column a person's name. */
const CONTACT = /(?:mail|phone|tel|mobile|handy|movil|cell|address|adresse|direccion|street|strasse|rue|calle|birth|dob|geburt|naissance|nacimiento|iban|ssn|passport|patient|customer|kunde|client)/;

/** Last words of every name label above: a `Key:` whose last word is not one of them is no name label. */
export const LABEL_ENDS = new Set([
  ...[...PART].map((l) => l.slice(l.lastIndexOf(' ') + 1)),
  ...PERSON,
  ...HEADERS,
  ...[...ADDRESS].map((l) => l.slice(l.lastIndexOf(' ') + 1)),
  'name', 'names', 'nombre', 'nombres', 'nome', 'naam', 'nom', 'by',
]);

/** Compound labels that end in a name word ("Kundenname", "Vollname", "klantnaam"). */
const COMPOUND_NAME = /^(.{3,}?)(?:name|namen|naam)$/;

/** True when `key` (a folded word) may end a name label: the quick test before a `Key:` is classified. */
export function mayEndLabel(key: string): boolean {
  return LABEL_ENDS.has(key) || COMPOUND_NAME.test(key);
}

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
  const ws = labelWords(folded);
  if (ws.length === 0) return null;
  const key = ws.join(' ');
  if (PART.has(key)) return 'part';
  if (HEADERS.has(key)) return 'person';
  if (ADDRESS.has(key) || ADDRESS.has(folded)) return 'address';
  // Several parts of a name in one field: "nom prénom", "Nachname, Vorname", "last first name".
  if (ws.length >= 2 && ws.every((w) => PART_WORDS.has(w) || NAMED.has(w)) && ws.filter((w) => PART_WORDS.has(w)).length >= 2) return 'person';
  if (ws.some((w) => THING.has(w))) return null;
  const named = ws.some((w) => NAMED.has(w));
  const person = ws.some((w) => PERSON.has(w));
  if (person) return named || ws.length <= 2 ? 'person' : null;
  if (named) return ws.length === 1 || (ws.length === 2 && SHOWN.has(ws[0]!)) ? 'generic' : null;
  return null;
}

/** Words that say "name". */
const NAMED = new Set(['name', 'names', 'nombre', 'nombres', 'nome', 'naam', 'nom']);

/**
 * The words of a folded label as they are classified: connectives dropped ("nom de famille" → nom
 * famille), and compounds that end in a name word split ("kundenname" → kunde name, "vollname" → voll
 * name, "dateiname" → datei name), the linking letters of the first part dropped when that makes a word
 * of the lists ("patientenname" → patient).
 */
function labelWords(folded: string): string[] {
  const out: string[] = [];
  let connectives = 0;
  const split = folded.split(' ');
  for (let i = 0; i < split.length; i++) {
    let w = split[i]!;
    if (!w) continue;
    // "Vor- und Nachname": the truncated word takes the end of the compound after the joiner.
    if (i + 2 < split.length && JOINERS.has(split[i + 1]!) && !PART_WORDS.has(w) && !NAMED.has(w)) {
      const m = COMPOUND_NAME.exec(split[i + 2]!);
      if (m) w += split[i + 2]!.slice(m[1]!.length);
    }
    if (CONNECTIVES.has(w)) {
      connectives++;
      continue;
    }
    const m = PART.has(w) || PART_WORDS.has(w) || NAMED.has(w) ? null : COMPOUND_NAME.exec(w);
    if (!m) {
      out.push(w);
      continue;
    }
    out.push(stem(m[1]!), 'name');
  }
  // A label made of connectives only is itself a word ("De:" is "From:" in French and Spanish).
  return out.length === 0 && connectives > 0 ? folded.split(' ') : out;
}

/** The first part of a compound as the lists spell it: "kunden" → kunden, "patienten" → patient. */
function stem(part: string): string {
  if (PERSON.has(part) || THING.has(part)) return part;
  for (const linking of ['en', 'n', 's', 'es', 'e']) {
    if (part.endsWith(linking)) {
      const s = part.slice(0, -linking.length);
      if (PERSON.has(s) || THING.has(s)) return s;
    }
  }
  return part;
}

const things = new Map<string, boolean>();

/**
 * True for a label of a field that holds things, not people (`city`, `street`, `company`, `supplier`,
 * `product`): a name-shaped value that fills such a field is a place or a firm ("Ann Arbor").
 */
export function isThingLabel(label: string): boolean {
  let thing = things.get(label);
  if (thing === undefined) {
    const folded = foldName(label).trim();
    thing = folded.length > 0 && folded.length <= 40 && labelWords(folded).some((w) => THING.has(w)) && nameLabelKind(label) === undefined;
    if (things.size > 4096) things.clear();
    things.set(label, thing);
  }
  return thing;
}

/** True for a label that holds a name. */
export function isNameLabel(label: string): boolean {
  const kind = nameLabelKind(label);
  return kind !== undefined && kind !== 'address';
}

/** True for a label of contact or identity data (e-mail, phone, address, birth date, IBAN…). */
export function isContactLabel(label: string): boolean {
  return CONTACT.test(foldName(label));
}
