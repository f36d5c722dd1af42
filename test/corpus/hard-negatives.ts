/**
 * Hard negatives: strings that look like sensitive values but are not, and that a detector must NOT
 * flag. They are never labelled. Each failing-checksum generator re-checks that its output really fails
 * (a "bad" IBAN that happens to pass mod-97 would be a mislabel).
 */
import { ALNUM, BASE64, DIGITS, HEX, Rng, UPPER } from './rng';
import {
  aadhaarValid, bsnValid, cpfValid, esIdValid, ibanValid, luhnValid, nhsValid, nirValid, sinValid,
  steuerIdValid, tfnValid,
} from './checksums';
import { bban, group, IBAN_COUNTRY_BY_LANG, type Lang } from './valid-values';

export function uuid(r: Rng): string {
  const h = (n: number) => r.chars(HEX, n);
  return `${h(8)}-${h(4)}-4${h(3)}-${r.pick(['8', '9', 'a', 'b'])}${h(3)}-${h(12)}`;
}
export const gitSha = (r: Rng): string => r.chars(HEX, 40);
export const shortSha = (r: Rng): string => r.chars(HEX, r.pick([7, 8, 12]));
export const md5 = (r: Rng): string => r.chars(HEX, 32);
export const sha256 = (r: Rng): string => r.chars(HEX, 64);

export function orderNumber(r: Rng): string {
  return r.pick([
    () => `ORD-${r.int(2021, 2025)}-${r.padded(1, 999999, 6)}`,
    () => `#${r.int(100000, 9999999)}`,
    () => `${r.int(100, 999)}-${r.int(1000000, 9999999)}-${r.int(1000000, 9999999)}`, // marketplace style
    () => `PO${r.digits(8)}`,
    () => `SO-${r.chars(UPPER, 2)}${r.digits(6)}`,
  ])();
}
export function invoiceNumber(r: Rng): string {
  return r.pick([
    () => `INV-${r.int(2022, 2025)}-${r.padded(1, 9999, 4)}`,
    () => `FA-${r.int(2022, 2025)}-${r.padded(1, 999, 3)}`,
    () => `RE${r.int(2022, 2025)}${r.padded(1, 99999, 5)}`,
    () => `F${r.digits(9)}`,
  ])();
}
export function ticketId(r: Rng): string {
  return r.pick([() => `#${r.int(10000, 999999)}`, () => `SUP-${r.int(1000, 99999)}`, () => `CS-${r.int(2023, 2025)}-${r.digits(5)}`])();
}
export function trackingNumber(r: Rng): string {
  return r.pick([() => `1Z${r.chars(UPPER + DIGITS, 16)}`, () => `JJD${r.digits(18)}`, () => `LX${r.digits(9)}FR`])();
}

/** 16 digits with a card-like prefix and grouping that FAIL Luhn (transaction ids, typos). */
export function luhnFailing16(r: Rng, sep: ' ' | '-' | '' = r.pick([' ', '-', ''] as const)): string {
  for (;;) {
    const d = r.pick(['4', '5', '4000', '5555', '6011']) ;
    const digits = (d + r.digits(16)).slice(0, 16);
    if (!luhnValid(digits)) return sep ? group(digits, [4, 4, 4, 4], sep) : digits;
  }
}

/** IBAN with correct country, length and layout but a wrong mod-97 check. */
export function badIban(r: Rng, lang: Lang, grouped = r.chance(0.6)): string {
  for (;;) {
    const country = r.pick(IBAN_COUNTRY_BY_LANG[lang]);
    const s = country + r.padded(2, 98, 2) + bban(r, country);
    if (ibanValid(s)) continue;
    return grouped ? group(s, Array(10).fill(4), ' ') : s;
  }
}

/** SSN-shaped numbers with an impossible area (000, 666, 9xx outside ITIN groups) or zero group/serial. */
export function badSsn(r: Rng): string {
  const area = r.pick(['000', '666', `9${r.int(0, 9)}${r.int(0, 9)}`]);
  const g = area.startsWith('9') ? r.pick(['10', '23', '34', '41', '47', '93']) : r.padded(1, 99, 2);
  const variant = r.int(0, 4);
  if (variant === 0) return `${r.padded(1, 665, 3)}-00-${r.padded(1, 9999, 4)}`;
  if (variant === 1) return `${r.padded(1, 665, 3)}-${r.padded(1, 99, 2)}-0000`;
  return `${area}-${g}-${r.padded(1, 9999, 4)}`;
}

