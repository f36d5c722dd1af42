import type { Detector, MatchInfo } from '../../types';
import { keyBefore, keyWords } from '../../validators/secrets/key-names';
import { hasDigit, isCodeReference } from '../../validators/secrets/value-shapes';
import { ASSIGN, BYTES_WRAPPER, KEY_SUFFIX, QUOTED_VALUE, charBeforeMatch, wasQuoted } from './assignment';

/** Names of a password field in code and config, in English, French, German and Spanish. */
const NAME =
  '(?:[Pp]ass(?:word|wd|wort|phrase|code)?|PASS(?:WORD|WD|WORT|PHRASE|CODE)?|[Pp]wd|PWD|[Pp]w|PW|[Kk]ennwort|KENNWORT|' +
  '[Cc]ontrase(?:ñ|n)a|CONTRASE(?:Ñ|N)A|[Mm]dp|MDP|[Mm]ot[ _-]de[ _-]passe|MOT[ _-]DE[ _-]PASSE)(?![a-z])';
const KEY = `${NAME}${KEY_SUFFIX}`;

/** Words after the name that make the key something other than the password itself. */
const NOT_PASSWORD_SUFFIX = new Set([
  'hash', 'hashed', 'digest', 'salt', 'length', 'len', 'min', 'max', 'policy', 'policies', 'reset', 'field', 'label',
  'placeholder', 'hint', 'expires', 'expire', 'expiry', 'expiration', 'age', 'changed', 'updated', 'created', 'required',
  'regex', 'pattern', 'strength', 'file', 'path', 'url', 'uri', 'type', 'enabled', 'enable', 'auth', 'authentication',
  'prompt', 'input', 'error', 'message', 'msg', 'variable', 'var', 'less', 'manager', 'command', 'cmd', 'id', 'encoder',
  'validator', 'validation', 'rule', 'rules', 'mode', 'flag', 'count', 'attempts', 'history', 'lifetime', 'complexity',
  'chars', 'characters', 'format', 'box', 'text', 'textbox', 'view', 'widget', 'column', 'header', 'visible', 'toggle',
  'icon', 'strategy', 'provider', 'helper', 'service', 'form', 'page', 'dialog', 'screen', 'button', 'link', 'css',
  'class', 'key', 'store', 'storage', 'style', 'reminder', 'recovery', 'forgotten', 'forgot', 'sent', 'status', 'port',
]);
/** Words before the name that do the same (`min_password_length`, `show_password`, `is_password`). */
const NOT_PASSWORD_PREFIX = new Set([
  'min', 'max', 'show', 'hide', 'toggle', 'forgot', 'forgotten', 'reset', 'is', 'has', 'use', 'enable', 'require', 'requires',
  'validate', 'verify', 'check', 'no', 'without', 'hashed', 'hash', 'encrypted', 'by', 'putty', 'allow', 'change', 'update',
  'compass', 'bypass', 'boarding', 'season', 'day',
]);

/** Values that are types, null-ish words, labels or filler, not passwords. Compared lower-cased. */
const NOT_A_PASSWORD = new Set([
  'null', 'none', 'nil', 'undefined', 'true', 'false', 'empty', 'blank', 'string', 'str', 'text', 'char', 'varchar',
  'required', 'optional', 'password', 'passwd', 'passwort', 'pwd', 'pass', 'secret', 'example', 'sample', 'test', 'hidden',
  'redacted', 'masked', 'n/a', 'todo', 'tbd', 'fixme', 'default', 'value', 'mypassword', 'yourpassword', 'your_password',
  'enter_password', 'newpassword', 'new_password', 'oldpassword', 'mot de passe', 'contraseña', 'kennwort', 'motdepasse',
  'omitted', 'removed',
]);

const LONGEST_NOT_A_PASSWORD = Math.max(...[...NOT_A_PASSWORD].map((w) => w.length));
const TRAILING_PUNCTUATION = ':;,.)';

