import { isDigitCode, isLetterCode } from './lines';
import { normaliseLabel } from './normalise';

/**
 * Keyed values on one line: JSON and YAML keys (`"bsn": "…"`, `- phone: …`), `key=value` (logs, INI,
 * XML attributes, SQL `SET`/`WHERE`), `Label: value` forms in any language (`Nom : Dupont`,
 * `Teléfono: …`, `**Phone:**`), XML elements (`<bsn>…</bsn>`), and values on the lines below a bare
 * `Label:` / `key:` / `"key": [`. Every search is bounded: a lookup reads at most a few hundred chars.
 */

/** How far back from a value its key may be on the line. */
const LOOKBACK = 256;
/** Longest stretch of value between a `Label:` and the position asked about. */
const MAX_VALUE_BEFORE = 128;
const MAX_KEY = 64;
const MAX_KEY_WORDS = 6;
/** Lines above a value-only line searched for its `key:` (a YAML list, a JSON array). */
const MAX_LINES_UP = 32;

/** Tags that say how a value looks, not what it is (HTML layout). */
const LAYOUT_TAGS = new Set(
  'a abbr b blockquote body br button caption cite code col colgroup dd del div dl dt em figcaption figure font footer form h1 h2 h3 h4 h5 h6 head header hr html i img ins label li main mark nav ol option p pre q s section select small span strike strong sub sup table tbody td tfoot th thead tr u ul'.split(' '),
);

/** Where the line holding `pos` starts, if within `reach` chars; else `pos - reach` and `known: false`. */
export function nearLineStart(text: string, pos: number, reach: number): { start: number; known: boolean } {
  const floor = Math.max(0, pos - reach);
  // A bounded search: on a sliced string, lastIndexOf cannot run back to the text's start.
  const nl = text.slice(floor, pos).lastIndexOf('\n');
  return nl >= 0 ? { start: floor + nl + 1, known: true } : { start: floor, known: floor === 0 };
}

/** Label chars of an unquoted key: letters, digits and `_ - . / # ° º ' ’ ( )`. */
function isKeyChar(c: number): boolean {
  return (
    isLetterCode(c) || isDigitCode(c) || c === 95 || c === 45 || c === 46 || c === 47 || c === 35 || c === 0xb0 || c === 0xba || c === 39 || c === 0x2019 || c === 40 || c === 41
  );
}

/**
 * The key right before the separator at `sep` (`:`, `=`, `=>`), not before `floor`: a quoted key, or
 * up to six words of label chars (one word for `=`). Returns [start, end) or undefined.
 */
export function keyBefore(text: string, sep: number, floor: number, spaced: boolean): [number, number] | undefined {
  let j = sep - 1;
  let pad = 0;
  while (j >= floor && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9 || text.charCodeAt(j) === 0xa0) && pad < 4) j--, pad++;
  if (j < floor) return undefined;
  const q = text.charCodeAt(j);
  if (q === 34 || q === 39 || q === 96) {
    for (let k = j - 1; k >= Math.max(floor, j - MAX_KEY); k--) {
      const c = text.charCodeAt(k);
      if (c === q) return hasLetter(text, k + 1, j) ? [k + 1, j] : undefined;
      if (c === 10) return undefined;
    }
    return undefined;
  }
  // Markdown emphasis around a label: `**Phone:**`, `__Nom__ :`.
  while (j >= floor && (text.charCodeAt(j) === 42 || text.charCodeAt(j) === 95) && j > floor && !isKeyChar(text.charCodeAt(j - 1))) j--;
  const end = j + 1;
  let words = 1;
  let k = j;
  while (k >= floor && end - k <= MAX_KEY) {
    const c = text.charCodeAt(k);
    if (isKeyChar(c)) k--;
    else if (spaced && c === 32 && k > floor && isKeyChar(text.charCodeAt(k - 1)) && words < MAX_KEY_WORDS) {
      words++;
      k--;
    } else break;
  }
  let start = k + 1;
  // "Name: Ann Smith Phone: …": the words before the last one are the previous value, not this key.
  if (words > 1 && k >= floor && (text.charCodeAt(k) === 58 || text.charCodeAt(k) === 61 || (text.charCodeAt(k) === 32 && (text.charCodeAt(k - 1) === 58 || text.charCodeAt(k - 1) === 61)))) {
    start = text.lastIndexOf(' ', end - 1) + 1;
  }
  return start < end && hasLetter(text, start, end) ? [start, end] : undefined;
}

