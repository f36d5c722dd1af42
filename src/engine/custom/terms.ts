import type { Detector } from '../types';

export interface TermListRule {
  readonly id: string;
  readonly label: string;
  readonly terms: readonly string[];
  readonly caseSensitive: boolean;
  readonly wholeWord: boolean;
}

/** A literal as a regex source. */
export const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * An organisation's own words (project code names, customer names…). Terms are literals, escaped
 * into one alternation, so an admin's list can never produce a slow regex.
 */
export function termListDetector(rule: TermListRule): Detector {
  const sorted = [...new Set(rule.terms)].sort((a, b) => b.length - a.length);
  const body = sorted.map(escapeRegex).join('|');
  // Word boundaries in any script: a letter, digit or underscore may not touch the term.
  const source = rule.wholeWord ? `(?<![\\p{L}\\p{N}_])(?:${body})(?![\\p{L}\\p{N}_])` : `(?:${body})`;
  const flags = rule.caseSensitive ? 'gu' : 'giu';
  return {
    id: `custom-term-${rule.id}`,
    type: 'CUSTOM',
    category: 'CUSTOM',
    severity: 'high',
    description: `Matches your organisation's term list "${rule.label}"`,
    label: rule.label,
    anchor: { keywords: sorted },
    patterns: [{ name: rule.wholeWord ? 'whole word' : 'substring', regex: new RegExp(source, flags), score: 0.9 }],
    preview: { head: 0, tail: 0 },
    mask: (value) => `${value.slice(0, 1)}${'•'.repeat(Math.max(3, value.length - 1))}`,
    examples: { match: sorted.slice(0, 1), noMatch: [''] },
  };
}
