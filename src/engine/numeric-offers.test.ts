import { describe, expect, it } from 'vitest';
import { customerTable } from '../../bench/customer-table';
import { prompt2k, realisticText } from '../../bench/realistic-text';
import { loadCorpus } from '../../test/corpus/load';
import { ALL_DETECTORS } from './detectors';
import { createScanner } from './scan';
import type { Detector } from './types';

/**
 * The numeric dispatch's shape rules (`offer`, `dottedQuads`) only skip windows where a detector finds
 * nothing: the findings are those of the same detectors offered every span of the right digit count.
 */
const unshaped: Detector[] = ALL_DETECTORS.map((d) =>
  'numeric' in d.anchor ? { ...d, anchor: { numeric: { ...d.anchor.numeric, offer: undefined, dottedQuads: true } } } : d,
);
const shaped = createScanner(ALL_DETECTORS);
const everySpan = createScanner(unshaped);

/** Spans the rules refuse, next to values they must still let through. */
const EDGES = [
  'req=f5afce307f9f262881044fb id_123456789 9f64c5bd-8067-4924-82d4-3cd1a2b3c4d5 x4111111111111111 4111 1111 1111 1111 12/26 3782-822463-10005 4111.1111.1111.1111.123 4242 4242 4242 4242 4242',
  'call +1 - 4155552671 or +44 (0) 20 7946 0958, not ab415-555-2671 nor x12)415 555-2671',
  'NIR 1 84 02 2A 123 456 34 and 253072B07300470; log 401 32951 on 26.07.2022; IBAN GB29 NWBK 6016 1331 9268 19, de89-3704-0044-0532-0130-00, NL91ABNA0417164300 12',
  'SSN 123-45-6789 123 45 6789 123456789; SIN 046 454 286; BSN 1112.22.333 111-222-333; TFN 123 456 78; NHS 943 476 5919; IdNr 12 345 678 901; CPF 123.456.789-09; CNPJ 11.222.333/0001-81; Aadhaar 2345 6789 0123 2345-6789-0123; 12 123-45-6789 1 and 1234 123 123 123',
  'NINO AB 12 34 56 C, nino JG103759A, not ab123456c; NIE x-2482300-w, X1234567L; DNI 12.345.678-Z, 5 12345678Z',
  'peers 10.219.72.122 81.2.69.160:443 +44.20.794.609 1.2.3.4 10.0.0.15 10.0.0.16 v1.2.3.45.6 1234.12.12.12.1 ip 172.16.4.20/24',
];

const texts: [string, string][] = [
  ...EDGES.map((t, i): [string, string] => [`edge ${i}`, t]),
  ['realistic text', realisticText(256 * 1024, 2)],
  ['customer table', customerTable(96 * 1024, 3).text],
  ['prompts', Array.from({ length: 16 }, (_, i) => prompt2k(i)).join('\n\n')],
  ['corpus', loadCorpus().map((d) => d.text).join('\n\n')],
  ['detector examples', ALL_DETECTORS.flatMap((d) => [...d.examples.match, ...d.examples.noMatch]).join('\n')],
];

describe('numeric shape rules', () => {
  it.each(texts)('%s: same findings as offering every span', (_, text) => {
    expect(shaped.scan(text)).toEqual(everySpan.scan(text));
  });
});
