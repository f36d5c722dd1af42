/**
 * Customer, patient and employee records pasted for analysis: CRM exports as CSV (comma or semicolon),
 * TSV, Markdown and ASCII tables, psql output, SQL INSERT with a column list, CREATE TABLE followed by
 * INSERTs without one, JSON, YAML and XML. Each table is about people of one country (US payroll with
 * SSNs, UK patients with NHS numbers, Dutch members with BSNs…), so names, addresses, phones and IDs
 * belong together. In the header formats most values are far below their header: the header-only slice.
 */
import type { Country } from '../addresses';
import { d, lab, type Part, type Piece } from '../doc';
import * as N from '../hard-negatives';
import type { OriginMix } from '../people';
import { nameIn } from '../people';
import { type TableFormat, renderTable } from '../tables';
import * as V from '../valid-values';
import type { PhoneCountry } from '../valid-values';
import { ALL_LANGS, as, type Ctx, type Lang, person, pick, type Person, type Template } from './kit';

type Headers = Record<Lang, { readonly code: readonly string[]; readonly human: readonly string[] }>;
const H = (en: [string[], string[]], fr: [string[], string[]], de: [string[], string[]], es: [string[], string[]]): Headers => ({
  en: { code: en[0], human: en[1] }, fr: { code: fr[0], human: fr[1] }, de: { code: de[0], human: de[1] }, es: { code: es[0], human: es[1] },
});
const SAME = (code: string[], human: string[]): Headers => H([code, human], [code, human], [code, human], [code, human]);