/** Prose words that follow "password is" without being a password, in the four languages. */
const PROSE_STOPWORDS = new Set([
  // English
  'required', 'incorrect', 'invalid', 'wrong', 'correct', 'weak', 'strong', 'too', 'not', 'missing', 'empty', 'expired',
  'reset', 'changed', 'set', 'same', 'different', 'case', 'sensitive', 'optional', 'mandatory', 'hidden', 'encrypted',
  'hashed', 'stored', 'saved', 'sent', 'needed', 'necessary', 'the', 'a', 'an', 'your', 'my', 'his', 'her', 'their',
  'our', 'being', 'still', 'now', 'also', 'very', 'only', 'just', 'long', 'short', 'secure', 'insecure', 'valid', 'unknown',
  'protected', 'visible', 'shown', 'displayed', 'generated', 'random', 'unique', 'case-sensitive', 'at', 'least', 'in',
  'on', 'used', 'ignored', 'checked', 'validated', 'compromised', 'leaked', 'forgotten', 'lost', 'locked', 'good', 'bad',
  'fine', 'ok', 'okay', 'something', 'what', 'that', 'this', 'it', 'there', 'here', 'below', 'above', 'attached', 'same.',
  // French
  'requis', 'obligatoire', 'incorrect', 'faux', 'vide', 'expiré', 'trop', 'pas', 'le', 'la', 'les', 'un', 'une', 'mon',
  'ton', 'son', 'votre', 'notre', 'différent', 'invalide', 'oublié', 'perdu', 'changé', 'modifié', 'correct', 'sécurisé',
  'nécessaire', 'ci-dessous', 'dessous', 'toujours', 'bien', 'déjà',
  // German
  'erforderlich', 'falsch', 'ungültig', 'leer', 'abgelaufen', 'zu', 'nicht', 'das', 'der', 'die', 'ein', 'eine', 'mein',
  'dein', 'ihr', 'unser', 'richtig', 'sicher', 'geändert', 'vergessen', 'notwendig', 'noch', 'schon', 'unten', 'gleich',
  // Spanish
  'requerida', 'requerido', 'incorrecta', 'incorrecto', 'obligatoria', 'obligatorio', 'vacía', 'vacia', 'el', 'los', 'las',
  'una', 'uno', 'mi', 'tu', 'su', 'nuestra', 'demasiado', 'inválida', 'invalida', 'válida', 'valida', 'caducada', 'olvidada',
  'segura', 'necesaria', 'abajo', 'igual', 'todavía',
]);

/**
 * Passwords assigned in code, config, `.env`, YAML, JSON, XML, URLs, or stated in prose ("my password
 * is …", "mot de passe : …", "Passwort: …", "contraseña: …"). The finding is the VALUE only, so
 * redaction keeps the sentence or config line readable. Placeholders, empty values, masks,
 * variables and function calls are not findings, nor are fields that describe a password
 * (`password_hash`, `min_password_length`) or prose like "password is required".
 */
