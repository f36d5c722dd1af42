import type { Detector } from '../types';
import { findAddresses } from './find';
import { maskAddress } from './mask';

/**
 * Street addresses (US, CA, AU, UK, FR, DE/AT/CH, ES, IT, NL): house number and street with its type
 * word, optionally units, postcode and city on the same or the next line; cells of address columns.
 * A street alone is medium confidence, with a postcode, a cue word or an address label high; a city or
 * postcode alone is no address. See docs/design/postal-addresses.md.
 */
export const postalAddress: Detector = {
  id: 'postal-address',
  type: 'POSTAL_ADDRESS',
  category: 'PII',
  severity: 'medium',
  description: 'Postal address (house number and street, with postcode and city when present)',
  anchor: { full: true },
  patterns: [],
  find: findAddresses,
  mask: maskAddress,
  examples: {
    match: [
      'Please ship it to 1600 Pennsylvania Avenue NW, Washington, DC 20500.',
      'Our office: 55 W 46th St, New York, NY 10036',
      'He lives at 221B Baker Street, London NW1 6XE.',
      'Kunde: Maria Schmidt, Hauptstraße 12, 10115 Berlin',
      'Lieferadresse: Karl-Marx-Allee 34a',
      'Rechnung an Lindenweg 3\n80331 München',
      'Adresse : 12 bis rue de la Paix, 75002 Paris',
      'Dirección: Calle de Alcalá, 45, 3º B, 28013 Madrid',
      'Indirizzo: Via Roma 12, 00184 Roma RM',
      'Bezorgadres: Keizersgracht 123, 1015 CJ Amsterdam',
      'Send the cheque to 24 Sussex Drive, Ottawa, ON K1A 0A3',
      'Office: 10 Bridge St, Sydney NSW 2000',
    ],
    noMatch: [
      'I bought 2 road bikes last week.',
      'Release 12 Main branch is frozen.',
      '2020 Street Fighter tournament results',
      'The meeting is in Berlin, 10115 is the postcode.',
      'PO Box 1234',
      'Upgrade to version 2.12 Main Street edition',
      'const street = rows[12].main; // 12 Main',
      '2024-01-15 10:23:45 INFO 12 Main workers started',
      'Im Raum 12 findet das Meeting statt.',
      'Parkplatz 12 ist reserviert.',
    ],
  },
};
