import type { Detector, MatchInfo } from '../../types';
import { shannonEntropy } from '../../entropy';
import { decodeBase64Text } from '../../validators/secrets/base64';
import { keyBefore, keyWords } from '../../validators/secrets/key-names';
import {
  charClassCount,
  hasDigit,
  hasSequentialRun,
  isCodeReference,
  isEmail,
  isFilePath,
  isHex,
  isIdentifierPhrase,
  isLettersOnly,
  isTimestampOrNumber,
  isUrlOrHost,
  isUuid,
  isVersionLike,
} from '../../validators/secrets/value-shapes';
import { ASSIGN, BYTES_WRAPPER, KEY_SUFFIX, wasQuoted } from './assignment';
import { AZURITE_KEY } from './azure-storage-key';
import { PUBLIC_SAMPLE_GOOGLE_KEYS } from './google-api-key';

/**
 * Coarse, literal-first name filter for the regex (see assignment.ts on speed); `keyStrength` below
 * decides precisely from the whole key, so `monkey` or `jsonwebtoken` matching here is harmless.
 */
const NAME =
  '(?:[Ss]ecrets?|SECRETS?|[Tt]okens?|TOKENS?|[Cc]redentials?|CREDENTIALS?|[Cc]reds|CREDS|[Aa]uth|AUTH|' +
  '[Pp]assphrase|PASSPHRASE|[Kk]ey|KEY)(?![a-z])';
/** A secret-looking value: no spaces, quotes or brackets; `=`, `+`, `/`, `:` allowed (base64, URLs are filtered later). */
const VALUE = String.raw`([^\s"'\x60,;<>\\()[\]{}]{10,200})(?=[\s"'\x60,;<>)\]}]|\\[nrt]|$)`;

