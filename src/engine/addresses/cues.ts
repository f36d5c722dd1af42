/**
 * Cues that a street line is somebody's address: words before it ("Address:", "ship to", "wohnt in",
 * "habite au") and field labels (a column `address`, a key `street`, a tag `<Anschrift>`).
 */

/** Prose cues, lower case, matched in the text just before the street (same line, or the line above). */
const TEXT_CUES = [
  'address', 'adresse', 'anschrift', 'dirección', 'direccion', 'domicilio', 'indirizzo', 'adres', 'ship to', 'shipping',
  'deliver to', 'delivery', 'mailing', 'bill to', 'billing', 'lives at', 'live at', 'living at', 'located at', 'resides at',
  'residing at', 'moved to', 'send to', 'visit us at', 'wohnt', 'wohne', 'wohnhaft', 'lieferung an', 'habite', 'domicilié',
  'demeurant', 'livraison', 'vive en', 'vivo en', 'reside en', 'envío', 'entrega', 'residente', 'abita', 'abito',
  'consegna', 'spedizione', 'woont', 'woonachtig', 'bezorg',
  // the parties of a shipping label or letter: the address follows the name
  'absender', 'empfänger', 'expéditeur', 'destinataire', 'remitente', 'destinatario', 'mittente', 'afzender', 'ontvanger',
  'sender', 'recipient', 'livrer à', 'facturer à', 'enviar a', 'facturar a', 'not known at', 'desconocido en',
];
const TEXT_CUE = new RegExp(TEXT_CUES.map((c) => c.replace(/ /g, '\\s+')).join('|'), 'i');
/** `email address`, `IP address`: the word `address` there is no postal cue. */
const NOT_POSTAL_BEFORE = /(?:e-?mail|ip|mac|wallet|web|url)[\s-]*$/i;

/** How far before the street a prose cue may stand. */
const CUE_REACH = 48;

/** The cue word before the street starting at `start` (its line, or the line above if it starts one). */
export function textCueBefore(text: string, start: number): string | undefined {
  let from = Math.max(0, start - CUE_REACH);
  // Bounded: `lastIndexOf` would walk back to the text's start on one endless line, for every street.
  let lineBreak = start - 1;
  while (lineBreak >= from && text.charCodeAt(lineBreak) !== 10) lineBreak--;
  if (lineBreak >= from) {
    // The street starts its line: read the line above (a "Address:" label line), else this line's start.
    const onLine = text.slice(lineBreak + 1, start);
    from = /\S/.test(onLine) ? lineBreak + 1 : Math.max(0, lineBreak - CUE_REACH);
  }
  const before = text.slice(from, start);
  const m = TEXT_CUE.exec(before);
  if (!m) return undefined;
  const word = m[0].toLowerCase().replace(/\s+/g, ' ');
  if (word === 'address' && NOT_POSTAL_BEFORE.test(before.slice(0, m.index))) return undefined;
  return word;
}

/** Label words of address fields: whole words of a normalised label, or the end of a compound. */
const LABEL_WORDS = new Set([
  'address', 'addresses', 'addr', 'adr', 'street', 'straße', 'strasse', 'str', 'anschrift', 'adresse', 'adressen',
  'dirección', 'direccion', 'domicilio', 'domicile', 'indirizzo', 'residenza', 'adres', 'straat', 'straatnaam',
  'postanschrift', 'calle', 'rue', 'voie', 'via', 'vía', 'strada',
]);
const LABEL_ENDINGS = ['adresse', 'adres', 'anschrift', 'address', 'straße', 'strasse', 'straat'];
/** Labels of other kinds of addresses: `email address`, `E-Mail-Adresse`, `ip_address`, `wallet address`. */
const OTHER_ADDRESS = /^(?:e|email|mail|ip|ipv4|ipv6|mac|wallet|url|web|website|btc|eth|bitcoin|ethereum|server|host|hostname|memory|smtp|remote|gateway|dns|proxy|contract|hex|emailadresse|mailadresse|ipadresse|webadresse|mailadres|emailadres|ipadres)$/;

/**
 * Verdicts of `addressLabelWord` by label (null: not an address field). Labels repeat within a text
 * and across texts (a table's column label, once per cell; ` address ` in every form), and a verdict
 * splits and tests the label with regexes (~0.4 µs). Emptied when full: a text of random keys cannot
 * grow it without bound.
 */
const VERDICTS = new Map<string, string | null>();
const MAX_VERDICTS = 1024;

/**
 * The address word of a normalised field label (` shipping address `, ` lieferadresse `, ` street `),
 * or undefined when the field holds something else (` email address `, ` ip address `, ` city `).
 */
export function addressLabelWord(label: string): string | undefined {
  let word = VERDICTS.get(label);
  if (word === undefined) {
    if (VERDICTS.size >= MAX_VERDICTS) VERDICTS.clear();
    VERDICTS.set(label, (word = labelWordOf(label) ?? null));
  }
  return word ?? undefined;
}

/** `addressLabelWord` without the memo. */
function labelWordOf(label: string): string | undefined {
  const words = label.trim().split(' ');
  let found: string | undefined;
  for (const raw of words) {
    // `address1`, `adresse2`, `addr_line_1`: the line number does not change the field.
    const w = raw.replace(/\d+$/, '');
    if (OTHER_ADDRESS.test(w)) return undefined;
    if (found) continue;
    if (LABEL_WORDS.has(w)) found = w;
    else {
      const ending = LABEL_ENDINGS.find((e) => w.length > e.length && w.endsWith(e));
      if (ending) found = ending;
    }
  }
  // `line1`, `line_2` (Stripe-style `address: {line1, line2, city, postal_code}`): an address line, but
  // the word names lines of anything, so its cells need a street-type word (`LINE_LABEL`).
  if (!found && words.some((raw, i) => /^line[1-3]$/.test(raw) || (raw === 'line' && /^[1-3]$/.test(words[i + 1] ?? '')))) found = LINE_LABEL;
  return found;
}

/** The label word of `line1`-style fields, whose cells must hold a street-type word to count. */
export const LINE_LABEL = 'line';

/** Whether a normalised label names a postal address field (for `FieldIndex.cells`). */
export function isAddressLabel(label: string): boolean {
  return addressLabelWord(label) !== undefined;
}