const HEAD = {
  id: H([['id', 'customer_id', 'CustomerID', 'cust_id'], ['ID', 'Customer ID', '#']], [['id', 'id_client', 'num_client'], ['ID', 'N° client', 'Réf. client']], [['id', 'kundennr', 'kunden_id'], ['ID', 'Kunden-Nr.', 'Kundennummer']], [['id', 'id_cliente', 'num_cliente'], ['ID', 'Nº cliente', 'Código']]),
  name: H([['name', 'full_name', 'customer_name', 'fullName', 'display_name'], ['Name', 'Full name', 'Customer', 'Customer name']], [['nom', 'nom_complet', 'client', 'nom_prenom'], ['Nom', 'Nom complet', 'Client', 'Nom et prénom']], [['name', 'kunde', 'vollname', 'kundenname'], ['Name', 'Kunde', 'Vor- und Nachname', 'Kundenname']], [['nombre', 'nombre_completo', 'cliente', 'titular'], ['Nombre', 'Nombre completo', 'Cliente', 'Titular']]),
  first: H([['first_name', 'firstName', 'given_name'], ['First name', 'Given name']], [['prenom', 'prénom'], ['Prénom']], [['vorname'], ['Vorname']], [['nombre'], ['Nombre']]),
  last: H([['last_name', 'lastName', 'surname'], ['Last name', 'Surname']], [['nom', 'nom_famille'], ['Nom', 'Nom de famille']], [['nachname', 'familienname'], ['Nachname']], [['apellidos', 'apellido'], ['Apellidos']]),
  email: H([['email', 'email_address', 'mail'], ['Email', 'E-mail']], [['email', 'courriel', 'mail'], ['E-mail', 'Courriel']], [['email', 'e_mail', 'mail'], ['E-Mail', 'Mail']], [['email', 'correo', 'correo_electronico'], ['Email', 'Correo']]),
  phone: H([['phone', 'mobile', 'phone_number', 'tel', 'contact_number'], ['Phone', 'Mobile', 'Tel.', 'Phone number']], [['telephone', 'tel', 'portable', 'tel_mobile'], ['Téléphone', 'Tél.', 'Portable']], [['telefon', 'handy', 'mobil', 'tel'], ['Telefon', 'Handy', 'Tel.', 'Mobilnummer']], [['telefono', 'movil', 'tel', 'telefono_movil'], ['Teléfono', 'Móvil', 'Tel.']]),
  dob: H([['dob', 'date_of_birth', 'birth_date', 'birthdate'], ['DOB', 'Date of birth', 'Birth date']], [['date_naissance', 'date_de_naissance', 'naissance'], ['Date de naissance', 'Né(e) le']], [['geburtsdatum', 'geb_datum', 'geburtstag'], ['Geburtsdatum', 'Geb.-Datum']], [['fecha_nacimiento', 'fecha_nac', 'nacimiento'], ['Fecha de nacimiento', 'F. nacimiento']]),
  address: H([['address', 'street_address', 'home_address', 'mailing_address'], ['Address', 'Home address']], [['adresse', 'adresse_postale'], ['Adresse']], [['anschrift', 'adresse', 'wohnanschrift'], ['Anschrift', 'Adresse']], [['direccion', 'domicilio', 'direccion_postal'], ['Dirección', 'Domicilio']]),
  street: H([['street', 'address_line1', 'street_address'], ['Street', 'Address line 1']], [['adresse', 'rue', 'voie'], ['Adresse', 'Rue']], [['strasse', 'straße', 'str_hausnr'], ['Straße', 'Straße/Nr.']], [['direccion', 'calle', 'via'], ['Dirección', 'Calle']]),
  postcode: H([['postcode', 'zip', 'postal_code'], ['Postcode', 'ZIP']], [['code_postal', 'cp'], ['CP', 'Code postal']], [['plz'], ['PLZ']], [['cp', 'codigo_postal'], ['CP', 'Código postal']]),
  city: H([['city', 'town'], ['City', 'Town']], [['ville', 'commune'], ['Ville']], [['ort', 'stadt', 'wohnort'], ['Ort', 'Stadt']], [['ciudad', 'localidad', 'municipio'], ['Ciudad', 'Localidad']]),
  ip: H([['ip', 'ip_address', 'last_login_ip', 'signup_ip', 'client_ip', 'remote_addr'], ['IP', 'IP address', 'Last login IP']], [['adresse_ip', 'ip', 'ip_connexion', 'derniere_ip'], ['Adresse IP', 'IP']], [['ip_adresse', 'ip', 'letzte_ip', 'login_ip'], ['IP-Adresse', 'IP']], [['ip', 'direccion_ip', 'ip_origen', 'ultima_ip'], ['IP', 'Dirección IP']]),
  created: H([['created_at', 'signup_date', 'customer_since'], ['Created', 'Since']], [['date_creation', 'inscrit_le'], ['Créé le', 'Inscription']], [['erstellt_am', 'kunde_seit'], ['Erstellt', 'Kunde seit']], [['fecha_alta', 'creado'], ['Alta', 'Creado']]),
  status: H([['status'], ['Status']], [['statut'], ['Statut']], [['status'], ['Status']], [['estado'], ['Estado']]),
  iban: SAME(['iban'], ['IBAN']),
  card: H([['card_number', 'pan'], ['Card number']], [['numero_carte', 'carte'], ['N° carte']], [['kartennummer', 'karte'], ['Kartennummer']], [['tarjeta', 'numero_tarjeta'], ['Tarjeta']]),
};
const STATUS: Record<Lang, readonly string[]> = { en: ['active', 'inactive', 'pending', 'churned'], fr: ['actif', 'inactif', 'en attente'], de: ['aktiv', 'inaktiv', 'gesperrt'], es: ['activo', 'baja', 'pendiente'] };

