import type { Detector } from '../../types';
import { isolated } from './shared';

/** Top-level "domains" that are really file extensions (`icon@2x.png`, `pkg@1.0.min.js`). */
const FILE_EXTENSIONS = new Set(['png', 'jpg', 'jpeg', 'gif', 'svg', 'webp', 'ico', 'css', 'scss', 'js', 'mjs', 'cjs', 'jsx', 'ts', 'tsx', 'json', 'map', 'vue', 'lock', 'yml', 'yaml', 'java', 'kt']);

/** `jane.doe@acme.io` → `j•••@acme.io`: the domain says whose address it is without naming the person. */
export function maskEmail(value: string): string {
  const at = value.lastIndexOf('@');
  return `${value.slice(0, 1)}•••${value.slice(at)}`;
}

/**
 * Letters and digits allowed in addresses: ASCII word chars plus Latin-1/Latin Extended, Greek and
 * Cyrillic. Explicit ranges, not `\p{L}`: the `u`-flag property classes made this regex 7× slower.
 */
const W = String.raw`\w\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff`;
/**
 * An address starting exactly at `lastIndex` (sticky). Labels are dot-separated so the domain cannot
 * backtrack more than its 8 labels.
 */
const ADDRESS_AT = new RegExp(
  `[${W}][${W}.%+\\-]{0,63}@(?:[${W}][${W}\\-]{0,61}\\.){1,8}[A-Za-z\\u00c0-\\u024f\\u0370-\\u03ff\\u0400-\\u04ff]{2,24}(?![${W}\\-]|\\.[${W}])`,
  'y',
);

/** Chars of the local part (`W` above plus `.%+-`). */
function isLocalChar(c: number): boolean {
  return isAddressLetter(c) || c === 46 || c === 37 || c === 43 || c === 45;
}
function isLabelChar(c: number): boolean {
  return isAddressLetter(c) || c === 45;
}
function isAddressLetter(c: number): boolean {
  return (
    (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 ||
    (c >= 0xc0 && c <= 0x24f) || (c >= 0x370 && c <= 0x3ff) || (c >= 0x400 && c <= 0x4ff)
  );
}

/**
 * [start, end) of each address in `s`: from every `@`, walk back over the local part to where it starts
 * (a boundary, at most 64 chars back), then match the address there. A regex that searches for the
 * local part tries every word start of the line and backtracks up to 64 chars from each: ~5 ns per char
 * of every line holding an `@`, against ~100 ns per `@` this way. Every step moves forward: linear.
 */
export function emailSpans(s: string): [number, number][] {
  const out: [number, number][] = [];
  let at = s.indexOf('@');
  while (at >= 0) {
    // Quick reject without a regex: the domain's first label (≤ 63 letters, digits, hyphens) must be
    // followed by a dot. Keeps `a@a@a@…` (half a million `@`) as cheap as plain text.
    let label = at + 1;
    while (label < s.length && label - at <= 64 && isLabelChar(s.charCodeAt(label))) label++;
    if (label === at + 1 || s.charCodeAt(label) !== 46) {
      at = s.indexOf('@', at + 1);
      continue;
    }
    let start = at;
    while (start > 0 && at - start <= 64 && isLocalChar(s.charCodeAt(start - 1))) start--;
    // The local part starts at a boundary with a letter or digit, and is at most 64 chars long.
    if (start < at && at - start <= 64 && isAddressLetter(s.charCodeAt(start)) && (start === 0 || !isLocalChar(s.charCodeAt(start - 1)))) {
      ADDRESS_AT.lastIndex = start;
      const m = ADDRESS_AT.exec(s);
      if (m) {
        const end = start + m[0].length;
        out.push([start, end]);
        at = s.indexOf('@', end);
        continue;
      }
    }
    at = s.indexOf('@', at + 1);
  }
  return out;
}

/** Email addresses, including internationalised local parts and domains (`jürgen@müller.de`). */
export const email: Detector = {
  id: 'email',
  type: 'EMAIL',
  category: 'PII',
  severity: 'medium',
  description: 'Email address (a person or team mailbox)',
  // The whole text, through `emailSpans`: it jumps from `@` to `@` with indexOf (native, far faster than
  // a keyword hit per `@`, which cost ~150 ns each on `a@a@a@…`).
  anchor: { full: true },
  patterns: [],
  match: emailSpans,
  validate: (value, info) => {
    if (!isolated(info)) return false;
    const domain = value.slice(value.lastIndexOf('@') + 1).toLowerCase();
    const tld = domain.slice(domain.lastIndexOf('.') + 1);
    if (FILE_EXTENSIONS.has(tld) || /^\d+x\./.test(domain)) return false;
    // `git@github.com:org/repo.git` is an SSH remote, not somebody's mailbox.
    if (/^:[\w~]/.test(info.after)) return false;
    // `https://user:pass@host` is URL userinfo (a credential the secret detectors report), not an address.
    if (/\/\/[^\s\/?#@]*$/.test(info.before)) return false;
    return !value.includes('..');
  },
  // Reach of the window around each '@' (local part ≤ 64, realistic domains well under 100).
  maxLength: 160,
  mask: maskEmail,
  examples: {
    match: [
      'Please reply to jane.doe@example.com by Friday.',
      'Kontakt: jürgen.müller@firma-beispiel.de',
      'cc: "Support" <support+tickets@mail.acme.io>',
      'email=j_smith42@sub.domain.co.uk;',
      'Почта: иван@пример.рф',
    ],
    noMatch: [
      'Use the @mention feature or email support.',
      'icon@2x.png and logo@3x.png',
      'git clone git@github.com:acme/repo.git',
      'npm install react@18.2.0 @types/node@20',
      'user@localhost is not routable',
      'https://cafebabe:deadbeef@gems.contribsys.com/',
    ],
  },
};