function hasLetter(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (isLetterCode(text.charCodeAt(i))) return true;
  return false;
}

/** True when the `:` at `i` separates a key from a value (not a time, a URL, `::`, an IPv6 group). */
function isColonSeparator(text: string, i: number): boolean {
  const prev = text.charCodeAt(i - 1);
  const next = text.charCodeAt(i + 1);
  if (prev === 58 || next === 58) return false;
  if (next === 47 && text.charCodeAt(i + 2) === 47) return false;
  if (isDigitCode(prev) && isDigitCode(next)) return false;
  if (!isKeyChar(prev) || !isKeyChar(next) || next === 39) return true;
  // Glued on both sides: `BSN:111…` and `Tel:06…` are labels; `2001:db8`, `ab:cd` (hex groups) are not.
  for (let k = i - 1; k >= 0 && k > i - MAX_KEY && isKeyChar(text.charCodeAt(k)); k--) {
    const c = text.charCodeAt(k);
    if (c > 127 || ((c | 32) >= 103 && (c | 32) <= 122)) return true;
  }
  return false;
}

/** True when the `=` at `i` separates a key from a value (not `==`, `!=`, `<=`, `>=`); `=>` and `:=` do. */
function isEqualsSeparator(text: string, i: number): boolean {
  const prev = text.charCodeAt(i - 1);
  const next = text.charCodeAt(i + 1);
  if (next === 61 || prev === 61 || prev === 33 || prev === 60 || prev === 62) return false;
  return true;
}

/** The XML element name whose content `pos` is in, on the same line (`<bsn>111…` → `bsn`), if it is not a layout tag. */
function elementAt(text: string, pos: number, floor: number): string | undefined {
  // The last `<` before `pos` and the last `>` after it, by native searches on a slice (no copy, and
  // bounded: a search on the text itself could run back to its start). Read char by char, a line
  // without tags cost LOOKBACK reads per lookup: a third of the address finder on a long line.
  const before = text.slice(floor, pos);
  const ltAt = before.lastIndexOf('<');
  if (ltAt < 0) return undefined;
  const gtAt = before.lastIndexOf('>');
  if (gtAt < ltAt) return undefined;
  const lt = floor + ltAt;
  const gt = floor + gtAt;
  const first = text.charCodeAt(lt + 1);
  if (!isLetterCode(first) && first !== 95) return undefined;
  if (text.charCodeAt(gt - 1) === 47) return undefined;
  let e = lt + 1;
  while (e < gt && (isKeyChar(text.charCodeAt(e)) || text.charCodeAt(e) === 58) && text.charCodeAt(e) !== 47) e++;
  const name = text.slice(lt + 1, e);
  return LAYOUT_TAGS.has(name.toLowerCase()) ? undefined : name;
}

/**
 * The normalised label of the keyed value holding `pos` on its line (XML element, `key: value`,
 * `key=value`), or on the lines above when `pos` is on a value-only line. Undefined when none.
 */
