/**
 * Shared kit for corpus templates: the per-document context, fake people, labelled value helpers and
 * the localized field names that give context-dependent detectors (DOB, routing, national IDs) the
 * words a real form or message would carry.
 */
import { type Address, type Country, makeAddress, multiLine, oneLine } from '../addresses';
import { d, lab, type Piece } from '../doc';
import { FULL_TITLE, makePerson, type NameStyle, nameIn, type OriginId, type OriginMix, type PersonName, type Pool, SURNAME_TITLE } from '../people';
import { Rng } from '../rng';
import * as V from '../valid-values';
import type { Lang } from '../valid-values';

export type { Lang };

export interface Ctx {
  readonly r: Rng;
  readonly lang: Lang;
  /** Entity type the generator is short of; templates include it when they can. */
  readonly focus?: string;
  /** Which half of the hand-written name and street pools to draw from (people.ts). */
  readonly pool: Pool;
}

/** True when the template should include `type`: always when it is the focus, else with probability p. */
export function want(c: Ctx, type: string, p: number): boolean {
  return c.focus === type || c.r.chance(p);
}

/**
 * A template: makes one document of `kind` in `lang`. `covers` lists the types it can place; a template
 * with an empty `covers` is a negative template (clean text and hard negatives only, no labels).
 */
export interface Template {
  readonly kind: string;
  readonly langs: readonly Lang[];
  readonly covers: readonly string[];
  /** How many documents per language the first pass makes, per round (default 1). */
  readonly weight?: number;
  make(c: Ctx): Piece;
}

export const ALL_LANGS: readonly Lang[] = ['en', 'fr', 'de', 'es'];

const COMPANIES: Record<Lang, readonly string[]> = {
  en: ['Northwind Traders', 'Acme Logistics', 'Blue Harbor Software', 'Contoso Ltd'],
  fr: ['Atelier Lumière SARL', 'Transports Durand', 'Boulangerie Moreau', 'Nova Conseil SAS'],
  de: ['Müller & Partner GmbH', 'Nordlicht Software AG', 'Bäckerei Schmidt KG', 'Rheinwerk Logistik GmbH'],
  es: ['Distribuciones Levante S.L.', 'Talleres Navarro S.A.', 'Hostal del Mar', 'Soluciones Ibéricas S.L.'],
};

export interface Person extends PersonName {
  readonly address: Address;
}
/** A fresh customer: name from the hand-written pools, an address in a country of the language's market. */
export function person(c: Ctx, origin?: OriginId | OriginMix, country?: Country): Person {
  return { ...makePerson(c.r, c.lang, c.pool, origin), address: makeAddress(c.r, c.lang, c.pool, country) };
}
export const company = (c: Ctx): string => c.r.pick(COMPANIES[c.lang]);

// ------------------------------------------------------------------ people and addresses, labelled

/** The person's name as a PERSON label, in `style` (default: as usually written). */
export const nameP = (p: PersonName, style: NameStyle = 'full'): Piece => lab('PERSON', nameIn(p, style));

/** A name style for a record or form: mostly as written, sometimes all caps or "Last, First". */
export function recordStyle(c: Ctx): NameStyle {
  return c.r.pick(['full', 'full', 'full', 'full', 'caps', 'last-first', 'last-first', c.lang === 'fr' || c.lang === 'de' ? 'LAST-first' : 'caps-last-first']);
}

/** Honorific + family name: "Mr. [Kowalski]", "Frau [Becker]" (the title is never labelled). */
export function titled(c: Ctx, p: PersonName): Piece {
  return d`${c.r.pick(SURNAME_TITLE[c.lang][p.gender])} ${lab('PERSON', p.last)}`;
}
/** Honorific + full name: "Dr. [Aoife Brennan]", "Doña [Pilar Ortega Ruiz]". */
export function fullTitled(c: Ctx, p: PersonName): Piece {
  return d`${c.r.pick(FULL_TITLE[c.lang][p.gender])} ${lab('PERSON', p.full)}`;
}

