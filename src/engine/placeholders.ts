/**
 * Values that look like secrets but are documentation samples or template placeholders.
 * A finding whose value matches is dropped for the SECRET category: flagging `YOUR_API_KEY`
 * teaches users to ignore the guard.
 */

/** Documented sample credentials (AWS docs, jwt.io, Stripe docs…). Exact values. */
const KNOWN_SAMPLES = new Set([
  'AKIAIOSFODNN7EXAMPLE',
  'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c',
  'sk_test_4eC39HqLyjWDarjtT1zdp7dc',
  'sk_test_BQokikJOvBiI2HlWgH4olfQ2',
]);

const SAMPLE_LENGTHS = new Set([...KNOWN_SAMPLES].map((v) => v.length));

/** Template syntax and obvious filler. Each alternative is anchored by a literal, so this stays linear. */
const PLACEHOLDER_SHAPES = new RegExp(
  [
    '\\$\\{[^}]*\\}', // ${VAR}
    '\\{\\{[^}]*\\}\\}', // {{ var }}
    '<[^>]*>', // <your-key>
    '%\\([^)]*\\)s', // %(name)s
    '\\$\\([^)]*\\)', // $(cmd)
    '^\\$[A-Za-z_][A-Za-z0-9_]*$', // $DB_PASSWORD
    '^%[A-Za-z_][A-Za-z0-9_]*%$', // %DB_PASSWORD%
    'EXAMPLE',
    // YOUR_API_KEY, your-key-here, sk_live_yourkey: a word of its own, in one case ("…QyouRtl3…" and
    // "…KpCoyoURh…" inside random base64 are keys: about one 88-char key in 10,000 holds such a run).
    '(?<![A-Za-z0-9])(?:[Yy]our|YOUR)[-_ ]?',
    '(?:[Cc]hange[-_ ]?[Mm]e|CHANGE[-_ ]?ME|[Pp]laceholder|PLACEHOLDER|[Rr]edacted|REDACTED|[Dd]ummy|DUMMY|[Ii]nsert[-_ ]?|INSERT[-_ ]?)',
    '[xX]{8,}', // sk-xxxxxxxx
    '\\.\\.\\.|…', // truncated in docs
  ].join('|'),
);

/** True when a candidate secret value is a known sample or a template placeholder. */
export function isPlaceholder(value: string): boolean {
  // By length first: a Set lookup hashes the whole value, a fresh string for every candidate.
  if (SAMPLE_LENGTHS.has(value.length) && KNOWN_SAMPLES.has(value)) return true;
  return PLACEHOLDER_SHAPES.test(value) || mostlyOneCharacter(value);
}

/**
 * `******`, `000000000000`, `sk-aaaaaaaaaaaa`: one character repeated over much of the value. Real
 * tokens may hold a constant run (Twitter bearer tokens start with 22 `A`s) but never as most of it.
 */
function mostlyOneCharacter(value: string): boolean {
  // A run of `need` or more holds one of the positions 0, need, 2·need…: only the runs through those
  // are measured (~3 per value, where reading every char cost ~1 µs per 200-char candidate).
  const need = Math.max(6, Math.ceil(value.length * 0.4));
  for (let c = 0; c < value.length; c += need) {
    const ch = value.charCodeAt(c);
    let a = c;
    let b = c + 1;
    while (a > 0 && value.charCodeAt(a - 1) === ch) a--;
    while (b < value.length && value.charCodeAt(b) === ch) b++;
    if (b - a >= need) return true;
  }
  return false;
}