export const passwordAssignment: Detector = {
  id: 'password-assignment',
  type: 'PASSWORD_ASSIGNMENT',
  category: 'SECRET',
  severity: 'high',
  description: 'Password written next to a password key or phrase (code, config, .env, prose)',
  anchor: {
    keywords: [
      'passw', 'passphrase', 'passcode', 'pwd', 'pw=', 'pw:', 'pw =', 'pw :', '_pw', 'mot de passe', 'mot_de_passe', 'motdepasse', 'mdp',
      'kennwort', 'contraseña', 'contrasena', 'clave', '_pass', 'pass=', 'pass:', 'pass =', 'pass :', 'pass"', "pass'",
      'identified by',
      // "login … is user / password" pairs
      'login', 'log-in', 'sign-in', 'credential', 'creds', 'identifiant', 'zugangsdaten', 'anmeldedaten', 'credenciales',
    ],
  },
  patterns: [
    { name: 'quoted assignment', regex: new RegExp(`${KEY}${ASSIGN}${BYTES_WRAPPER}${QUOTED_VALUE}`, 'g'), score: 0.8, group: 2 },
    {
      name: 'sql',
      // CREATE/ALTER USER … WITH PASSWORD '…', IDENTIFIED BY '…' (PostgreSQL, MySQL, Oracle, SQL Server).
      regex: /(?:WITH[ \t]+(?:ENCRYPTED[ \t]+)?PASSWORD|IDENTIFIED[ \t]+BY|PASSWORD[ \t]*=)[ \t]*'((?:[^'\\\r\n]|''|\\.){1,200})'/gi,
      score: 0.85,
      group: 1,
    },
    {
      name: 'url parameter',
      regex: /[?&](?:password|passwd|pwd|pass)=([^&\s#"'<>\\]{1,200})/gi,
      score: 0.8,
      group: 1,
    },
    {
      name: 'unquoted assignment',
      regex: new RegExp(`${KEY}${ASSIGN}([^\\s"'\\x60,;)<>\\]\\\\]{1,200})`, 'g'),
      score: 0.72,
      group: 1,
    },
    {
      name: 'prose',
      regex: new RegExp(
        String.raw`(?:password|passwort|kennwort|passphrase|passcode|mot de passe|mdp|contraseña|contrasena|clave)` +
          // Up to four words between the name and the verb: "password for the admin account is", "contraseña actual es".
          String.raw`(?:[ \t]+[^\s:=]{1,30}){0,4}?` +
          String.raw`[ \t]+(?:is|was|est|était|ist|lautet|war|es|era|c'est|c’est)[ \t:]{1,4}(?:now[ \t]+|still[ \t]+|maintenant[ \t]+|jetzt[ \t]+|ahora[ \t]+)?["'“«„‘]?` +
          String.raw`([^\s"'“”«»„‘’]{0,98}[^\s"'“”«»„‘’.,;:!?)])`,
        'giu',
      ),
      score: 0.75,
      group: 1,
    },
    {
      name: 'clave',
      // Spanish "clave: …" (also "clave de acceso"): the word also means a key of any kind, so the value
      // must read like a password (checked as prose: a digit, a symbol or an inner capital).
      regex: /(?:[Cc]lave|CLAVE)(?:[ _](?:de[ _])?acceso)?[ \t]*[:=][ \t]*["'“«]?([^\s"'“”«»„‘’]{0,98}[^\s"'“”«»„‘’.,;:!?)])/gu,
      score: 0.72,
      group: 1,
    },
    {
      name: 'login pair',
      // "the login for the test account is admin / S3cret!", "identifiants : jdupont/Azerty123".
      regex:
        /(?:login|log-in|sign-in|credentials?|creds|identifiants?|zugangsdaten|anmeldedaten|credenciales)(?![a-z])[^\n]{0,60}?[ \t:]([\p{L}\p{N}._@+-]{2,64})[ \t]?\/[ \t]?([^\s"'“”«»„‘’/]{0,98}[^\s"'“”«»„‘’/.,;:!?)])/giu,
      score: 0.7,
      group: 2,
    },
  ],
  validate: validatePassword,
  maxLength: 256,
  // A password has no public part: show its first and last char only when that is a small fraction of it.
  mask: (value) => (value.length >= 10 ? `${value[0]}…${value[value.length - 1]}` : '••••'),
  examples: {
    match: [
      'DB_PASSWORD=Tr0ub4dor&3x',
      'password = "s3cr3t-P@ss!"',
      '{"username": "admin", "password": "Kx9#mQ2$vL"}',
      '  password: wr0ngH0rse42',
      'conn = psycopg2.connect(host="db", user="etl", password=\'Pg!2024secure\')',
      'https://api.example.com/login?user=bob&password=Bl4ckC4t99&lang=en',
      'Hi team, my password is Sunflower#2024 if you need to check the account',
      'Mon mot de passe est Soleil2024! pour le portail RH',
      'Das Passwort lautet: Geheim123 für den Admin-Zugang',
      'mi contraseña es Perro2023 y el usuario es juan',
      'mot de passe : Azerty!789',
      'Passwort: Sommer2024?',
      'contraseña: Gato$Negro7',
      '<password>Qz7!vR2#kL</password>',
      'The shared login for the test account is admin / Falcon1234!.',
      'Zugangsdaten: jdupont / Sommer2024#',
      "ALTER USER app_rw WITH PASSWORD 'Velvet2005$';",
      "CREATE USER 'etl'@'%' IDENTIFIED BY 'Winter2005*';",
      'la contraseña actual es Copper_iZmA% y sigue sin funcionar',
      'Mon mot de passe wifi est Tvljol516#uie, il est assez solide ?',
      'Los datos que tengo son usuario: admin / clave: Copper_zkEs%. ¿Cómo lo reseteo?',
      '    environment:\n      DB_PASSWORD: AdQlwZGgnxAX\n      NODE_ENV: production',
    ],
    noMatch: [
      'password = ""',
      'password: ********',
      'PASSWORD=${DB_PASSWORD}',
      'password: "{{ vault_db_password }}"',
      'password = getPassword()',
      'password = os.environ["DB_PASSWORD"]',
      'const password = req.body.password;',
      'The password is required.',
      'Le mot de passe est incorrect.',
      'Das Passwort ist zu kurz.',
      'La contraseña es obligatoria.',
      'min_password_length = 12',
      'password_hash = "$2b$12$KIXQJbX0Y8lH3nS6dZ1cEe"',
      'passwordVariable: \'PASSWORD\'',
      'PuttyPassword=0',
      'password = <your-password>',
      'your passport number = AB1234567',
      'Reset password: click the link we sent you',
      'if password == confirm_password:',
      'password: !vault |',
      'the login page is /dashboard/settings',
      'login attempts: 3 / 5 allowed',
      'the password manager is 1Password8 on every laptop',
      "ALTER USER app_rw WITH PASSWORD '';",
      'la clave: nombre del campo',
      'clave primaria: id_cliente',
      'clave: id_cliente',
      'password = userInput',
      'password: confirmPassword',
    ],
  },
};