/** Greeting that names the addressee: "Dear Ms [Patel],", "Sehr geehrte Frau [Becker],", "Hola [Lucía García]:". */
export function greetingTo(c: Ctx, p: PersonName): Piece {
  const f = p.gender === 'f';
  const t = () => titled(c, p);
  return c.r.pick<() => Piece>(
    {
      en: [() => d`Dear ${t()},`, () => d`Dear ${nameP(p)},`, () => d`Hello ${t()},`, () => d`Dear ${t()}`],
      fr: [() => d`${f ? 'Chère' : 'Cher'} ${t()},`, () => d`Bonjour ${t()},`, () => d`${f ? 'Madame' : 'Monsieur'} ${lab('PERSON', p.last)},`, () => d`Bonjour ${nameP(p)},`],
      de: [() => d`${f ? 'Sehr geehrte' : 'Sehr geehrter'} ${t()},`, () => d`Hallo ${t()},`, () => d`Guten Tag ${t()},`, () => d`Liebe${f ? '' : 'r'} ${nameP(p)},`],
      es: [() => d`${f ? 'Estimada' : 'Estimado'} ${t()}:`, () => d`Hola, ${nameP(p)}:`, () => d`${f ? 'Estimada' : 'Estimado'} ${nameP(p)}:`, () => d`Buenos días, ${t()}:`],
    }[c.lang],
  )();
}

/** Sign-off and the writer's full name on the next line. */
export function signOff(c: Ctx, p: PersonName): Piece {
  return d`${pick(c, BYE)}\n${nameP(p, c.r.chance(0.1) ? 'caps' : 'full')}`;
}

/** The address as a POSTAL_ADDRESS label: one line, several lines (envelope) or the street line alone. */
export function addr(a: Address, layout: 'one-line' | 'multi-line' | 'street' = 'one-line'): Piece {
  return lab('POSTAL_ADDRESS', layout === 'one-line' ? oneLine(a) : layout === 'multi-line' ? multiLine(a) : a.street);
}

// ------------------------------------------------------------------ labelled values

/** Value generators by entity type, in the document's language where it matters. */
const GEN: Record<string, (c: Ctx) => string> = {
  EMAIL: (c) => V.email(c.r, makePerson(c.r, c.lang, c.pool)),
  PERSON: (c) => makePerson(c.r, c.lang, c.pool).full,
  POSTAL_ADDRESS: (c) => oneLine(makeAddress(c.r, c.lang, c.pool)),
  PHONE: (c) => V.phone(c.r, c.lang),
  CREDIT_CARD: (c) => V.creditCard(c.r),
  IBAN: (c) => V.iban(c.r, c.lang),
  SWIFT_BIC: (c) => V.swiftBic(c.r, c.lang),
  US_BANK_ROUTING: (c) => V.abaRouting(c.r),
  IP_ADDRESS: (c) => V.ip(c.r),
  MAC_ADDRESS: (c) => V.mac(c.r),
  DATE_OF_BIRTH: (c) => V.formatDate(c.r, c.lang, V.birthDate(c.r)),
  US_SSN: (c) => V.usSsn(c.r),
  US_ITIN: (c) => V.usItin(c.r),
  UK_NINO: (c) => V.ukNino(c.r),
  UK_NHS: (c) => V.ukNhs(c.r),
  FR_NIR: (c) => V.frNir(c.r),
  DE_TAX_ID: (c) => V.deTaxId(c.r),
  ES_DNI: (c) => V.esDni(c.r),
  IT_FISCAL_CODE: (c) => V.itFiscalCode(c.r).code,
  NL_BSN: (c) => V.nlBsn(c.r),
  BR_CPF: (c) => V.brCpf(c.r),
  BR_CNPJ: (c) => V.brCnpj(c.r),
  IN_AADHAAR: (c) => V.inAadhaar(c.r),
  CA_SIN: (c) => V.caSin(c.r),
  AU_TFN: (c) => V.auTfn(c.r),
  AWS_ACCESS_KEY: (c) => V.awsAccessKey(c.r),
  AWS_SECRET_KEY: (c) => V.awsSecretKey(c.r),
  GITHUB_TOKEN: (c) => V.githubToken(c.r),
  GITLAB_TOKEN: (c) => V.gitlabToken(c.r),
  SLACK_TOKEN: (c) => V.slackToken(c.r),
  SLACK_WEBHOOK: (c) => V.slackWebhook(c.r),
  STRIPE_KEY: (c) => V.stripeKey(c.r),
  OPENAI_KEY: (c) => V.openaiKey(c.r),
  ANTHROPIC_KEY: (c) => V.anthropicKey(c.r),
  GOOGLE_API_KEY: (c) => V.googleApiKey(c.r),
  AZURE_STORAGE_KEY: (c) => V.azureStorageKey(c.r),
  AZURE_CONNECTION_STRING: (c) => V.azureConnectionString(c.r),
  JWT: (c) => V.jwt(c.r),
  PRIVATE_KEY: (c) => V.privateKey(c.r, c.r.chance(0.2)),
  DB_CONNECTION_STRING: (c) => V.dbConnectionString(c.r),
  PASSWORD_ASSIGNMENT: (c) => V.password(c.r),
  GENERIC_SECRET: (c) => V.genericSecret(c.r),
};

