/**
 * Hand-written finders for MAC and IPv6 addresses. Both detectors must see the whole text (colons are
 * not numeric-lexer separators, and no keyword is common to every address), and any V8 regex that can
 * start on a hex digit costs ≥ 0.7 ns per char of text. They start from separators instead (an indexOf
 * loop for IPv6, a separator-led trigger regex for MAC) and inspect a few chars around each; every
 * step moves forward, so they are linear on any input.
 */

function isHex(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}
function isWord(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c > 127;
}

/** True when `s[from, from+n)` are all hex digits. */
function hexRun(s: string, from: number, n: number): boolean {
  for (let k = 0; k < n; k++) if (!isHex(s.charCodeAt(from + k))) return false;
  return true;
}

/**
 * Where a colon or dash MAC address may be: two separators enclosing a hex pair (`:1A:2B:`), and the
 * rest of the run, so `ff:ff:ff:…` is one hit, not one per pair. Also the detector's anchor (the
 * engine finds it in its punctuation pass), so: no capture groups.
 */
export const MAC_TRIGGER = /[:-][0-9A-Fa-f]{2}[:-][0-9A-Fa-f]{2}[:-](?:[0-9A-Fa-f]{2}[:-])*/;
/**
 * Where a Cisco dotted MAC may be (`.0c2b.0c2b`). Not an engine-wide trigger: `.` is everywhere in
 * code and stack traces, and a `.`-led trigger cost 2.5 µs on every 2 KB prompt. It runs only in the
 * block after a networking word (see mac-address.ts).
 */
const DOTTED_TRIGGER = /\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}/g;

/**
 * MAC addresses `hh:hh:hh:hh:hh:hh` and `hh-hh-hh-hh-hh-hh` (one separator throughout), not glued to
 * letters, digits or further separators on either side. Returns [start, end) pairs relative to `s`.
 */
export function macSpans(s: string): [number, number][] {
  // Not MAC_TRIGGER: its greedy tail would re-read the rest of a run after every rejected start.
  return spansFrom(s, /[:-][0-9A-Fa-f]{2}[:-][0-9A-Fa-f]{2}[:-]/g);
}

/** Cisco's dotted MAC addresses `hhhh.hhhh.hhhh`, bounded like `macSpans`. */
export function dottedMacSpans(s: string): [number, number][] {
  return spansFrom(s, DOTTED_TRIGGER);
}

function spansFrom(s: string, trigger: RegExp): [number, number][] {
  const out: [number, number][] = [];
  trigger.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = trigger.exec(s))) {
    const i = m.index;
    const sep = s.charCodeAt(i);
    // Inside a longer run of pairs (`…:ff:ff:ff:…`): the pair before is joined by the same separator,
    // so neither this candidate nor one at any later pair of the run is bounded. Skip to the run's end
    // instead of re-checking six pairs at every separator (linear either way; 5× fewer steps).
    if (sep !== 46 && i >= 3 && s.charCodeAt(i - 3) === sep && isHex(s.charCodeAt(i - 2)) && isHex(s.charCodeAt(i - 1))) {
      let j = i;
      while (j + 3 < s.length && isHex(s.charCodeAt(j + 1)) && isHex(s.charCodeAt(j + 2)) && s.charCodeAt(j + 3) === sep) j += 3;
      trigger.lastIndex = j + 1;
      continue;
    }
    const start = sep === 46 ? i - 4 : i - 2;
    const end = start + (sep === 46 ? 14 : 17);
    const ok =
      start >= 0 &&
      end <= s.length &&
      (sep === 46
        ? hexRun(s, start, 4) && hexRun(s, i + 1, 4) && s.charCodeAt(i + 5) === 46 && hexRun(s, i + 6, 4)
        : hexRun(s, start, 2) && sixPairs(s, start, sep)) &&
      bounded(s, start, end, sep);
    if (ok) {
      out.push([start, end]);
      trigger.lastIndex = end;
    } else trigger.lastIndex = i + 1;
  }
  return out;
}

/** hex pairs at start, start+3, … start+15 separated by `sep` (the first pair is checked by the caller). */
function sixPairs(s: string, start: number, sep: number): boolean {
  for (let g = 1; g < 6; g++) {
    const at = start + g * 3;
    if (s.charCodeAt(at - 1) !== sep || !hexRun(s, at, 2)) return false;
  }
  return true;
}