/** National-ID-shaped values with a wrong check digit or letter. */
export function badNationalId(r: Rng, kind: 'dni' | 'bsn' | 'cpf' | 'nir' | 'nhs' | 'steuer' | 'aadhaar' | 'sin' | 'tfn'): string {
  for (;;) {
    switch (kind) {
      case 'dni': {
        const v = r.padded(1000000, 79999999, 8) + r.chars('TRWAGMYFPDXBNJZSQVHLCKE', 1);
        if (!esIdValid(v)) return v;
        break;
      }
      case 'bsn': {
        const v = r.int(1, 6) + r.digits(8);
        if (!bsnValid(v)) return v;
        break;
      }
      case 'cpf': {
        const v = r.digits(11);
        if (!cpfValid(v)) return `${v.slice(0, 3)}.${v.slice(3, 6)}.${v.slice(6, 9)}-${v.slice(9)}`;
        break;
      }
      case 'nir': {
        const v = `${r.int(1, 2)}${r.padded(50, 99, 2)}${r.padded(1, 12, 2)}${r.padded(1, 95, 2)}${r.digits(6)}${r.padded(1, 97, 2)}`;
        if (!nirValid(v)) return group(v, [1, 2, 2, 2, 3, 3, 2], ' ');
        break;
      }
      case 'nhs': {
        const v = r.pick(['4', '6']) + r.digits(9);
        if (!nhsValid(v)) return group(v, [3, 3, 4], ' ');
        break;
      }
      case 'steuer': {
        const v = r.int(1, 9) + r.digits(10);
        if (!steuerIdValid(v)) return v;
        break;
      }
      case 'aadhaar': {
        const v = r.int(2, 9) + r.digits(11);
        if (!aadhaarValid(v)) return group(v, [4, 4, 4], ' ');
        break;
      }
      case 'sin': {
        const v = r.int(1, 7) + r.digits(8);
        if (!sinValid(v)) return group(v, [3, 3, 3], ' ');
        break;
      }
      case 'tfn': {
        const v = r.int(1, 9) + r.digits(8);
        if (!tfnValid(v)) return group(v, [3, 3, 3], ' ');
        break;
      }
    }
  }
}