/** Words that name a secret on their own. */
const STRONG_WORDS = new Set(['secret', 'secrets', 'token', 'tokens', 'credential', 'credentials', 'creds', 'passphrase', 'apikey', 'password', 'passwd']);
/** Words that make `…_key` / `…Key` a secret key (`api_key`, `AWS_SECRET_ACCESS_KEY`, `signingKey`). */
const KEY_PREFIXES = new Set([
  'api', 'secret', 'private', 'access', 'master', 'signing', 'sign', 'encryption', 'enc', 'decryption', 'client', 'app',
  'auth', 'account', 'service', 'subscription', 'consumer', 'webhook', 'license', 'licence', 'hmac', 'jwt', 'aes', 'crypt',
  'crypto', 'cipher', 'shared', 'storage', 'admin', 'write', 'read', 'ingest', 'sdk', 'server', 'rest', 'bot', 'session',
  'root', 'deploy', 'personal', 'project', 'integration', 'partner', 'merchant', 'live', 'prod', 'production', 'gateway',
]);
/** Compound words that end like a secret name but are not one. */
const NOT_SECRET_COMPOUNDS = new Set([
  'monkey', 'donkey', 'turkey', 'hockey', 'jockey', 'whiskey', 'pubkey', 'publickey', 'hotkey', 'keykey', 'csrftoken',
  'xsrftoken', 'jsonwebtoken', 'publictoken', 'pagetoken', 'nexttoken', 'continuationtoken', 'synctoken', 'canceltoken',
  'cancellationtoken', 'resumetoken', 'primarykey', 'foreignkey', 'sortkey', 'partitionkey', 'rowkey', 'cachekey',
  'idempotencykey', 'objectkey', 'lookupkey', 'mapkey', 'uniquekey', 'compositekey', 'naturalkey', 'surrogatekey',
]);
/** Words after the name that make the key describe the secret instead of holding it. */
const NOT_SECRET_SUFFIX = new Set([
  'id', 'ids', 'name', 'names', 'url', 'uri', 'urls', 'endpoint', 'endpoints', 'file', 'filename', 'files', 'path', 'paths',
  'dir', 'length', 'len', 'size', 'type', 'types', 'version', 'count', 'expires', 'expire', 'expiry', 'expiration',
  'expired', 'ttl', 'timeout', 'header', 'headers', 'prefix', 'field', 'param', 'params', 'enabled', 'enable', 'usage',
  'hash', 'store', 'tab', 'vault', 'alias', 'ring', 'pair', 'pairs', 'word', 'board', 'press', 'pressed', 'stone', 'frame',
  'down', 'up', 'left', 'right', 'mesh', 'meshing', 'selector', 'signature', 'signatures', 'format', 'location', 'provider',
  'manager', 'kind', 'class', 'policy', 'limit', 'label', 'method', 'scheme', 'mode', 'source', 'audience', 'issuer',
  'scope', 'scopes', 'status', 'state', 'owner', 'mapping', 'index', 'idx', 'list', 'map', 'arn', 'region', 'bucket',
  'host', 'port', 'strategy', 'required', 'rotation', 'visible', 'hidden', 'input', 'placeholder', 'validator', 'regex',
  'pattern', 'generator', 'factory', 'helper', 'handler', 'callback', 'component', 'min', 'max', 'lifetime', 'duration',
  'age', 'created', 'updated', 'date', 'time', 'timestamp', 'env', 'var', 'variable', 'ref', 'reference', 'chars',
  'charset', 'alphabet', 'bits', 'algorithm', 'algo', 'option', 'options', 'flag', 'description', 'desc', 'hint', 'help',
  'error', 'message', 'msg', 'label', 'title', 'text', 'key', 'keys', 'secret', 'token', 'rotated', 'refresh', 'storage',
  'cache', 'service', 'client', 'request', 'response', 'parser', 'type', 'generation', 'encoder', 'decoder', 'check',
  'exists', 'missing', 'valid', 'invalid', 'schema', 'spec', 'config', 'settings', 'identifier', 'display', 'kms',
]);
/** Words before the name that do the same. */
const NOT_SECRET_PREFIX = new Set([
  'public', 'pub', 'primary', 'foreign', 'sort', 'partition', 'cache', 'idempotency', 'csrf', 'xsrf', 'bucket', 'schema',
  'sequence', 'hot', 'natural', 'object', 'lookup', 'row', 'unique', 'page', 'pagination', 'continuation', 'cursor', 'next',
  'max', 'min', 'num', 'total', 'is', 'has', 'use', 'show', 'hide', 'toggle', 'validate', 'verify', 'get', 'fetch',
  'generate', 'create', 'parse', 'no', 'without', 'sync', 'dedup', 'dedupe', 'routing', 'shard', 'group', 'sort', 'cancel',
  'cancellation', 'resume', 'tab', 'register', 'keyboard', 'issuer', 'kms', 'composite', 'surrogate', 'order', 'map',
  'dictionary', 'dict', 'translation', 'i18n', 'label', 'message', 'stripe', 'publishable', 'recaptcha', 'site',
]);
/** Public values seen assigned to secret names: yarn's Algolia search key, gitleaks' stopword, the Azure emulator key. */
const KNOWN_PUBLIC_VALUES = new Set(['6fe4476ee5a1832882e326b506d14126', '014df517-39d1-4453-b7b3-9930c563627c', AZURITE_KEY.toLowerCase()]);

type Strength = 'strong' | 'weak' | 'none';

/**
 * High-entropy values assigned to secret-like names (`client_secret`, `api_key`, `AUTH_TOKEN`,
 * `credentials`, `signingKey`…) when no specific detector knows the format, plus `Bearer` tokens
 * and HTTP Basic credentials. Names that describe a secret (`secret_length`, `publicToken`,
 * `kms_key_id`) and values that are ids, hashes, versions, timestamps, paths, URLs, code or
 * charsets are not findings. UUIDs and bare hex count only under a strong name (`api_token`,
 * `client_secret`): many services issue them as keys, but they are far more often ids.
 */