/** Labelled value of `type`, freshly generated. */
export function L(c: Ctx, type: string): Piece {
  const gen = GEN[type];
  if (!gen) throw new Error(`no generator for ${type}`);
  return lab(type, gen(c));
}

/** Labelled value of `type` from an explicit string (for formats chosen by the template). */
export const as = (type: string, value: string): Piece => lab(type, value);

// ------------------------------------------------------------------ localized field names

type Words = Partial<Record<Lang, readonly string[]>>;
const FIELD: Record<string, Words> = {
  PERSON: { en: ['Name', 'Full name', 'Customer', 'Account holder', 'Contact'], fr: ['Nom', 'Nom complet', 'Client', 'Titulaire'], de: ['Name', 'Kunde', 'Kontoinhaber', 'Ansprechpartner'], es: ['Nombre', 'Nombre completo', 'Cliente', 'Titular'] },
  POSTAL_ADDRESS: { en: ['Address', 'Street address', 'Home address', 'Mailing address'], fr: ['Adresse', 'Adresse postale', 'Domicile'], de: ['Anschrift', 'Adresse', 'Wohnanschrift'], es: ['Dirección', 'Domicilio', 'Dirección postal'] },
  EMAIL: { en: ['Email', 'E-mail', 'Email address'], fr: ['E-mail', 'Courriel', 'Adresse e-mail'], de: ['E-Mail', 'E-Mail-Adresse'], es: ['Correo', 'Correo electrónico', 'E-mail'] },
  PHONE: { en: ['Phone', 'Tel', 'Mobile', 'Phone number'], fr: ['Tél.', 'Téléphone', 'Portable'], de: ['Telefon', 'Tel.', 'Mobil', 'Handy'], es: ['Teléfono', 'Tel.', 'Móvil'] },
  IBAN: { en: ['IBAN', 'Bank account (IBAN)'], fr: ['IBAN', 'RIB / IBAN', 'Coordonnées bancaires (IBAN)'], de: ['IBAN', 'Bankverbindung (IBAN)', 'Kontoverbindung'], es: ['IBAN', 'Cuenta (IBAN)', 'Número de cuenta IBAN'] },
  SWIFT_BIC: { en: ['SWIFT/BIC', 'BIC', 'SWIFT code'], fr: ['BIC', 'Code BIC/SWIFT'], de: ['BIC', 'BIC/SWIFT'], es: ['BIC', 'SWIFT/BIC', 'Código SWIFT'] },
  US_BANK_ROUTING: { en: ['Routing number', 'ABA routing number', 'ABA/Routing #', 'RTN'] },
  DATE_OF_BIRTH: { en: ['Date of birth', 'DOB', 'Birth date', 'D.O.B.'], fr: ['Date de naissance', 'Né(e) le', 'Date de naissance (JJ/MM/AAAA)'], de: ['Geburtsdatum', 'Geb.-Datum', 'geboren am'], es: ['Fecha de nacimiento', 'F. de nacimiento', 'Nacido/a el'] },
  CREDIT_CARD: { en: ['Card number', 'Credit card', 'Card no.'], fr: ['Numéro de carte', 'Carte bancaire'], de: ['Kartennummer', 'Kreditkarte'], es: ['Número de tarjeta', 'Tarjeta'] },
  US_SSN: { en: ['SSN', 'Social Security Number', 'SSN#', 'Social Security No.'] },
  US_ITIN: { en: ['ITIN', 'Individual Taxpayer ID (ITIN)', 'ITIN#'] },
  UK_NINO: { en: ['National Insurance number', 'NI number', 'NINO', 'NI No.'] },
  UK_NHS: { en: ['NHS number', 'NHS No.', 'NHS #'] },
  CA_SIN: { en: ['SIN', 'Social Insurance Number', 'SIN#'], fr: ['NAS', "Numéro d'assurance sociale (NAS)", 'N° d’assurance sociale'] },
  AU_TFN: { en: ['TFN', 'Tax File Number', 'Tax file number (TFN)'] },
  IN_AADHAAR: { en: ['Aadhaar', 'Aadhaar number', 'Aadhaar No.', 'UID (Aadhaar)'] },
  NL_BSN: { en: ['BSN', 'BSN (Dutch citizen service number)', 'Burgerservicenummer'], de: ['BSN', 'Burgerservicenummer (NL)'] },
  IT_FISCAL_CODE: { en: ['Codice Fiscale', 'Italian tax code', 'Fiscal code'], fr: ['Code fiscal italien', 'Codice fiscale'], de: ['Codice Fiscale', 'Italienische Steuernummer'], es: ['Código fiscal italiano', 'Codice Fiscale'] },
  BR_CPF: { en: ['CPF', 'Brazilian CPF'], es: ['CPF', 'CPF (Brasil)'] },
  BR_CNPJ: { en: ['CNPJ', 'Company CNPJ'], es: ['CNPJ', 'CNPJ del proveedor'] },
  FR_NIR: { en: ['French social security number (NIR)'], fr: ['N° de sécurité sociale', 'Numéro de sécurité sociale', 'NIR', 'N° SS', 'Numéro INSEE'] },
  DE_TAX_ID: { en: ['German tax ID (Steuer-ID)'], de: ['Steuer-ID', 'Steueridentifikationsnummer', 'Steuerliche Identifikationsnummer', 'IdNr.'] },
  ES_DNI: { en: ['Spanish DNI'], es: ['DNI', 'DNI/NIE', 'Documento de identidad (DNI)'] },
};