/** Column names of each ID type (code style, human style), per language where it differs. */
const ID_HEAD: Record<string, Partial<Record<Lang, readonly [readonly string[], readonly string[]]>> & { en: readonly [readonly string[], readonly string[]] }> = {
  US_SSN: { en: [['ssn', 'social_security_number', 'SSN', 'ssn_number'], ['SSN', 'Social Security No.']] },
  US_ITIN: { en: [['itin', 'itin_number'], ['ITIN']] },
  UK_NHS: { en: [['nhs_number', 'nhs_no', 'NHSNumber'], ['NHS number', 'NHS No.']] },
  UK_NINO: { en: [['ni_number', 'nino', 'national_insurance_no'], ['NI number', 'NINO']] },
  CA_SIN: { en: [['sin', 'social_insurance_number', 'SIN'], ['SIN', 'Social Insurance No.']], fr: [['nas', 'numero_assurance_sociale', 'NAS'], ['NAS', 'N° d’assurance sociale']] },
  AU_TFN: { en: [['tfn', 'tax_file_number', 'TFN'], ['TFN', 'Tax file number']] },
  NL_BSN: { en: [['bsn', 'burgerservicenummer', 'BSN'], ['BSN']] },
  FR_NIR: { en: [['nir', 'num_secu', 'numero_securite_sociale', 'n_secu'], ['N° sécu', 'NIR', 'N° de sécurité sociale']] },
  DE_TAX_ID: { en: [['steuer_id', 'steuer_identifikationsnummer', 'idnr'], ['Steuer-ID', 'Steuer-IdNr.']] },
  ES_DNI: { en: [['dni', 'nif', 'dni_nie'], ['DNI', 'DNI/NIE', 'NIF']] },
  IT_FISCAL_CODE: { en: [['codice_fiscale', 'cod_fiscale'], ['Codice fiscale']] },
  IN_AADHAAR: { en: [['aadhaar', 'aadhaar_no'], ['Aadhaar No.']] },
  BR_CPF: { en: [['cpf'], ['CPF']] },
};

/** An ID value as it sits in an export: mostly bare digits, sometimes formatted. */
const ID_VALUE: Record<string, (c: Ctx) => string> = {
  US_SSN: (c) => V.usSsn(c.r, c.r.pick(['', '', '-'] as const)),
  US_ITIN: (c) => V.usItin(c.r, c.r.pick(['', '-'] as const)),
  UK_NHS: (c) => V.ukNhs(c.r, c.r.chance(0.3)),
  UK_NINO: (c) => V.ukNino(c.r, c.r.chance(0.2)),
  CA_SIN: (c) => V.caSin(c.r, c.r.pick(['', '', ' ', '-'] as const)),
  AU_TFN: (c) => V.auTfn(c.r, c.r.chance(0.3)),
  NL_BSN: (c) => V.nlBsn(c.r, c.r.chance(0.15)),
  FR_NIR: (c) => V.frNir(c.r, c.r.chance(0.4)),
  DE_TAX_ID: (c) => V.deTaxId(c.r, c.r.chance(0.2)),
  ES_DNI: (c) => V.esDni(c.r),
  IT_FISCAL_CODE: (c) => V.itFiscalCode(c.r).code,
  IN_AADHAAR: (c) => V.inAadhaar(c.r, c.r.pick(['', ' '] as const)),
  BR_CPF: (c) => V.brCpf(c.r, c.r.chance(0.5)),
};

interface Scenario {
  readonly langs: readonly Lang[];
  /** Where the people live (addresses and phones); the language's market when absent. */
  readonly country?: Country;
  readonly origins?: OriginMix;
  readonly ids: readonly string[];
  /** Relative frequency among the language's scenarios. */
  readonly weight: number;
  /** SQL table and XML item names. */
  readonly table: readonly [string, string];
  readonly idHead?: readonly string[];
}