/** Not part of a longer token: no word char or separator right before or after. */
function bounded(s: string, start: number, end: number, sep: number): boolean {
  const before = start > 0 ? s.charCodeAt(start - 1) : 32;
  const after = end < s.length ? s.charCodeAt(end) : 32;
  if (isWord(before) || before === sep || before === 58 || before === 45 || before === 46) return false;
  if (isWord(after) || after === sep || after === 58 || after === 45) return false;
  // A trailing dot is fine (end of sentence) unless a hex digit follows it (a longer dotted value).
  return !(after === 46 && isHex(s.charCodeAt(end + 1)));
}

/**
 * Where an IPv6 candidate may be: the colon after a first group `2xxx`/`3xxx` (global unicast),
 * `fcxx`/`fdxx` (unique local) or `fe8x`–`febx` (link-local). The detector's anchor, found in the
 * engine's punctuation pass: the lookbehind runs only at colons. Listed before the MAC trigger
 * (detector order), and never fires at a MAC's first colon (two hex digits before it).
 */
export const IPV6_TRIGGER = /:(?<=(?:[23][0-9A-Fa-f]{3}|[Ff][CcDd][0-9A-Fa-f]{2}|[Ff][Ee][89AaBb][0-9A-Fa-f]):)/;

/** Longest IPv6 text form: 8 groups of 4 + 7 colons, or 6 groups + an IPv4 tail (45 chars). */
const MAX_IPV6 = 45;

/** True when the four chars at `start` are a first group the finder looks at (see IPV6_TRIGGER). */
function firstGroup(s: string, start: number): boolean {
  const a = s.charCodeAt(start);
  if (a === 50 || a === 51) return hexRun(s, start + 1, 3);
  if ((a | 32) !== 102) return false;
  const b = s.charCodeAt(start + 1) | 32;
  if (b === 99 || b === 100) return hexRun(s, start + 2, 2);
  const c = s.charCodeAt(start + 2) | 32;
  return b === 101 && (c === 56 || c === 57 || c === 97 || c === 98) && hexRun(s, start + 3, 1);
}

/**
 * IPv6 candidates in the global unicast block 2000::/3 and the private fc00::/7 and fe80::/10 (first
 * group always four hex digits): from each colon, look back for that first group, then take the run
 * of hex digits, colons and dots that follows. Structure is checked by the detector's validator
 * (`parseIpv6`).
 */
export function ipv6Spans(s: string): [number, number][] {
  const out: [number, number][] = [];
  let i = s.indexOf(':');
  while (i >= 0) {
    const start = i - 4;
    if (start >= 0 && firstGroup(s, start) && !glued(s.charCodeAt(start - 1))) {
      let end = i + 1;
      const limit = Math.min(s.length, start + MAX_IPV6);
      while (end < limit) {
        const c = s.charCodeAt(end);
        if (!(isHex(c) || c === 58 || c === 46)) break;
        end++;
      }
      // Sentence punctuation after the address ("… 2001:db8::1.") is not part of it; "::" is.
      while (end > i + 1 && (s.charCodeAt(end - 1) === 46 || (s.charCodeAt(end - 1) === 58 && s.charCodeAt(end - 2) !== 58))) end--;
      const after = end < s.length ? s.charCodeAt(end) : 32;
      if (end > i + 1 && !isWord(after)) {
        // A span `parseIpv6` rejects for its colons alone (no `::`, not 6 or 7 colons: log times such
        // as `2024:05:42:01`, 5,300 per 10 MB of the bench's text) is no candidate; the scan goes on
        // after it as after an address, so the spans found later are the same.
        if (colonsMayParse(s, start, end)) out.push([start, end]);
        i = s.indexOf(':', end);
        continue;
      }
    }
    i = s.indexOf(':', i + 1);
  }
  return out;
}

/** Whether [start, end) holds `::` or exactly 6 or 7 colons (the shapes `parseIpv6` reads further). */
function colonsMayParse(s: string, start: number, end: number): boolean {
  let colons = 0;
  for (let k = start; k < end; k++) {
    if (s.charCodeAt(k) !== 58) continue;
    if (s.charCodeAt(k + 1) === 58 && k + 1 < end) return true;
    colons++;
  }
  return colons === 6 || colons === 7;
}

function glued(c: number): boolean {
  return isWord(c) || c === 58 || c === 46;
}
