import type { ContextRule } from './types';

/**
 * The first context word found near [start, end), or undefined. Words are matched as lower-case
 * substrings of a small window (Presidio-style), so "Phone:" and "phone number" both count.
 */
export function contextWordNear(text: string, start: number, end: number, rule: ContextRule): string | undefined {
  const before = text.slice(Math.max(0, start - (rule.before ?? 64)), start).toLowerCase();
  const after = text.slice(end, end + (rule.after ?? 16)).toLowerCase();
  for (const word of rule.words) {
    if (before.includes(word) || after.includes(word)) return word;
  }
  return undefined;
}