const SCENARIOS: readonly Scenario[] = [
  { langs: ['en'], weight: 4, country: 'US', ids: ['US_SSN', 'US_SSN', 'US_ITIN'], table: ['employees', 'employee'], idHead: ['emp_id', 'employee_id'] },
  { langs: ['en'], weight: 4, country: 'GB', ids: ['UK_NHS'], table: ['patients', 'patient'], idHead: ['patient_id', 'mrn'] },
  { langs: ['en'], weight: 1, country: 'GB', ids: ['UK_NINO'], table: ['staff', 'member'], idHead: ['staff_id', 'payroll_no'] },
  { langs: ['en', 'fr'], weight: 2, country: 'CA', ids: ['CA_SIN'], table: ['clients', 'client'] },
  { langs: ['en'], weight: 3, country: 'AU', ids: ['AU_TFN'], table: ['payees', 'payee'] },
  { langs: ['en', 'de'], weight: 2, country: 'NL', ids: ['NL_BSN'], table: ['leden', 'lid'], origins: [['nl', 60], ['tr', 8], ['ar', 8], ['de', 6], ['en', 6], ['pl', 6], ['in', 3], ['cn', 3]] },
  { langs: ['en'], weight: 1, country: 'GB', ids: ['IN_AADHAAR'], table: ['contractors', 'contractor'], origins: [['in', 100]] },
  { langs: ['fr'], weight: 3, country: 'FR', ids: ['FR_NIR'], table: ['adherents', 'adherent'], idHead: ['matricule', 'num_adherent'] },
  { langs: ['de'], weight: 3, country: 'DE', ids: ['DE_TAX_ID'], table: ['mitarbeiter', 'mitarbeiter'], idHead: ['personalnr', 'pers_nr'] },
  { langs: ['es'], weight: 3, country: 'ES', ids: ['ES_DNI'], table: ['clientes', 'cliente'] },
  { langs: ['es'], weight: 1, country: 'ES', ids: ['BR_CPF'], table: ['proveedores', 'proveedor'], origins: [['pt', 100]] },
  { langs: ['en', 'es'], weight: 1, country: 'IT', ids: ['IT_FISCAL_CODE'], table: ['clienti', 'cliente'], origins: [['it', 100]] },
  // Web-app users: no national ID, the login IP is the record's identifier.
  { langs: ['en', 'fr', 'de', 'es'], weight: 2, ids: [], table: ['users', 'user'] },
];

const ASK_TABLE: Record<Lang, readonly string[]> = {
  en: ['Here is an export from our CRM — can you find the duplicates?', 'Convert this to JSON please:', 'Which of these rows are missing data?', 'Sort these by city and count them:', 'Clean up this table and fix the capitalisation:', 'Our import script rejects some of these rows, can you see why?', 'Turn this into a CSV I can open in Excel:'],
  fr: ['Voici un export du CRM, peux-tu repérer les doublons ?', 'Convertis ce tableau en JSON :', 'Quelles lignes sont incomplètes ?', 'Trie ces lignes par ville :', 'Mets ce tableau au propre :', 'Le script d’import rejette certaines lignes, tu vois pourquoi ?'],
  de: ['Hier ein Export aus dem CRM – findest du die Dubletten?', 'Wandle das bitte in JSON um:', 'Welche Zeilen sind unvollständig?', 'Sortier das bitte nach Ort:', 'Räum diese Tabelle auf:', 'Der Import lehnt ein paar Zeilen ab, siehst du warum?'],
  es: ['Aquí tienes una exportación del CRM, ¿ves duplicados?', 'Pásalo a JSON, por favor:', '¿Qué filas están incompletas?', 'Ordénalos por ciudad:', 'Limpia esta tabla:', 'El script de importación rechaza algunas filas, ¿sabes por qué?'],
};

function pickScenario(c: Ctx): Scenario {
  const here = SCENARIOS.filter((s) => s.langs.includes(c.lang));
  if (c.focus) {
    const hit = here.filter((s) => s.ids.includes(c.focus!));
    if (hit.length) return c.r.pick(hit);
    if (c.focus === 'IP_ADDRESS') return here[here.length - 1];
  }
  return c.r.pick(here.flatMap((s) => Array<Scenario>(s.weight).fill(s)));
}