export const genericSecret: Detector = {
  id: 'generic-secret',
  type: 'GENERIC_SECRET',
  category: 'SECRET',
  severity: 'high',
  description: 'Random-looking value assigned to a secret-like name (secret, token, api_key, credentials…)',
  anchor: {
    keywords: [
      'secret', 'token', 'apikey', 'api_key', 'api-key', 'auth', 'credential', 'creds', 'passphrase', 'bearer', '_key',
      // Not `.key`: `config.key = …` is found by `key =` (a word start); `.`-led keywords slow the scan.
      '-key', 'key=', 'key:', 'key"', "key'", 'key =', 'key :', 'key>',
    ],
  },
  patterns: [
    { name: 'assignment', regex: new RegExp(`${NAME}${KEY_SUFFIX}${ASSIGN}${BYTES_WRAPPER}[\\x60'"]?${VALUE}`, 'g'), score: 0.7, group: 1 },
    { name: 'bearer token', regex: /(?<![A-Za-z])[Bb]earer[ \t]{1,4}([A-Za-z0-9._~+/-]{16,500}=*)(?![A-Za-z0-9._~+/=-])/g, score: 0.8, group: 1 },
    {
      name: 'basic auth',
      regex: /(?<![A-Za-z])[Aa]uthorization["']?[ \t]*[:=][ \t]*["']?Basic[ \t]{1,4}([A-Za-z0-9+/]{8,200}={0,2})(?![A-Za-z0-9+/=])/g,
      score: 0.8,
      group: 1,
    },
  ],
  minEntropy: 3.5,
  validate: validateGenericSecret,
  maxLength: 512,
  // No public prefix to show: the tail only.
  preview: { head: 0, tail: 4 },
  examples: {
    match: [
      'client_secret = "Zf3D0LXCM3EIMbgJpUNnkRtOfOueHznB"',
      'export AUTH_TOKEN=D83iAe0vuVEfvC8lK8ILNFku54xGBJVF6tGFxorr8b8q',
      '"credentials" : "0afae57f3ccfd9d7f5767067bc48b30f719e271ba470488056e37ab35d4b6506"',
      'todo_secret_do_not_commit = SojDDB59QxLbiwRmT9d89DL4qOH2bk',
      'signing_key: Kq8-vZ2_rT5wY9pL3nB7xC1m',
      'var hmac_secret = []byte("I39WkuExEyDzZoEQO8ziiF34rZ7tSmjNM25PRt1")',
      "SECRET_KEY = b'q8Zr5Tv9Wb3Nd6Fh1Jm4Lc7Px0Sy2Ag'",
      'curl -H "Authorization: Bearer 7fQ2xLp9Zr4Tv8Wb2Nd5Kh1Jm6Yc3Ae0" https://api.example.com',
      'Authorization: Basic YWxhZGRpbjpvcGVuc2VzYW1lMTIz',
      'utils.GetEnvOrDefault("api_token", "dafa7817-e246-48f3-91a7-e87653d587b8")',
    ],
    noMatch: [
      'secret_length = X25519.secret_length',
      'publicToken = "9Cnzj4p4WGeKLs1Pt8QuKUpRKfFLfRYC9AIKjbJTWit"',
      'kms_key_id: "555ea4a3-d53a-4412-9c66-3a7cb667b0d6"',
      'clientId = "73082700-1f09-405b-80d0-3131bfd6272d"',
      'MantleAPI_version=9a038989604e8da62ecddbe2094b16ce1b778be1',
      'access_token_url=https://github.com/login/oauth/access_token',
      'const keyStr = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"',
      'token_expires_at: 2024-05-01T10:22:03Z',
      'api_key = YOUR_API_KEY',
      'secret: ${{ secrets.DEPLOY_KEY }}',
      'the token was 1714558923000 ms old',
      'csrf-token=Mj2qykJO5rELyHgezQ69nzUX0i3OH67V7+V4eUrLfpuyOuxmiW9rhROG/Whikle15syazJOkrjJa3U2AbhIvUw==',
      'token: ghp_rgKoP5VvmNI928LClFwPIdZsqtUppQ47ludS',
      'use bearer authentication_scheme_identifier_v2 here',
      'token:"clm69771:AgencyIdentificationCodeContentType"',
    ],
  },
};

function validateGenericSecret(value: string, info: MatchInfo): boolean | number {
  if (KNOWN_PUBLIC_VALUES.has(value.toLowerCase()) || PUBLIC_SAMPLE_GOOGLE_KEYS.has(value)) return false;
  if (info.pattern === 'basic auth') {
    const decoded = decodeBase64Text(value);
    return decoded !== null && /^[^:\s]{1,100}:\S{3,}$/.test(decoded) ? 0.85 : false;
  }
  if (!plausibleSecretValue(value, info)) return false;
  if (info.pattern === 'bearer token') {
    // `Bearer authentication_scheme_v2` in prose is words, not a token.
    return hasDigit(value) && shannonEntropy(value) >= 3.8 && !/^[a-z0-9]+(?:[_-][a-z0-9]+){2,}$/.test(value);
  }
  const strength = keyStrength(keyBefore(info.before));
  if (strength === 'none') return false;
  if (isUuid(value) || isHex(value)) return strength === 'strong' ? 0.6 : false;
  const base = strength === 'strong' ? 0.7 : 0.6;
  return shannonEntropy(value) >= 4.5 && strength === 'strong' ? base + 0.1 : base;
}

/** Value-only checks: the shapes of things that are not secrets. */
function plausibleSecretValue(value: string, info: MatchInfo): boolean {
  if (isEmail(value) || isUrlOrHost(value) || isFilePath(value) || isVersionLike(value) || isTimestampOrNumber(value)) return false;
  if (hasSequentialRun(value) || isIdentifierPhrase(value)) return false;
  if (!wasQuoted(info.before) && isCodeReference(value)) return false;
  // Classic GitHub token shape with a failing checksum: made up, and GitHub's own detector rejected it.
  if (/^gh[pousr]_[0-9A-Za-z]{36}$/.test(value)) return false;
  // Names and words (`SecurityIdentifier`, `K8S_CRED`): generated secrets almost always have a digit.
  if (isLettersOnly(value) && !(value.length >= 24 && charClassCount(value) >= 2 && shannonEntropy(value) >= 4)) return false;
  if (!hasDigit(value) && value.length < 16) return false;
  if (/^[A-Z0-9]+(?:[-_][A-Z0-9]+)+$/.test(value) && shannonEntropy(value) < 4) return false; // CONSTANT_NAMES, SKU-LIKE-IDS
  return true;
}

/** How strongly the key names a secret: `client_secret` strong, `user_auth`/`STRIPE_KEY` weak, `secret_length` none. */
function keyStrength(key: string): Strength {
  const words = keyWords(key);
  let at = -1;
  let strength: Strength = 'none';
  for (let i = words.length - 1; i >= 0 && at < 0; i--) {
    const s = wordStrength(words[i]!, i > 0 ? words[i - 1] : undefined);
    if (s !== 'none') {
      at = i;
      strength = s;
    }
  }
  if (at < 0) return 'none';
  for (let i = at + 1; i < words.length; i++) if (NOT_SECRET_SUFFIX.has(words[i]!)) return 'none';
  for (let i = 0; i < at; i++) if (NOT_SECRET_PREFIX.has(words[i]!)) return 'none';
  return strength;
}

function wordStrength(word: string, previous: string | undefined): Strength {
  if (NOT_SECRET_COMPOUNDS.has(word)) return 'none';
  if (STRONG_WORDS.has(word)) return 'strong';
  if (word === 'key') {
    if (previous === undefined) return 'none';
    return KEY_PREFIXES.has(previous) ? 'strong' : 'weak';
  }
  if (word === 'auth') return 'weak';
  // Glued compounds: clientsecret, accesstoken, openaiapikey, secretkey, masterkey.
  if (/(?:secret|token|apikey|credentials?|passphrase)$/.test(word)) return 'strong';
  const keyCompound = /^([a-z]+)key$/.exec(word);
  if (keyCompound) return KEY_PREFIXES.has(keyCompound[1]!) ? 'strong' : 'weak';
  return 'none';
}