export function keyedLabelAt(text: string, pos: number): string | undefined {
  const { start: floor, known } = nearLineStart(text, pos, LOOKBACK);
  const element = elementAt(text, pos, floor);
  if (element) return normaliseLabel(element) || undefined;
  let spaceInValue = false;
  let wordInValue = false;
  for (let i = pos - 1; i >= floor; i--) {
    const c = text.charCodeAt(i);
    if (c === 32) spaceInValue = true;
    else if (!wordInValue && isLetterCode(c)) wordInValue = true;
    // "BSN: 111222333, klant 123456782", "SSN: 536-90-1234 and order 123456789": past a delimiter, or a
    // number, and then words, the label is another value's.
    if (wordInValue && (c === 44 || c === 59 || c === 124 || c === 9 || isDigitCode(c))) break;
    if (c === 58 || c === 0xff1a) {
      if (pos - i > MAX_VALUE_BEFORE) break;
      if (c === 58 && !isColonSeparator(text, i)) continue;
      const key = keyBefore(text, i, floor, true);
      if (key) return normaliseLabel(text.slice(key[0], key[1])) || undefined;
    } else if (c === 61 && isEqualsSeparator(text, i)) {
      // `key=value` values are one token, or a quoted string.
      const v = skipBlank(text, i + (text.charCodeAt(i + 1) === 62 ? 2 : 1), pos);
      const quoted = v < pos && (text.charCodeAt(v) === 34 || text.charCodeAt(v) === 39);
      if (spaceInValue && !quoted) continue;
      const key = keyBefore(text, text.charCodeAt(i - 1) === 58 ? i - 1 : i, floor, false);
      if (key) return normaliseLabel(text.slice(key[0], key[1])) || undefined;
    }
  }
  if (known && valueOnlyPrefix(text, floor, pos)) return labelAbove(text, floor);
  return undefined;
}