/** A phone cell: valid numbers in every form people store them, and some possible but unassigned ones. */
function phoneCell(c: Ctx, country: PhoneCountry): string {
  if (V.POSSIBLE_REGIONS.includes(country) && c.r.chance(0.22)) return V.possiblePhone(c.r, country);
  return V.phoneOf(c.r, country, c.r.pick(['intl', 'national', 'e164', 'digits', 'digits'] as const));
}
/** An IP cell: public, private (records count), IPv6 global and unique-local. */
function ipCell(c: Ctx): string {
  const x = c.r.next();
  return x < 0.4 ? V.ipv4(c.r) : x < 0.72 ? V.privateIpv4(c.r) : x < 0.92 ? V.ipv6(c.r) : V.ulaIpv6(c.r);
}

interface Column {
  readonly head: string;
  readonly sql: string;
  readonly cell: (p: Person) => Part;
}

function columns(c: Ctx, s: Scenario, human: boolean): Column[] {
  const h = (k: keyof typeof HEAD) => c.r.pick(human ? HEAD[k][c.lang].human : HEAD[k][c.lang].code);
  const cols: Column[] = [];
  const recId = () => String(c.r.int(1000, 99999));
  cols.push({ head: s.idHead && c.r.chance(0.6) ? c.r.pick(s.idHead) : h('id'), sql: 'INT', cell: recId });
  // Names: one column in one style for the whole table, or first/last columns.
  const style = c.r.pick(['full', 'full', 'full', 'caps', 'last-first', c.lang === 'fr' || c.lang === 'de' ? 'LAST-first' : 'caps-last-first', 'split'] as const);
  if (style === 'split') {
    cols.push({ head: h('first'), sql: 'VARCHAR(60)', cell: (p) => lab('PERSON', p.first) });
    cols.push({ head: h('last'), sql: 'VARCHAR(80)', cell: (p) => lab('PERSON', p.last) });
  } else {
    cols.push({ head: h('name'), sql: 'VARCHAR(120)', cell: (p) => lab('PERSON', nameIn(p, style)) });
  }
  const optional: Column[] = [];
  const empty = (p: number) => c.r.chance(p);
  optional.push({ head: h('email'), sql: 'VARCHAR(255)', cell: (p) => (empty(0.08) ? '' : as('EMAIL', V.email(c.r, p))) });
  const phoneWanted = c.focus === 'PHONE' || c.r.chance(0.75);
  const dobWanted = c.focus === 'DATE_OF_BIRTH' || (s.ids.length > 0 && c.r.chance(0.6));
  const idType = s.ids.length ? (c.focus && s.ids.includes(c.focus) ? c.focus : c.r.pick(s.ids)) : undefined;
  const ipWanted = s.ids.length === 0 || c.focus === 'IP_ADDRESS' || c.r.chance(0.15);
  if (phoneWanted) optional.push({ head: h('phone'), sql: 'VARCHAR(20)', cell: (p) => (empty(0.08) ? '' : as('PHONE', phoneCell(c, p.address.country))) });
  if (dobWanted) {
    const dateStyle = c.r.pick(['iso', 'iso', 'numeric'] as const);
    optional.push({ head: h('dob'), sql: 'DATE', cell: () => as('DATE_OF_BIRTH', V.formatDate(c.r, c.lang, V.birthDate(c.r), dateStyle)) });
  }
  if (idType) {
    const heads = ID_HEAD[idType][c.lang] ?? ID_HEAD[idType].en;
    optional.push({ head: c.r.pick(human ? heads[1] : heads[0]), sql: 'VARCHAR(20)', cell: () => as(idType, ID_VALUE[idType](c)) });
  }
  if (ipWanted) optional.push({ head: h('ip'), sql: 'VARCHAR(45)', cell: () => as('IP_ADDRESS', ipCell(c)) });
  // Address: one column, or street / postcode / town (only the street line is the address then).
  if (c.focus === 'POSTAL_ADDRESS' || c.r.chance(0.65)) {
    if (c.r.chance(0.55)) {
      optional.push({ head: h('address'), sql: 'VARCHAR(200)', cell: (p) => as('POSTAL_ADDRESS', [...p.address.lines, p.address.locality].join(', ')) });
    } else {
      optional.push({ head: h('street'), sql: 'VARCHAR(120)', cell: (p) => as('POSTAL_ADDRESS', p.address.lines.join(', ')) });
      optional.push({ head: h('postcode'), sql: 'VARCHAR(10)', cell: (p) => p.address.postcode });
      optional.push({ head: h('city'), sql: 'VARCHAR(80)', cell: (p) => p.address.town });
    }
  }
  if (c.r.chance(0.15)) optional.push({ head: h('iban'), sql: 'VARCHAR(34)', cell: () => as('IBAN', V.iban(c.r, c.lang, false)) });
  if (c.r.chance(0.5)) optional.push({ head: h('created'), sql: 'DATE', cell: () => N.recentDate(c.r, c.lang) });
  if (c.r.chance(0.4)) optional.push({ head: h('status'), sql: 'VARCHAR(20)', cell: () => c.r.pick(STATUS[c.lang]) });
  return [...cols, ...optional];
}

