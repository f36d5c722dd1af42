import { describe, expect, it } from 'vitest';
import { ibanValid } from './iban';

describe('ibanValid', () => {
  // Example IBANs from the SWIFT IBAN Registry and the Wikipedia "International Bank Account Number"
  // article (GB82 WEST…, DE89 3704…); printed (grouped) and electronic (compact) forms.
  it.each([
    'GB82WEST12345698765432',
    'GB82 WEST 1234 5698 7654 32',
    'GB29NWBK60161331926819',
    'DE89370400440532013000',
    'DE89 3704 0044 0532 0130 00',
    'FR1420041010050500013M02606',
    'NL91ABNA0417164300',
    'BE68539007547034',
    'CH9300762011623852957',
    'NO9386011117947',
    'MT84MALT011000012345MTLCAST001S',
    'IT60X0542811101000000123456',
    'ES9121000418450200051332',
    'SA0380000000608010167519',
  ])('accepts %s', (v) => expect(ibanValid(v)).toBe(true));

  it.each([
    ['GB82WEST12345698765433', 'bad checksum'],
    ['DE89370400440532013001', 'bad checksum'],
    ['DE8937040044053201300', 'one digit short for DE'],
    ['XX82WEST12345698765432', 'unknown country'],
    ['US12345678901234567890', 'the US issues no IBANs'],
    ['GB00WEST12345698765432', 'impossible check digits'],
  ])('rejects %s (%s)', (v) => expect(ibanValid(v)).toBe(false));
});
