/**
 * Every built-in detector's description is in the English catalogue as `detector_<id>`, word for word
 * (regenerate with `node --import tsx scripts/gen-detector-messages.ts`); locales.test.ts then asks
 * each language for its translation.
 */
import { describe, expect, it } from 'vitest';
import { ALL_DETECTORS } from '../../engine/detectors';
import { format, loadCatalogue } from '../testing/catalogue';
import { detectorMessageKey } from './explain';

describe('detector descriptions in the English catalogue', () => {
  const en = loadCatalogue('en');

  it('has every built-in detector, with the registry’s description', () => {
    const wrong = ALL_DETECTORS.filter((d) => format(en[detectorMessageKey(d.id)]).replace(/\$\$/g, '$') !== d.description).map((d) => d.id);
    expect(wrong, 'run scripts/gen-detector-messages.ts').toEqual([]);
  });

  it('has no detector_ key without a detector, and no two ids share a key', () => {
    const keys = new Set(ALL_DETECTORS.map((d) => detectorMessageKey(d.id)));
    expect(keys.size).toBe(ALL_DETECTORS.length);
    expect(Object.keys(en).filter((k) => k.startsWith('detector_') && !keys.has(k))).toEqual([]);
  });
});