const HUMAN_OK: readonly TableFormat[] = ['csv', 'semicolon', 'tsv', 'markdown', 'ascii'];

function recordsTemplate(kind: string, formats: readonly TableFormat[], rows: readonly [number, number], weight: number): Template {
  return {
    kind,
    weight,
    langs: ALL_LANGS,
    covers: ['PERSON', 'POSTAL_ADDRESS', 'EMAIL', 'PHONE', 'DATE_OF_BIRTH', 'IP_ADDRESS', 'IBAN', ...Object.keys(ID_VALUE)],
    make(c) {
      const s = pickScenario(c);
      const format = c.r.pick(formats.filter((f) => f !== 'semicolon' || c.lang === 'fr' || c.lang === 'de'));
      const human = HUMAN_OK.includes(format) && c.r.chance(0.35);
      const cols = columns(c, s, human);
      const n = c.r.int(rows[0], rows[1]);
      const people = Array.from({ length: n }, () => person(c, s.origins, s.country));
      const body = renderTable(c.r, format, {
        name: s.table[0],
        item: s.table[1],
        headers: cols.map((col) => col.head.replace(/\s/g, human ? ' ' : '_')),
        sqlTypes: cols.map((col) => col.sql),
        rows: people.map((p) => cols.map((col) => col.cell(p))),
      });
      const fence = format === 'json' ? 'json' : format === 'yaml' ? 'yaml' : format === 'xml' ? 'xml' : format.startsWith('sql') ? 'sql' : '';
      const fenced = fence && c.r.chance(0.6) ? d`\`\`\`${fence}\n${body}\n\`\`\`` : body;
      return d`${pick(c, ASK_TABLE)}\n\n${fenced}`;
    },
  };
}

// ------------------------------------------------------------------ negatives: tables without people

const ASK_NEG: Record<Lang, readonly string[]> = {
  en: ['Sum the totals per supplier:', 'Which products are low on stock?', 'Convert this to a Markdown table:', 'Find the rows that break our naming rules:'],
  fr: ['Fais la somme par fournisseur :', 'Quels produits sont en rupture ?', 'Convertis en tableau Markdown :'],
  de: ['Summiere die Beträge pro Lieferant:', 'Welche Artikel sind knapp?', 'Mach daraus eine Markdown-Tabelle:'],
  es: ['Suma los importes por proveedor:', '¿Qué productos tienen poco stock?', 'Pásalo a tabla Markdown:'],
};

/** Suppliers and brands named after people: companies, not persons. */
const SUPPLIERS = ['Johnson & Johnson', 'Ernst & Young', 'Mercedes-Benz', 'Procter & Gamble', 'Marks & Spencer', 'Dr. Oetker', 'Siemens AG', 'Bosch', 'Porsche', 'Ferrero', 'Louis Vuitton', 'Hugo Boss', 'Ben & Jerry’s', 'McKinsey & Company', 'Roland Berger', 'Pernod Ricard', 'Fischer Dübel', 'Boehringer Ingelheim', 'Peugeot', 'Michelin', 'El Corte Inglés', 'Massimo Dutti', 'Chupa Chups', 'Tous'];
/** Towns and postcodes alone (a location, not an address), and service accounts named like people. */
const TOWNS = ['Berlin', 'Lyon', 'Valencia', 'Leeds', 'München', 'Bordeaux', 'Sevilla', 'Bristol', 'Köln', 'Nantes', 'Bilbao', 'Glasgow'];
const BOTS = ['jenkins', 'alexa-skill', 'django-admin', 'sentry-bot', 'dependabot', 'grafana', 'ansible', 'airflow', 'jarvis', 'siri-shortcuts'];

