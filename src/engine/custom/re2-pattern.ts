import { RE2JS } from 're2js';
import type { Detector } from '../types';

export interface PatternRule {
  readonly id: string;
  readonly label: string;
  readonly pattern: string;
}

/** Admin patterns longer than this are refused: they are almost always a pasted list gone wrong. */
export const MAX_PATTERN_LENGTH = 2000;

/**
 * Compiles an admin's RE2 pattern into a detector run by re2js, a linear-time engine: whatever the
 * pattern, the scan stays O(text) and a tab can never hang on it. Throws with a readable message.
 */
export function re2PatternDetector(rule: PatternRule): Detector {
  if (rule.pattern.length === 0) throw new Error('the pattern is empty');
  if (rule.pattern.length > MAX_PATTERN_LENGTH) throw new Error(`the pattern is longer than ${MAX_PATTERN_LENGTH} characters`);
  let compiled: RE2JS;
  try {
    compiled = RE2JS.compile(rule.pattern);
  } catch (error) {
    throw new Error(`not a valid RE2 pattern: ${(error as Error).message}`);
  }
  if (compiled.matcher('').find()) throw new Error('the pattern matches empty text, so it would flag every prompt');
  return {
    id: `custom-pattern-${rule.id}`,
    type: 'CUSTOM',
    category: 'CUSTOM',
    severity: 'high',
    description: `Matches your organisation's pattern "${rule.label}"`,
    label: rule.label,
    anchor: { full: true },
    patterns: [],
    *match(region: string) {
      const m = compiled.matcher(region);
      let from = 0;
      while (from <= region.length && m.find(from)) {
        const start = m.start();
        const end = m.end();
        if (end > start) yield [start, end] as const;
        from = end > start ? end : start + 1;
      }
    },
    preview: { head: 0, tail: 0 },
    mask: (value) => `${value.slice(0, 1)}${'•'.repeat(Math.max(3, value.length - 1))}`,
    examples: { match: [], noMatch: [] },
  };
}
