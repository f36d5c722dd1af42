/**
 * What the scanner can tell from a pattern's source alone. Syntactic and conservative: anything it
 * does not recognise answers false, and the scanner then finds the group's offset the slow way.
 * Not for `v`-flag sources (nested classes): the scanner does not ask about those.
 */

/**
 * True when capture group `group` of regex `source` ends every match it takes part in: the group is
 * at the top level and only lookarounds (zero width) follow it. A syntactic check (escapes, classes,
 * named and non-capturing groups); anything else answers false.
 */
export function groupEndsMatch(source: string, group: number): boolean {
  let captures = 0;
  let depth = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') i = classEnd(source, i);
    else if (c === ')') depth--;
    else if (c === '(') {
      depth++;
      if (source[i + 1] === '?' && !(source[i + 2] === '<' && source[i + 3] !== '=' && source[i + 3] !== '!')) continue;
      if (++captures !== group) continue;
      if (depth !== 1) return false;
      const close = groupEnd(source, i);
      return close > 0 && onlyLookarounds(source, close + 1);
    }
  }
  return false;
}

/** Index of the `]` closing the class opened at `i` (source length if none). */
function classEnd(source: string, i: number): number {
  for (i++; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++;
  return i;
}

/** Index of the `)` closing the group opened at `i`, or -1. */
function groupEnd(source: string, i: number): number {
  let depth = 0;
  for (; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') i = classEnd(source, i);
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

/** True when source[from…] is a sequence of lookaheads and lookbehinds, with nothing after them. */
function onlyLookarounds(source: string, from: number): boolean {
  for (let i = from; i < source.length; ) {
    if (!/^\(\?(?:=|!|<=|<!)/.test(source.slice(i, i + 4))) return false;
    const close = groupEnd(source, i);
    if (close < 0) return false;
    i = close + 1;
  }
  return true;
}
