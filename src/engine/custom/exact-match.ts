import type { Detector } from '../types';
import { NUMERIC_SPAN } from '../numeric-spans';
import { normalizeValue, type Normalization } from './normalize';
import { sha256Hex } from './sha256';

export interface ExactMatchRule {
  readonly id: string;
  readonly label: string;
  readonly normalize: Normalization;
  /** Lower-case hex SHA-256 of each normalised protected value. */
  readonly sha256: readonly string[];
}

const EMAIL_LIKE = /[\p{L}\p{N}._%+-]{1,64}@[\p{L}\p{N}.-]{1,253}\.[\p{L}]{2,24}/gu;
/** A word for lowercase/none lists: letters, digits and the punctuation identifiers carry. */
const WORD = /[\p{L}\p{N}][\p{L}\p{N}_.@+\-/#]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu;
/** Phrases up to this many words are hashed too, so "Acme Holdings Ltd" can be protected. */
const MAX_PHRASE_WORDS = 3;

/**
 * Exact-match list: admins protect customer identifiers by shipping only their SHA-256 hashes, never
 * the values. The detector hashes the candidates in the text that the normalisation could apply to
 * (emails, digit runs, or words and 2–3 word phrases) and reports those whose hash is listed.
 */
export function exactMatchDetector(rule: ExactMatchRule): Detector {
  const hashes = new Set(rule.sha256.map((h) => h.toLowerCase()));
  const anchor: Detector['anchor'] =
    rule.normalize === 'email'
      ? { keywords: ['@'] }
      : rule.normalize === 'digits'
        ? { numeric: { minDigits: 2, maxDigits: 64 } }
        : { full: true };
  return {
    id: `custom-exact-${rule.id}`,
    type: 'CUSTOM',
    category: 'CUSTOM',
    severity: 'high',
    description: `Matches a value on your organisation's protected list "${rule.label}"`,
    label: rule.label,
    anchor,
    patterns: [],
    *match(region: string) {
      const seen = new Map<string, boolean>();
      const listed = (candidate: string) => {
        const normalized = normalizeValue(candidate, rule.normalize);
        if (!normalized) return false;
        let hit = seen.get(normalized);
        if (hit === undefined) {
          hit = hashes.has(sha256Hex(normalized));
          seen.set(normalized, hit);
        }
        return hit;
      };
      if (rule.normalize === 'email' || rule.normalize === 'digits') {
        const re = rule.normalize === 'email' ? new RegExp(EMAIL_LIKE) : new RegExp(NUMERIC_SPAN);
        let m: RegExpExecArray | null;
        while ((m = re.exec(region))) if (listed(m[0])) yield [m.index, m.index + m[0].length] as const;
        return;
      }
      const words: [number, number][] = [];
      const re = new RegExp(WORD);
      let m: RegExpExecArray | null;
      while ((m = re.exec(region))) words.push([m.index, m.index + m[0].length]);
      for (let i = 0; i < words.length; i++) {
        // Longest phrase first, so "Acme Holdings Ltd" wins over "Acme".
        for (let n = Math.min(MAX_PHRASE_WORDS, words.length - i); n >= 1; n--) {
          const start = words[i]![0];
          const end = words[i + n - 1]![1];
          if (listed(region.slice(start, end))) {
            yield [start, end] as const;
            i += n - 1;
            break;
          }
        }
      }
    },
    preview: { head: 0, tail: 0 },
    mask: (value) => `${value.slice(0, 1)}${'•'.repeat(Math.max(3, value.length - 1))}`,
    examples: { match: [], noMatch: [] },
  };
}
