import type { Detector } from '../../types';
import { deTaxIdValid } from '../../validators/de-tax-id';
import { digitsOf } from '../../validators/digits';
import { contextWords, isolated, NUM_END, NUM_START, otherFieldBefore, scoreByFormat, unglued } from './shared';

/** German tax identification numbers (Steuer-IdNr): digit-repetition rule + ISO 7064 MOD 11,10. */
export const deTaxId: Detector = {
  id: 'de-tax-id',
  type: 'DE_TAX_ID',
  category: 'GOVERNMENT_ID',
  severity: 'high',
  description: 'German tax ID (Steuer-IdNr, ISO 7064 check and digit rule)',
  anchor: { numeric: { minDigits: 11, maxDigits: 11, offer: unglued, groups: [[2, 3, 3, 3], [11]] } },
  // Printed on BZSt letters as "12 345 678 901" (0.8). ~0.2% of random 11-digit numbers pass both
  // rules, so a bare run is reported too, only just (0.55).
  patterns: [{ name: 'idnr', regex: new RegExp(`${NUM_START}(?:\\d{2} \\d{3} \\d{3} \\d{3}|[1-9]\\d{10})${NUM_END}`, 'g'), score: 0.55 }],
  validate: (value, info) => isolated(info) && !otherFieldBefore(info.before) && deTaxIdValid(digitsOf(value)) && scoreByFormat(value, 0.8, 0.55),
  context: { words: contextWords('steuer id', 'identifikationsnummer', 'idnr', 'id-nr', 'tax id', 'steuernummer'), boost: 0.25 },
  maxLength: 14,
  examples: {
    match: ['Steuer-ID: 36 574 261 809', 'IdNr 86095742719', 'Meine Steueridentifikationsnummer ist 65929970489.'],
    noMatch: ['Steuer-ID: 36574261890', 'Kunde 12345678903', 'id 36554266806', 'Tel 01701234567'],
  },
};
