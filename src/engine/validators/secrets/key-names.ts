/**
 * Helpers to read the key a value is assigned to (`DB_PASSWORD=`, `"clientSecret": `, `<apiKey>`,
 * `setProperty("AWS_TOKEN", `) and split it into lower-case words, so detectors can tell
 * `client_secret` from `secret_length` or `publicToken`.
 */

const OPENING = new Set([' ', '\t', '\r', '\n', '"', "'", '`', '=']);
const CLOSING = new Set([' ', '\t', '\r', '\n', '"', "'", '`', ']', ')']);
const OPERATOR_CHARS = new Set(['=', ':', '?', '.', ',', '>']);
const VERB = /\s(?:is|was|est|ist|lautet|es|era)$/i;
const KEY_CHAR = /[\p{L}\p{N}_.$@\-[\]]/u;

/**
 * The key at the end of `before` (the text just before a value), e.g. `…"db_password": "` →
 * `db_password`, `my password is ` → `password`. Returns '' when there is none.
 * A backward scan (not an end-anchored regex, which V8 would retry from every position).
 */
export function keyBefore(before: string): string {
  let i = before.length;
  while (i > 0 && OPENING.has(before[i - 1]!)) i--;
  // A byte-string wrapper between operator and value: Go `[]byte("…")`, Python `b"…"`.
  const wrapper = /(?:\[\]byte\(|(?<![\w.$])b)$/.exec(before.slice(Math.max(0, i - 8), i));
  if (wrapper) {
    i -= wrapper[0].length;
    while (i > 0 && OPENING.has(before[i - 1]!)) i--;
  }
  const verb = VERB.exec(before.slice(Math.max(0, i - 8), i));
  if (verb) i -= verb[0].length;
  else {
    let ops = 0;
    while (i > 0 && ops < 4 && OPERATOR_CHARS.has(before[i - 1]!)) {
      i--;
      ops++;
    }
  }
  while (i > 0 && CLOSING.has(before[i - 1]!)) i--;
  const end = i;
  while (i > 0 && isKeyChar(before, i - 1)) i--;
  return before.slice(i, end).replace(/^[@$.[\]-]+|[[\]]+/g, '');
}

/** KEY_CHAR for the code unit at `i`: ASCII by code (a one-char string and a regex test per char cost ~0.1 µs each). */
function isKeyChar(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c >= 128) return KEY_CHAR.test(s[i]!);
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 93 && c !== 92) || (c >= 48 && c <= 57) || c === 95 || c === 46 || c === 36 || c === 64 || c === 45;
}

/**
 * Lower-case words of an identifier: `dbPasswordHash` → db,password,hash; `AWS_SECRET_ACCESS_KEY` →
 * aws,secret,access,key; `api-key.v2` → api,key,v2.
 */
export function keyWords(key: string): readonly string[] {
  let words = KEY_WORDS.get(key);
  if (!words) {
    if (KEY_WORDS.size >= MAX_KEYS) KEY_WORDS.clear();
    KEY_WORDS.set(key, (words = Object.freeze(splitKey(key))));
  }
  return words;
}

/**
 * Words of keys seen lately: a text names few keys, and each split cost three Unicode regex
 * replaces (~1.5 µs), once per candidate value of every assignment detector.
 */
const KEY_WORDS = new Map<string, readonly string[]>();
const MAX_KEYS = 1024;

function splitKey(key: string): string[] {
  return key
    .replace(/([\p{Ll}\p{N}])(\p{Lu})/gu, '$1 $2')
    .replace(/(\p{Lu}+)(\p{Lu}\p{Ll})/gu, '$1 $2')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}
