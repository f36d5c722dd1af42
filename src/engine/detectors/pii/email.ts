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
const ADDRESS = new RegExp(
  // Local part must start at a boundary (keeps `a.a.a…@` linear); labels are dot-separated so the
  // domain cannot backtrack more than its 8 labels.
  `(?<![${W}.%+\\-])[${W}][${W}.%+\\-]{0,63}@(?:[${W}][${W}\\-]{0,61}\\.){1,8}[A-Za-z\\u00c0-\\u024f\\u0370-\\u03ff\\u0400-\\u04ff]{2,24}(?![${W}\\-]|\\.[${W}])`,
  'g',
);

/** Email addresses, including internationalised local parts and domains (`jürgen@müller.de`). */
export const email: Detector = {
  id: 'email',
  type: 'EMAIL',
  category: 'PII',
  severity: 'medium',
  description: 'Email address (a person or team mailbox)',
  anchor: { keywords: ['@'] },
  patterns: [
    { name: 'address', regex: ADDRESS, score: 0.9 },
  ],
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
