/**
 * Shapes of values that sit next to secret-like names but are not secrets: identifiers, hashes,
 * versions, dates, paths, URLs, code. Used by the keyword-driven detectors (GENERIC_SECRET,
 * PASSWORD_ASSIGNMENT) after their regex matched, so each check runs on one short value.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const HEX = /^[0-9a-f]+$/i;
const VERSION = /^v?\d{1,4}(?:\.\d{1,6}){1,4}(?:[-+_.~][0-9A-Za-z.+_-]{0,40})?$/i;
const SNAPSHOT_OR_RC = /-SNAPSHOT\b|^rc\d|\brelease[-_]\d/i;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const DIGITS = /^\d+$/;
const EMAIL = /^[^\s@]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})+$/;
const URL = /^[a-z][a-z0-9+.-]{1,20}:\/\//i;
const HOSTNAME = /^(?:[A-Za-z0-9-]{1,63}\.){1,10}[A-Za-z]{2,12}(?::\d{1,5})?$/;
// Unix paths need two segments or an extension (`/vNO6…` alone is base64, not a path); `~/`, `./`,
// `../`, `C:\`, `\\server` are paths whatever follows.
const ABSOLUTE_PATH = /^(?:~\/|\.{1,2}\/|[A-Za-z]:[\\/]|\\\\|\/[\w.-]{1,64}\/[\w./-]{0,512}$|\/[\w-]{1,64}\.[A-Za-z][A-Za-z0-9]{0,5}$)/;
const RELATIVE_FILE = /^[\w.-]{1,64}(?:\/[\w.-]{1,64}){0,20}\.[A-Za-z][A-Za-z0-9]{0,5}$/;
const DOTTED_IDENTIFIER = /^[A-Za-z_$][\w$]{0,80}(?:\.[A-Za-z_$][\w$]{0,80}){1,8}$/;
const CALL_OR_INDEX = /^[A-Za-z_$][\w$.]{0,80}(?:\(|\[)/;
const ENV_REFERENCE = /^(?:process\.env|os\.environ|os\.getenv|System\.getenv|ENV\[|env\(|getenv\(|import\.meta\.env|Deno\.env)/;
const LETTERS_ONLY = /^[A-Za-z_.-]+$/;
const SEQUENTIAL = /abcdefgh|bcdefghi|01234567|12345678|ABCDEFGH|qwertyui|QWERTYUI/;

/** `123e4567-e89b-12d3-a456-426614174000`. */
export const isUuid = (value: string): boolean => UUID.test(value);

/** Only hex digits (git SHAs, MD5/SHA digests, hex ids). */
export const isHex = (value: string): boolean => HEX.test(value);

/** `1.2.3`, `v2.0.0-beta.1`, `rc0.13.0_20230412-SNAPSHOT`. */
export const isVersionLike = (value: string): boolean => VERSION.test(value) || SNAPSHOT_OR_RC.test(value);

/** ISO dates and date-times, and all-digit values (epoch timestamps, counters, ports). */
export const isTimestampOrNumber = (value: string): boolean => ISO_DATE.test(value) || DIGITS.test(value);

/** `name@example.com`. */
export const isEmail = (value: string): boolean => EMAIL.test(value);

/** Anything with a URL scheme, or a bare host name like `api.example.com:8443`. */
export const isUrlOrHost = (value: string): boolean => URL.test(value) || HOSTNAME.test(value);

/** `/etc/app/key.pem`, `./certs/x.p12`, `C:\keys\a.pfx`, `env/cert.p12`. */
export const isFilePath = (value: string): boolean => ABSOLUTE_PATH.test(value) || RELATIVE_FILE.test(value);

/**
 * Code rather than data: `config.password`, `X25519.secret_length`, `getPassword()`, `args[0]`,
 * `process.env.TOKEN`.
 */
export const isCodeReference = (value: string): boolean =>
  DOTTED_IDENTIFIER.test(value) || CALL_OR_INDEX.test(value) || ENV_REFERENCE.test(value);

/** Letters, `_`, `.` and `-` only: names and words, not generated secrets (gitleaks' rule too). */
export const isLettersOnly = (value: string): boolean => LETTERS_ONLY.test(value);

/** Contains a keyboard or alphabet run (`abcdefgh`, `12345678`, `qwertyui`): a charset or a sample, not a key. */
export const hasSequentialRun = (value: string): boolean => SEQUENTIAL.test(value);

const CAMEL_WORD = /[A-Z][a-z]{2,}/g;

/** A run of five consonants (`wlchp`): random letters, not a word. */
const CONSONANT_RUN = /[b-df-hj-np-tv-xz]{5}/i;
const VOWEL = /[aeiouy]/i;

/**
 * Mostly made of capitalised words (`clm69771:AgencyIdentificationCodeContentType`,
 * `PdfEncryptionKeySize`): a type or field name, not a generated secret. Random base62 has `Xxxx`
 * runs too (`Eifsw68QrO3UIwlchpobD5F…`), but they read as words only rarely: a run counts when it has
 * a vowel and no five consonants in a row.
 */
export function isIdentifierPhrase(value: string): boolean {
  const words = value.match(CAMEL_WORD);
  if (!words || words.length < 3) return false;
  let covered = 0;
  for (const w of words) if (VOWEL.test(w) && !CONSONANT_RUN.test(w)) covered += w.length;
  return covered >= value.length * 0.6;
}

/** Counts character classes present: lower, upper, digit, other. */
export function charClassCount(value: string): number {
  let lower = 0;
  let upper = 0;
  let digit = 0;
  let other = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 97 && c <= 122) lower = 1;
    else if (c >= 65 && c <= 90) upper = 1;
    else if (c >= 48 && c <= 57) digit = 1;
    else other = 1;
  }
  return lower + upper + digit + other;
}

/** True when the value has at least one ASCII digit. */
export function hasDigit(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}
