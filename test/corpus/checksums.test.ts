/**
 * The corpus's checksum rules against values published in specifications and reference libraries
 * (python-stdnum docs, Wikipedia, government examples), plus round trips of the generators. If these
 * fail, every "valid" label in the corpus is suspect.
 */
import { describe, expect, it } from 'vitest';
import { type Country, makeAddress, oneLine } from './addresses';
import * as C from './checksums';
import { makePerson, ORIGINS, split } from './people';
import { Rng } from './rng';
import * as V from './valid-values';

describe('checksum rules match published examples', () => {
  it.each([
    ['luhn', C.luhnValid, ['4242424242424242', '4111 1111 1111 1111', '378282246310005', '046 454 286'], ['4242424242424241', '1234567812345678']],
    ['iban', C.ibanValid, ['DE89 3704 0044 0532 0130 00', 'GB29NWBK60161331926819', 'FR1420041010050500013M02606', 'NL91ABNA0417164300'], ['DE89 3704 0044 0532 0130 01', 'GB29NWBK6016133192681']],
    ['verhoeff/aadhaar', C.aadhaarValid, ['234123412346'], ['234123412347', '123412341234']],
    ['nhs', C.nhsValid, ['943 476 5919', '4010232137'], ['943 476 5918']],
    ['bsn', C.bsnValid, ['111222333', '123456782'], ['111222334']],
    ['tfn', C.tfnValid, ['123 456 782'], ['123 456 783']],
    ['aba', C.abaValid, ['011000015', '021000021'], ['011000016', '991000015']],
    ['sin', C.sinValid, ['123 456 782', '130 692 544'], ['123 456 783', '846 454 286']],
    ['steuer-id', C.steuerIdValid, ['36 574 261 809', '86095742719'], ['36 574 261 808', '11111111111']],
    ['cpf', C.cpfValid, ['390.533.447-05'], ['390.533.447-06', '111.111.111-11']],
    ['cnpj', C.cnpjValid, ['16.727.230/0001-97'], ['16.727.230/0001-98']],
    ['nir', C.nirValid, ['2 95 10 99 126 111 93', '1 84 12 76 451 089 46'], ['2 95 10 99 126 111 94']],
    ['dni/nie', C.esIdValid, ['54362315K', 'X2482300W', '12345678Z'], ['54362315A', '12345678A']],
    ['codice fiscale', C.cfValid, ['RCCMNL83S18D969H', 'RSSMRA85T10A562S'], ['RCCMNL83S18D969A']],
    ['ssn', C.ssnValid, ['078-05-1121', '536-22-8726'], ['000-12-3456', '666-12-3456', '912-34-5678', '123-00-4567', '123-45-0000']],
    ['itin', C.itinValid, ['912-70-1234', '999-88-0000'], ['912-34-5678', '123-70-1234']],
    ['bic', C.bicValid, ['DEUTDEFF', 'DEUTDEFF500', 'BNPAFRPPXXX', 'NWBKGB2L'], ['DEUTDEF', 'RINPFRLO', 'FKORATIEXYP', 'ABCDZZ22']],
    ['nino', C.ninoValid, ['AB 12 34 56 C', 'JG103759A'], ['QQ 12 34 56 C', 'GB123456A', 'AB123456E']],
  ] as const)('%s', (_name, valid, good, bad) => {
    for (const v of good) expect(valid(v), v).toBe(true);
    for (const v of bad) expect(valid(v), v).toBe(false);
  });

  it('crc32 matches the IEEE reference value', () => {
    expect(C.crc32('123456789')).toBe(0xcbf43926);
  });

  it('base62 encodes with 0-9A-Za-z and left-pads to the width', () => {
    expect(C.base62(0, 6)).toBe('000000');
    expect(C.base62(61, 6)).toBe('00000z');
    expect(C.base62(62, 6)).toBe('000010');
  });
});

