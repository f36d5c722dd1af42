/**
 * Labels are compared in one normal form: lower case, words separated by single spaces and padded with
 * a space at both ends, so ` sin ` matches the header `SIN` but not `using`, and `lastLoginIp`,
 * `last_login_ip` and `Last login IP` are the same label: ` last login ip `.
 */
export function normaliseLabel(raw: string): string {
  let label = normalised.get(raw);
  if (label === undefined) {
    if (normalised.size >= MAX_CACHED) normalised.clear();
    normalised.set(raw, (label = normalise(raw)));
  }
  return label;
}

/** Labels repeat (every CSV in a paste has `id`, `name`…): normal forms are cached, within bounds. */
const normalised = new Map<string, string>();
const MAX_CACHED = 4096;

function normalise(raw: string): string {
  const words = raw
    .replace(/([\p{Ll}\p{N}])(\p{Lu})/gu, '$1 $2')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  return words.length ? ` ${words.join(' ')} ` : '';
}

/** Per word list: each word as it is found in a normalised label (computed once per list). */
const labelForms = new WeakMap<readonly string[], readonly string[]>();
/** Per word list: the answer for each label seen (a table asks the same label for every row). */
const answers = new WeakMap<readonly string[], Map<string, string | null>>();

/**
 * The first of `words` found in a normalised label. Context words are written for prose (`'sin '`,
 * `' ip '`, `'phone'`, `'"ip"'`, `'date of birth'`); a word with a boundary mark (a space or
 * punctuation at either end) must match whole words of the label, a plain word may match inside one.
 */
export function labelWordIn(label: string, words: readonly string[]): string | undefined {
  let known = answers.get(words);
  if (!known) answers.set(words, (known = new Map()));
  const answer = known.get(label);
  if (answer !== undefined) return answer ?? undefined;
  let forms = labelForms.get(words);
  if (!forms) {
    forms = words.map((w) => {
      const norm = normaliseLabel(w);
      return /^[^\p{L}\p{N}]|[^\p{L}\p{N}]$/u.test(w) ? norm : norm.trim();
    });
    labelForms.set(words, forms);
  }
  let found: string | null = null;
  for (let i = 0; i < words.length && found === null; i++) {
    const form = forms[i]!;
    if (form && label.includes(form)) found = words[i]!;
  }
  if (known.size >= MAX_CACHED) known.clear();
  known.set(label, found);
  return found ?? undefined;
}