/** camelCase and PascalCase identifiers: `userInput`, `confirmPassword`, `userID`, `NewPassword`. */
const CAMEL_IDENTIFIER = /^(?:[a-z]+(?:[A-Z][a-z]+)+[A-Z]{0,4}|[a-z]+[A-Z]{1,4}|(?:[A-Z][a-z]+){2,}[A-Z]{0,4})$/;

function validatePassword(value: string, info: MatchInfo): boolean | number {
  const v = value.trim();
  if (v.length < 4 || v !== value) return false;
  // Lower-cased only when it may be one of them (lower-casing never shortens): values run to 200 chars.
  if (v.length <= LONGEST_NOT_A_PASSWORD && NOT_A_PASSWORD.has(v.toLowerCase())) return false;
  if (/^(?:\*+|•+|x+|\.+|-+|_+|#+|\?+)$/i.test(v)) return false; // masks and filler
  if (/^[?%:@$]\w*$|^%[sd]$|^\$\d+$|^\{\d*\}$/.test(v)) return false; // SQL binds, format specs
  if (/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(v)) return false; // an env var name: PASSWORD_VAR
  if (isCodeReference(v) && !wasQuoted(info.before)) return false;
  if (info.pattern === 'prose') return validateProse(v, v.toLowerCase(), info);
  // `clave: id_cliente` names a key column: lower-case identifiers are not passwords here.
  if (info.pattern === 'clave') return !/^[a-z][a-z0-9_.]*$/.test(v) && validateProse(v, v.toLowerCase(), info);
  if (info.pattern === 'login pair') return v.length >= 6 && !/^\d+$/.test(v) && validateProse(v, v.toLowerCase(), { match: info.match, pattern: info.pattern, before: '', after: info.after, label: () => info.label(), start: info.start, fields: info.fields });
  if (info.pattern === 'url parameter' || info.pattern === 'sql') return true;
  if (!keyIsAPassword(keyBefore(info.before))) return false;
  if (info.pattern === 'unquoted assignment') {
    // Without trailing `: ; , . )` (a loop, not `/[:;,.)]+$/`, which V8 tried at every char).
    let e = v.length;
    while (e > 0 && TRAILING_PUNCTUATION.includes(v[e - 1]!)) e--;
    const bare = v.slice(0, e);
    // Unquoted identifiers are variables in code (`password = userInput`, `== confirm_password:`).
    // Random mixed case (`DB_PASSWORD: AdQlwZGgnxAX` in YAML) is no identifier: its humps are no words.
    if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(bare) && !hasDigit(bare) && (/_/.test(bare) || CAMEL_IDENTIFIER.test(bare))) return false;
    if (/(?:pass|pwd|secret)/i.test(bare) && /^[A-Za-z_][\w.]*$/.test(bare)) return false;
    if (v.endsWith('(') || v.includes('()')) return false;
    // A plain word followed by more words is prose or a list (`Password: click the link`, `passwd: files systemd`).
    if (/^\p{L}+$/u.test(v) && /^[ \t]+\p{L}/u.test(info.after)) return false;
    if (/^![A-Za-z]/.test(v)) return false; // YAML tag: `password: !vault |`
  }
  return true;
}

function validateProse(v: string, lower: string, info: MatchInfo): boolean {
  if (/[\p{L}\p{N}]/u.test(charBeforeMatch(v, info))) return false; // `mypassword is`, `Dpasswort`
  // Words between the name and the verb that make it about something else: "password manager is …".
  const between = info.match.slice(0, Math.max(0, info.match.indexOf(v))).toLowerCase().split(/[^\p{L}]+/u);
  if (between.some((w) => NOT_PASSWORD_SUFFIX.has(w) || w === 'requirements' || w === 'policy')) return false;
  if (PROSE_STOPWORDS.has(lower)) return false;
  // A bare lower-case word after "password is" is prose far more often than a password;
  // quoted, or with a digit, symbol or inner capital, it is a password.
  if (wasQuoted(info.before)) return true;
  return hasDigit(v) || /[^\p{L}\p{N}]/u.test(v) || /\p{Lu}/u.test(v.slice(1)) || (/^\p{Lu}/u.test(v) && v.length >= 8 && !/^\p{Lu}\p{Ll}+$/u.test(v));
}

/** Compounds that end like a password word but are not one. */
const NOT_PASSWORD_COMPOUNDS = /^(?:by|com|encom|over|under|sur|tres|im|mis|sea|boarding|day|season)pass(?:e)?$/;

function isPasswordWord(word: string): boolean {
  if (/^(?:password|passwd|passwort|kennwort|passphrase|passcode|pwd|pass|pw|contraseña|contrasena|mdp|passe|motdepasse)$/.test(word)) return true;
  // Glued compounds: dbpassword, DBPASSWORD, mypass, rootpwd.
  return /(?:password|passwd|passwort|kennwort|contraseña|pass|pwd)$/.test(word) && !NOT_PASSWORD_COMPOUNDS.test(word);
}

function keyIsAPassword(key: string): boolean {
  const words = keyWords(key);
  const at = words.findIndex(isPasswordWord);
  if (at < 0) return false; // the name was inside another word: `compass`, `bypass`
  for (let i = at + 1; i < words.length; i++) if (NOT_PASSWORD_SUFFIX.has(words[i]!)) return false;
  for (let i = 0; i < at; i++) if (NOT_PASSWORD_PREFIX.has(words[i]!)) return false;
  return true;
}