function skipBlank(text: string, i: number, end: number): number {
  while (i < end && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  return i;
}

/** Only blanks, list markers, quotes and brackets between the line start and `pos`. */
function valueOnlyPrefix(text: string, start: number, pos: number): boolean {
  for (let i = start; i < pos; i++) {
    const c = text.charCodeAt(i);
    if (!(c === 32 || c === 9 || c === 45 || c === 42 || c === 34 || c === 39 || c === 91 || c === 0x2022)) return false;
  }
  return true;
}

/**
 * The key of a `Label:` / `key:` / `"key": [` line above the line starting at `lineStart`, over sibling
 * value-only lines (`- 0612…`, `"0612…",`), within MAX_LINES_UP lines.
 */
function labelAbove(text: string, lineStart: number): string | undefined {
  let end = lineStart - 1;
  for (let n = 0; n < MAX_LINES_UP && end > 0; n++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    let e = end;
    while (e > start && (text.charCodeAt(e - 1) === 32 || text.charCodeAt(e - 1) === 13 || text.charCodeAt(e - 1) === 9)) e--;
    if (e === start || end - start > LOOKBACK) return undefined;
    const last = text.charCodeAt(e - 1);
    const sep = last === 58 ? e - 1 : last === 91 && text.lastIndexOf(':', e - 1) > start ? text.lastIndexOf(':', e - 1) : -1;
    if (sep >= 0) {
      // The whole line is the label ("Date of birth:", "  phones:", `"phones": [`), not the end of a sentence.
      const key = keyBefore(text, sep, start, true);
      if (!key || !valueOnlyPrefix(text, start, key[0])) return undefined;
      return normaliseLabel(text.slice(key[0], key[1])) || undefined;
    }
    let s = start;
    while (s < e && (text.charCodeAt(s) === 32 || text.charCodeAt(s) === 9)) s++;
    const f = text.charCodeAt(s);
    let colon = false;
    for (let k = s; k < e && !colon; k++) colon = text.charCodeAt(k) === 58;
    // A sibling value: a `- …` list item or a scalar line of a JSON array (`"…",`, `42,`), without a key.
    const listItem = f === 45 && text.charCodeAt(s + 1) === 32;
    const scalar = f === 34 || f === 39 || f === 43 || isDigitCode(f);
    if (colon || !(listItem || scalar)) return undefined;
    end = start - 1;
  }
  return undefined;
}

/**
 * Keyed values of the line [start, end) (`end` before its newline), in text order: calls
 * `emit(label, valueStart, valueEnd)` for each non-empty value. Returns the label of a bare `key:` or
 * `"key": [` that ends the line: the values on the lines below are its.
 */
export function keyedCellsOfLine(text: string, start: number, end: number, emit: (label: string, s: number, e: number) => void): string | undefined {
  const keys: { keyStart: number; valueStart: number; equals: boolean; label: string }[] = [];
  const found: [number, number, string][] = [];
  // Jump from separator to separator (a native search), not char by char. `test`, not `exec`: a match
  // is one char, so it ends at lastIndex, and no match array is made per separator.
  SEPARATOR.lastIndex = start;
  while (SEPARATOR.test(text)) {
    let i = SEPARATOR.lastIndex - 1;
    if (i >= end) break;
    const c = text.charCodeAt(i);
    if (c === 60) {
      const tag = openTagAt(text, i, end);
      if (tag) {
        let close = tag.end + 1;
        while (close < end && text.charCodeAt(close) !== 60) close++;
        const [vs, ve] = trimmedValue(text, tag.end + 1, close);
        if (ve > vs && !LAYOUT_TAGS.has(tag.name.toLowerCase())) found.push([vs, ve, normaliseLabel(tag.name)]);
        i = tag.end;
        SEPARATOR.lastIndex = i + 1;
      }
      continue;
    }
    let key: [number, number] | undefined;
    let valueStart = i + 1;
    const equals = c === 61;
    if ((c === 58 && isColonSeparator(text, i)) || c === 0xff1a) key = keyBefore(text, i, start, true);
    else if (equals && isEqualsSeparator(text, i)) {
      key = keyBefore(text, text.charCodeAt(i - 1) === 58 ? i - 1 : i, start, false);
      if (text.charCodeAt(i + 1) === 62) valueStart = i + 2;
    }
    if (key) keys.push({ keyStart: key[0], valueStart, equals, label: normaliseLabel(text.slice(key[0], key[1])) });
  }
  let pending: string | undefined;
  for (let k = 0; k < keys.length; k++) {
    const { valueStart, equals, label } = keys[k]!;
    const limit = k + 1 < keys.length ? keys[k + 1]!.keyStart : end;
    let vs = valueStart;
    while (vs < limit && (text.charCodeAt(vs) === 32 || text.charCodeAt(vs) === 9)) vs++;
    let ve = limit;
    const q = text.charCodeAt(vs);
    if (q === 34 || q === 39) {
      let close = vs + 1;
      while (close < limit && text.charCodeAt(close) !== q) close++;
      ve = close < limit ? close + 1 : limit;
    } else if (equals) {
      ve = vs;
      while (ve < limit && !isValueEnd(text.charCodeAt(ve))) ve++;
    }
    const [s, e] = trimmedValue(text, vs, ve);
    if (e > s && label) found.push([s, e, label]);
    else if (k + 1 === keys.length && label) pending = label;
  }
  found.sort((a, b) => a[0] - b[0]);
  for (const [s, e, label] of found) emit(label, s, e);
  return pending;
}

/** The chars keyed values hang on: `:` `=` `<` and the full-width colon. */
const SEPARATOR = /[:=<\uff1a]/g;

/** Ends an unquoted `key=value` value: blank, `&` (query strings), `,`. */
function isValueEnd(c: number): boolean {
  return c === 32 || c === 9 || c === 38 || c === 44;
}

/** [start, end) without blanks, trailing `, ; } ]` and one pair of quotes. */
function trimmedValue(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && (text.charCodeAt(s) === 32 || text.charCodeAt(s) === 9)) s++;
  while (e > s) {
    const c = text.charCodeAt(e - 1);
    if (c === 32 || c === 9 || c === 13 || c === 44 || c === 59 || c === 125 || c === 93 || c === 91 || c === 123) e--;
    else break;
  }
  const q = text.charCodeAt(s);
  if (e - s >= 2 && (q === 34 || q === 39) && text.charCodeAt(e - 1) === q) {
    s++;
    e--;
  }
  return [s, e];
}

/** An opening tag at `lt` (`<name …>`, not closing, comment or self-closing) ending before `end`: its name and `>`. */
function openTagAt(text: string, lt: number, end: number): { name: string; end: number } | undefined {
  const first = text.charCodeAt(lt + 1);
  if (!isLetterCode(first) && first !== 95) return undefined;
  let e = lt + 1;
  while (e < end && (isKeyChar(text.charCodeAt(e)) || text.charCodeAt(e) === 58) && text.charCodeAt(e) !== 47) e++;
  let gt = e;
  while (gt < end && gt - lt < 512 && text.charCodeAt(gt) !== 62 && text.charCodeAt(gt) !== 60) gt++;
  if (gt >= end || text.charCodeAt(gt) !== 62 || text.charCodeAt(gt - 1) === 47) return undefined;
  return { name: text.slice(lt + 1, e), end: gt };
}