const negative: Template = {
  kind: 'crm-csv',
  langs: ALL_LANGS,
  covers: [],
  make(c) {
    const variant = c.r.int(0, 3);
    const format = c.r.pick(['csv', 'markdown', 'ascii', 'tsv', 'sql-insert', 'json'] as const);
    const n = c.r.int(4, 9);
    let spec;
    if (variant === 0) {
      spec = {
        name: 'suppliers', item: 'supplier', headers: ['supplier', 'category', 'orders', 'total', 'last_order'],
        rows: Array.from({ length: n }, () => [c.r.pick(SUPPLIERS), c.r.pick(['pharma', 'consulting', 'automotive', 'retail', 'food']), String(c.r.int(1, 300)), N.price(c.r, c.lang), N.recentDate(c.r, c.lang)]),
      };
    } else if (variant === 1) {
      spec = {
        name: 'depots', item: 'depot', headers: ['depot', 'postcode', 'city', 'capacity', 'open_since'],
        rows: Array.from({ length: n }, () => [`D-${c.r.int(10, 99)}`, c.r.padded(1000, 99999, 5), c.r.pick(TOWNS), String(c.r.int(100, 9000)), String(c.r.int(1990, 2024))]),
      };
    } else if (variant === 2) {
      spec = {
        name: 'jobs', item: 'job', headers: ['job', 'owner', 'schedule', 'last_run', 'duration_s'],
        rows: Array.from({ length: n }, () => [`${c.r.pick(['nightly', 'deploy', 'backup', 'report'])}-${c.r.chars('abcdefghijklmnopqrstuvwxyz', 4)}`, c.r.pick(BOTS), c.r.pick(['0 3 * * *', '*/15 * * * *', '@daily']), N.isoTimestamp(c.r), String(c.r.int(3, 3600))]),
      };
    } else {
      spec = {
        name: 'products', item: 'product', headers: ['sku', 'product', 'qty', 'price', 'ean'],
        rows: Array.from({ length: n }, () => [`${c.r.chars('ABCDEFGHJKLMNPQRSTUVWXYZ', 3)}-${c.r.digits(5)}`, c.r.pick(['2 road bikes (set)', 'Alexa Echo Dot', 'Jenkins pipeline handbook', 'Mercedes-Benz key ring', 'Django for APIs (book)', 'Bayes theorem mug', 'Ferrero Rocher 24 pcs', 'Hugo Boss Bottled EDT']), String(c.r.int(0, 400)), N.price(c.r, 'en'), N.ean13(c.r)]),
      };
    }
    return d`${pick(c, ASK_NEG)}\n\n${renderTable(c.r, format, spec)}`;
  },
};

export const CUSTOMER_RECORDS: readonly Template[] = [
  recordsTemplate('crm-csv', ['csv', 'csv', 'semicolon', 'tsv'], [5, 12], 3),
  recordsTemplate('sql-dump', ['sql-insert', 'sql-create'], [4, 10], 3),
  recordsTemplate('db-output', ['ascii', 'psql', 'markdown'], [5, 11], 3),
  recordsTemplate('records-json', ['json', 'yaml', 'xml'], [2, 4], 2),
  negative,
];

/** Labelled value helper for other templates: a record's person name in a record style. */
export const recordName = (c: Ctx, p: Person): Piece => lab('PERSON', nameIn(p, c.r.pick(['full', 'caps', 'last-first'] as const)));
