import { labelWords } from '../fields/label-words';

/**
 * The words the field index searches to find address fields (`FieldIndex.cells` with label words):
 * every label `isAddressLabel` accepts (cues.ts: a label word, or a compound ending in one) contains
 * one of them in any case. src/engine/fields/label-words.test.ts checks them against labels it accepts.
 */
export const ADDRESS_LABEL_WORDS = labelWords([
  // address, addresses, addr1, address_2, Lieferadresse, adressen, woonadres
  'addr', 'adres',
  'street', 'straße', 'straẞe', 'strasse', 'straat', 'anschrift', 'direcci', 'domicil', 'indirizzo', 'calle',
  'strada', 'residenza', 'voie', 'str_', 'str-',
  // Stripe-style `line1` / `address_line_2` (the cells then need a street-type word: cues.ts LINE_LABEL).
  'line1', 'line2', 'line3', 'line_1', 'line_2', 'line_3',
  // The short words below as a CREATE TABLE column (`rue VARCHAR(120),`): a blank and a type follow.
  ...['rue', 'via', 'str', 'adr'].flatMap((w) => ['varchar', 'nvarchar', 'char', 'text', 'string'].map((t) => `${w} ${t}`)),
], [
  // Short street words that are everyday words or code elsewhere (`true`, `via`, `str`): whole labels only.
  'rue', 'via', 'vía', 'str', 'adr',
]);