/** A localized field name for `type` (falls back to English). */
export function field(c: Ctx, type: string): string {
  const words = FIELD[type]?.[c.lang] ?? FIELD[type]?.en;
  if (!words) throw new Error(`no field name for ${type}`);
  return c.r.pick(words);
}

/** ID types a form in `lang` plausibly asks for (each has a field name in that language). */
export const IDS_BY_LANG: Record<Lang, readonly string[]> = {
  en: ['US_SSN', 'US_SSN', 'US_ITIN', 'UK_NINO', 'UK_NHS', 'CA_SIN', 'AU_TFN', 'IN_AADHAAR', 'NL_BSN', 'IT_FISCAL_CODE', 'BR_CPF'],
  fr: ['FR_NIR', 'FR_NIR', 'FR_NIR', 'CA_SIN', 'IT_FISCAL_CODE'],
  de: ['DE_TAX_ID', 'DE_TAX_ID', 'DE_TAX_ID', 'NL_BSN', 'IT_FISCAL_CODE'],
  es: ['ES_DNI', 'ES_DNI', 'ES_DNI', 'BR_CPF', 'BR_CNPJ', 'IT_FISCAL_CODE'],
};

/** Picks an ID type for the form: the focus when the language has a field for it, else a random one. */
export function idType(c: Ctx): string {
  if (c.focus && IDS_BY_LANG[c.lang].includes(c.focus)) return c.focus;
  return c.r.pick(IDS_BY_LANG[c.lang]);
}

