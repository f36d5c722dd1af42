/**
 * Checks an admin-supplied CSS selector without needing a page.
 *
 * Policy is validated in the background service worker, which has no `document`, so the structural
 * check below runs everywhere; where a `document` exists (content script, options page, tests) the
 * browser's own parser has the last word.
 */

const MAX_SELECTOR_LENGTH = 500;
const CLOSERS: Readonly<Record<string, string>> = { '[': ']', '(': ')' };

/** `null` when the selector looks valid, else a short reason. */
export function selectorProblem(selector: unknown): string | null {
  if (typeof selector !== 'string') return 'is not a string';
  const s = selector.trim();
  if (s === '') return 'is empty';
  if (s.length > MAX_SELECTOR_LENGTH) return `is longer than ${MAX_SELECTOR_LENGTH} characters`;
  // Braces and `;` only appear in style rules, never in selectors: a sign of pasted CSS, not a selector.
  if (/[{};]/.test(stripStrings(s))) return 'contains "{", "}" or ";"';
  if (/[\u0000-\u001f\u007f]/.test(s)) return 'contains control characters';
  const structural = bracketProblem(s);
  if (structural) return structural;
  for (const part of splitTopLevel(s)) {
    const p = part.trim();
    if (p === '') return 'has an empty item in a comma-separated list';
    if (/^[>+~]/.test(p) || /[>+~]$/.test(p)) return 'starts or ends with a combinator';
  }
  return parserProblem(s);
}

/** Balanced `[]`/`()`, closed quotes, no dangling backslash. */
function bracketProblem(s: string): string | null {
  const stack: string[] = [];
  let quote = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === '\\') {
      if (i === s.length - 1) return 'ends with a backslash';
      i++;
      continue;
    }
    if (quote) {
      if (c === quote) quote = '';
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c in CLOSERS) stack.push(CLOSERS[c]!);
    else if (c === ']' || c === ')') {
      if (stack.pop() !== c) return `has an unmatched "${c}"`;
    }
  }
  if (quote) return 'has an unclosed quote';
  if (stack.length) return `is missing "${stack[stack.length - 1]}"`;
  return null;
}

/** Splits on commas outside brackets and strings (selector lists). */
function splitTopLevel(s: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote = '';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === '\\') {
      i++;
      continue;
    }
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '[' || c === '(') depth++;
    else if (c === ']' || c === ')') depth--;
    else if (c === ',' && depth === 0) {
      parts.push(s.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(s.slice(from));
  return parts;
}

function stripStrings(s: string): string {
  return s.replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'/g, '""');
}

/** Lets the browser's selector parser decide when a document is available. */
function parserProblem(s: string): string | null {
  if (typeof document === 'undefined' || typeof document.createDocumentFragment !== 'function') return null;
  try {
    document.createDocumentFragment().querySelector(s);
    return null;
  } catch {
    return 'is not a valid CSS selector';
  }
}