/** Documented placeholders and sample values that must never be reported as secrets. */
export const PLACEHOLDERS = {
  apiKey: ['YOUR_API_KEY', '<your-key>', '<YOUR_API_KEY>', 'your-api-key-here', 'REPLACE_ME', '********', 'xxxxxxxxxxxxxxxx', '<api-key>', 'INSERT_KEY_HERE'],
  envRef: ['${DB_PASSWORD}', '${API_KEY}', '${SECRET_KEY}', '$DATABASE_PASSWORD', '${STRIPE_SECRET_KEY}', '%APP_SECRET%'],
  template: ['{{ secret }}', '{{ .Values.db.password }}', '{{ vault_db_password }}', '{{secrets.API_TOKEN}}', '${{ secrets.DEPLOY_KEY }}'],
  openai: ['sk-xxxxxxxx', 'sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'sk-...', 'sk-proj-XXXXXXXXXXXXXXXX', 'sk-<your key>'],
  awsId: ['AKIAIOSFODNN7EXAMPLE', 'AKIAXXXXXXXXXXXXXXXX'],
  awsSecret: ['wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', '<aws-secret-access-key>'],
  github: ['ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'ghp_<token>', '<github-token>'],
  password: ['changeme', 'password', '<password>', '********', 'your_password', 'CHANGE_ME', '${DB_PASSWORD}', 'secret'],
  slackWebhook: ['https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX', 'https://hooks.slack.com/services/<workspace>/<channel>/<token>'],
  jwtSample: [
    // The jwt.io sample token (public documentation value).
    'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c',
  ],
} as const;

/** `data:image/png;base64,…` as pasted from a browser (random body, realistic PNG header). */
export function base64Image(r: Rng): string {
  const mime = r.pick(['png', 'png', 'jpeg', 'gif', 'webp']);
  const header = mime === 'png' ? 'iVBORw0KGgoAAAANSUhEUgAA' : mime === 'jpeg' ? '/9j/4AAQSkZJRgABAQAAAQABAAD' : mime === 'gif' ? 'R0lGODlhAQABAIAAAP' : 'UklGRiQAAABXRUJQVlA4I';
  return `data:image/${mime};base64,${header}${r.chars(BASE64, r.int(200, 900))}${r.pick(['', '=', '=='])}`;
}

/** A line of minified JavaScript (bundler output) with short identifiers and key-ish property names. */
export function minifiedJs(r: Rng): string {
  const v = () => r.chars('abcdefghijklmnopqrstuvwxyz', 1) + r.chars('abcdefghijklmnopqrstuvwxyz$_', r.int(0, 1));
  const parts = [
    `!function(${v()},${v()}){"object"==typeof exports&&"undefined"!=typeof module?module.exports=${v()}():"function"==typeof define&&define.amd?define(${v()}):(${v()}="undefined"!=typeof globalThis?globalThis:${v()}||self).${r.pick(['Chart', 'dayjs', 'axios', 'Sortable'])}=${v()}()}(this,function(){"use strict";`,
    `var ${v()}=Object.defineProperty,${v()}=(${v()},${v()},${v()})=>${v()} in ${v()}?${v()}(${v()},${v()},{enumerable:!0,configurable:!0,writable:!0,value:${v()}}):${v()}[${v()}]=${v()};`,
    `function ${v()}(${v()}){return ${v()}.apiKey||${v()}.headers&&${v()}.headers["x-api-key"]||null}`,
    `const ${v()}={password:"",token:null,secret:void 0,apiKey:${v()}.env.API_KEY};`,
    `${v()}.prototype.setPassword=function(${v()}){this.password=${v()};return this};`,
    `var ${v()}="0123456789abcdefghijklmnopqrstuvwxyz".split(""),${v()}=${r.int(1e5, 9e5)}|0;`,
    `${v()}.exports={version:"${r.int(1, 9)}.${r.int(0, 20)}.${r.int(0, 30)}",hash:"${r.chars(HEX, 20)}"};`,
    `for(var ${v()}=0,${v()}=${v()}.length;${v()}<${v()};${v()}++)${v()}[${v()}]=${v()}.charCodeAt(${v()})^${r.int(16, 255)};`,
    `});//# sourceMappingURL=${r.pick(['main', 'vendor', 'app'])}.${r.chars(HEX, 8)}.js.map`,
  ];
  return [parts[0], ...r.sample(parts.slice(1, -1), r.int(3, 6)), parts[parts.length - 1]].join('');
}

export function semver(r: Rng): string {
  return r.pick([
    () => `${r.int(0, 20)}.${r.int(0, 40)}.${r.int(0, 30)}`,
    () => `v${r.int(1, 5)}.${r.int(0, 20)}.${r.int(0, 9)}`,
    () => `${r.int(1, 4)}.${r.int(0, 9)}.${r.int(0, 9)}-${r.pick(['beta', 'rc', 'alpha'])}.${r.int(1, 5)}`,
    () => `10.0.${r.int(19041, 26100)}.${r.int(1000, 5000)}`, // Windows build: four parts, not an IP
    () => `${r.int(100, 131)}.0.${r.int(6000, 6999)}.${r.int(50, 200)}`, // Chrome version
  ])();
}

export function userAgent(r: Rng): string {
  return r.pick([
    () => `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${r.int(118, 131)}.0.${r.int(6000, 6999)}.${r.int(50, 200)} Safari/537.36`,
    () => `Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.${r.int(0, 5)} Safari/605.1.15`,
    () => `Mozilla/5.0 (X11; Linux x86_64; rv:${r.int(115, 133)}.0) Gecko/20100101 Firefox/${r.int(115, 133)}.0`,
    () => `curl/8.${r.int(0, 9)}.${r.int(0, 2)}`,
    () => `python-requests/2.${r.int(25, 32)}.${r.int(0, 3)}`,
  ])();
}

export function isoTimestamp(r: Rng): string {
  return `${r.int(2023, 2025)}-${r.padded(1, 12, 2)}-${r.padded(1, 28, 2)}T${r.padded(0, 23, 2)}:${r.padded(0, 59, 2)}:${r.padded(0, 59, 2)}${r.pick(['Z', '.' + r.digits(3) + 'Z', '+01:00', '+02:00'])}`;
}
export const epochSeconds = (r: Rng): string => String(r.int(1_690_000_000, 1_740_000_000));
export const epochMillis = (r: Rng): string => String(r.int(1_690_000_000, 1_740_000_000)) + r.digits(3);

/** A recent date with no birth context (invoice, delivery, meeting). */
export function recentDate(r: Rng, lang: Lang): string {
  const y = r.int(2022, 2025);
  const m = r.padded(1, 12, 2);
  const d = r.padded(1, 28, 2);
  if (lang === 'de') return `${d}.${m}.${y}`;
  if (lang === 'en') return r.pick([`${m}/${d}/${y}`, `${y}-${m}-${d}`]);
  return r.pick([`${d}/${m}/${y}`, `${y}-${m}-${d}`]);
}

export function price(r: Rng, lang: Lang): string {
  const units = r.int(1, 4999);
  const cents = r.padded(0, 99, 2);
  if (lang === 'en') return r.pick([`$${units.toLocaleString('en-US')}.${cents}`, `£${units}.${cents}`, `USD ${units}.${cents}`]);
  const grouped = units >= 1000 ? `${Math.floor(units / 1000)}${lang === 'fr' ? ' ' : '.'}${String(units % 1000).padStart(3, '0')}` : String(units);
  return r.pick([`${grouped},${cents} €`, `€${units},${cents}`, `${grouped},${cents} EUR`]);
}

/** Hex memory address as printed in stack traces and core dumps. */
export const hexAddress = (r: Rng): string => `0x${r.pick(['7f', '55', '00007ff'])}${r.chars(HEX, 9)}`;

export const requestId = (r: Rng): string =>
  r.pick([() => `req_${r.chars(ALNUM, 14)}`, () => uuid(r), () => r.chars(HEX, 16), () => `Root=1-${r.chars(HEX, 8)}-${r.chars(HEX, 24)}`])();

export function isbn(r: Rng): string {
  return r.pick(['978-3-16-148410-0', '978-0-306-40615-7', '978-2-07-036822-8', '978-84-376-0494-7']);
}

/** EAN-13 barcode with its real check digit (13 digits: a card-length number that is not a card). */
export function ean13(r: Rng): string {
  const twelve = r.pick(['400', '401', '590', '841', '300']) + r.digits(9);
  const sum = [...twelve].reduce((a, ch, i) => a + Number(ch) * (i % 2 ? 3 : 1), 0);
  return twelve + ((10 - (sum % 10)) % 10);
}