/** "Field name: value" with the ES DNI/NIE name matching the value's shape. */
export function idLine(c: Ctx, type: string, sep = ': '): Piece {
  const value = GEN[type](c);
  const name = type === 'ES_DNI' && c.lang === 'es' && /^[XYZ]/.test(value) ? c.r.pick(['NIE', 'DNI/NIE']) : field(c, type);
  return { text: `${name}${sep}${value}`, entities: [{ type, start: name.length + sep.length, end: name.length + sep.length + value.length }] };
}

// ------------------------------------------------------------------ phrase banks

export function pick<T>(c: Ctx, bank: Record<Lang, readonly T[]>): T {
  return c.r.pick(bank[c.lang]);
}

export const HELLO: Record<Lang, readonly string[]> = {
  en: ['Hi,', 'Hello,', 'Hi team,', 'Dear Support,', 'Good morning,'],
  fr: ['Bonjour,', 'Bonjour à tous,', 'Madame, Monsieur,', 'Salut,'],
  de: ['Hallo,', 'Guten Tag,', 'Sehr geehrte Damen und Herren,', 'Hi zusammen,'],
  es: ['Hola,', 'Buenos días,', 'Estimados señores:', 'Hola equipo,'],
};
export const BYE: Record<Lang, readonly string[]> = {
  en: ['Thanks,', 'Best regards,', 'Kind regards,', 'Cheers,'],
  fr: ['Cordialement,', 'Merci d’avance,', 'Bien à vous,', 'Bonne journée,'],
  de: ['Viele Grüße', 'Mit freundlichen Grüßen', 'Danke und Gruß', 'Beste Grüße'],
  es: ['Saludos,', 'Un saludo,', 'Gracias de antemano,', 'Atentamente,'],
};

/** Ways people ask an assistant about a pasted artifact (code, config, logs). */
export const ASK: Record<Lang, readonly string[]> = {
  en: ['Can you tell me why this fails?', 'Why is this not working?', 'Please review this and suggest improvements:', 'What is wrong here?', 'Help me debug this:', 'Can you refactor this?'],
  fr: ['Pourquoi ça ne marche pas ?', 'Tu peux m’aider à corriger ça ?', 'Peux-tu relire ce code et l’améliorer ?', 'Qu’est-ce qui cloche ici ?', 'J’ai cette erreur, une idée ?'],
  de: ['Warum funktioniert das nicht?', 'Kannst du mir helfen, das zu debuggen?', 'Bitte einmal reviewen:', 'Was ist hier falsch?', 'Ich bekomme diesen Fehler, woran liegt das?'],
  es: ['¿Por qué no funciona esto?', '¿Me ayudas a depurar esto?', 'Revisa este código, por favor:', '¿Qué está mal aquí?', 'Me sale este error, ¿alguna idea?'],
};

/** Source comment prefix phrases in the document's language ("# config for prod"). */
export const COMMENT: Record<Lang, readonly string[]> = {
  en: ['TODO: move to vault', 'prod settings', 'do not commit', 'temporary for testing', 'config for staging'],
  fr: ['TODO : déplacer dans le coffre', 'réglages de prod', 'ne pas committer', 'temporaire pour les tests'],
  de: ['TODO: in den Vault verschieben', 'Produktiv-Einstellungen', 'nicht committen', 'nur zum Testen'],
  es: ['TODO: mover al vault', 'configuración de producción', 'no subir al repo', 'temporal para pruebas'],
};

/** The variant for the document's language. Build values first, then pass them into every variant. */
export function tr<T>(c: Ctx, variants: Record<Lang, T>): T {
  return variants[c.lang];
}