describe('generators produce values that pass their own rule and nothing else', () => {
  const r = new Rng(42);
  const cases: Array<[string, () => string, (v: string) => boolean]> = [
    ['card', () => V.creditCard(r), C.luhnValid],
    ['iban', () => V.iban(r, r.pick(['en', 'fr', 'de', 'es'] as const)), C.ibanValid],
    ['aba', () => V.abaRouting(r), C.abaValid],
    ['ssn', () => V.usSsn(r), C.ssnValid],
    ['itin', () => V.usItin(r), C.itinValid],
    ['nino', () => V.ukNino(r), C.ninoValid],
    ['nhs', () => V.ukNhs(r), C.nhsValid],
    ['nir', () => V.frNir(r), C.nirValid],
    ['steuer', () => V.deTaxId(r), C.steuerIdValid],
    ['dni', () => V.esDni(r), C.esIdValid],
    ['cf', () => V.itFiscalCode(r).code, C.cfValid],
    ['bsn', () => V.nlBsn(r), C.bsnValid],
    ['cpf', () => V.brCpf(r), C.cpfValid],
    ['cnpj', () => V.brCnpj(r), C.cnpjValid],
    ['aadhaar', () => V.inAadhaar(r), C.aadhaarValid],
    ['sin', () => V.caSin(r), C.sinValid],
    ['tfn', () => V.auTfn(r), C.tfnValid],
    ['bic', () => V.swiftBic(r, r.pick(['en', 'fr', 'de', 'es'] as const)), C.bicValid],
    ['github', () => V.githubClassic(r), C.githubClassicValid],
  ];
  it.each(cases)('%s', (_name, make, valid) => {
    for (let i = 0; i < 200; i++) {
      const v = make();
      expect(valid(v), v).toBe(true);
    }
  });

  it('9-digit identifiers do not collide across schemes', () => {
    for (let i = 0; i < 200; i++) {
      const sin = V.caSin(r, '');
      expect([C.bsnValid(sin), C.tfnValid(sin), C.abaValid(sin)]).toEqual([false, false, false]);
      const bsn = V.nlBsn(r, false);
      expect([C.sinValid(bsn), C.tfnValid(bsn), C.abaValid(bsn)]).toEqual([false, false, false]);
    }
  });

  it('JWT headers decode to JSON with an alg', () => {
    for (let i = 0; i < 50; i++) {
      const header = JSON.parse(C.base64UrlDecode(V.jwt(r).split('.')[0]));
      expect(typeof header.alg).toBe('string');
    }
  });

  it('Azure storage keys are 64 bytes of base64', () => {
    for (let i = 0; i < 50; i++) {
      const key = V.azureStorageKey(r);
      expect(key).toMatch(/^[A-Za-z0-9+/]{86}==$/);
      expect(atob(key).length).toBe(64);
    }
  });

  it('phones are valid for libphonenumber (max metadata)', async () => {
    const { parsePhoneNumberFromString } = await import('libphonenumber-js/max');
    for (const lang of ['en', 'fr', 'de', 'es'] as const) {
      for (let i = 0; i < 30; i++) {
        const p = V.phone(r, lang);
        const region = lang === 'en' ? (p.includes('+44') || p.startsWith('0') ? 'GB' : 'US') : (lang.toUpperCase() as 'FR' | 'DE' | 'ES');
        expect(parsePhoneNumberFromString(p, region)?.isValid(), `${lang} ${p}`).toBe(true);
      }
    }
  });

  it('phones of every corpus country are valid, and "possible" ones are possible but unassigned', async () => {
    const { parsePhoneNumberFromString } = await import('libphonenumber-js/max');
    for (const country of V.PHONE_REGIONS) {
      for (let i = 0; i < 20; i++) {
        const p = V.phoneOf(r, country);
        expect(parsePhoneNumberFromString(p, country)?.isValid(), `${country} ${p}`).toBe(true);
      }
    }
    for (const country of V.POSSIBLE_REGIONS) {
      for (let i = 0; i < 20; i++) {
        const p = parsePhoneNumberFromString(V.possiblePhone(r, country), country);
        expect(p?.isPossible() === true && !p.isValid(), `${country} ${p?.number}`).toBe(true);
      }
    }
  });
});

describe('IP generators keep to the team rule (documentation, loopback and unspecified never count)', () => {
  const r = new Rng(7);
  const special = (ip: string) => {
    const [a, b, c] = ip.split('.').map(Number);
    return a === 0 || a === 10 || a === 127 || a >= 224 || (a === 100 && b >= 64 && b < 128) || (a === 169 && b === 254) || (a === 172 && b >= 16 && b < 32) ||
      (a === 192 && (b === 168 || (b === 0 && (c === 0 || c === 2)) || (b === 88 && c === 99))) || (a === 198 && (b === 18 || b === 19 || (b === 51 && c === 100))) || (a === 203 && b === 0 && c === 113);
  };
  it('public IPv4 avoids every special-purpose range; IPv6 avoids 2001:db8::/32', () => {
    for (let i = 0; i < 2000; i++) {
      const ip = V.ipv4(r);
      expect(special(ip), ip).toBe(false);
      expect(ip.split('.').some((o) => Number(o) >= 10), ip).toBe(true);
      expect(V.ipv6(r)).not.toMatch(/^2001:0?db8:/i);
    }
  });
  it('private and documentation generators stay in their ranges', () => {
    for (let i = 0; i < 500; i++) {
      expect(special(V.privateIpv4(r))).toBe(true);
      const doc = V.docIp(r);
      expect(doc.includes(':') ? /^(?:2001:db8:|::1$)/.test(doc) : special(doc), doc).toBe(true);
      expect(V.ulaIpv6(r)).toMatch(/^fd[0-9a-f]{2}:/);
    }
  });
});

describe('hand-written people and addresses', () => {
  const r = new Rng(11);
  it('the dev and held-out pools never share a name', () => {
    for (const o of Object.values(ORIGINS)) {
      for (const list of [o.f, o.m, o.family]) {
        const dev = new Set(split(list, 'dev'));
        for (const name of split(list, 'heldout')) expect(dev.has(name), name).toBe(false);
      }
    }
  });
  it('names are letters and name punctuation only, in every language mix', () => {
    for (const lang of ['en', 'fr', 'de', 'es'] as const) {
      for (let i = 0; i < 300; i++) {
        const p = makePerson(r, lang, i % 2 ? 'dev' : 'heldout');
        expect(p.full, p.full).toMatch(/^[\p{L}][\p{L}\p{M}'’ -]*[\p{L}\p{M}]$/u);
        expect(p.full.includes(p.last) && p.full.includes(p.callName), p.full).toBe(true);
      }
    }
  });
  it('every country gives a street line with a number and a locality with a postcode', () => {
    const countries: Country[] = ['US', 'GB', 'IE', 'FR', 'BE', 'CH', 'DE', 'AT', 'ES', 'IT', 'NL', 'CA', 'AU'];
    for (const country of countries) {
      for (let i = 0; i < 100; i++) {
        const a = makeAddress(r, 'en', i % 2 ? 'dev' : 'heldout', country);
        expect(a.street, oneLine(a)).toMatch(/\d/);
        expect(a.locality.includes(a.postcode) && a.locality.toLocaleUpperCase('en').includes(a.town.toLocaleUpperCase('en')), oneLine(a)).toBe(true);
        expect(oneLine(a)).not.toMatch(/\n|  |undefined/);
      }
    }
  });
});

