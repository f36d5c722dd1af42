import type { Detector } from '../../types';
import { ukNinoValid } from '../../validators/uk-nino';
import { codeAfter, codeBefore } from '../../numeric-spans';
import { contextWords, isolated } from './shared';

/** `offer` rule: the six digits' span has `AB` (and a blank) before it and (a blank and) `A`–`D` after. */
function betweenLetters(text: string, start: number, end: number): boolean {
  const before = codeBefore(text, start, 32);
  const after = codeAfter(text, end, 32);
  return before >= 65 && before <= 90 && after >= 65 && after <= 68;
}

/** UK National Insurance numbers (`AB 12 34 56 C`), HMRC prefix and suffix rules. */
export const ukNino: Detector = {
  id: 'uk-nino',
  type: 'UK_NINO',
  category: 'GOVERNMENT_ID',
  severity: 'high',
  description: 'UK National Insurance number (HMRC prefix rules)',
  // The six digits form one numeric span ("12 34 56"); the window reaches the letters around it.
  // Letters on both sides: the six digits are always a lexer span of their own (no slack needed).
  anchor: { numeric: { minDigits: 6, maxDigits: 6, slack: 0, offer: betweenLetters } },
  patterns: [
    { name: 'nino', regex: /(?<![A-Za-z0-9])[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D](?![A-Za-z0-9])/g, score: 0.7 },
  ],
  validate: (value, info) => isolated(info) && ukNinoValid(value),
  context: { words: contextWords('national insurance', 'nino', 'ni number', 'ni no'), boost: 0.2 },
  maxLength: 13,
  examples: {
    match: ['NI number: AB 12 34 56 C', 'nino JG103759A', 'employee CE123456D starts Monday', 'National Insurance: AB123456A'],
    noMatch: ['QQ 12 34 56 C is the HMRC sample', 'ref GB123456A', 'code AB123456E', 'ab123456c', 'DA123456C'],
  },
};
