import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LIBPOSTAL_COMMIT, render } from '../../../scripts/addresses/generate';
import { AFTER, BEFORE, DIRECTIONAL, GERMANIC, LEAD, UNIT, compoundOf, rolesOf } from './vocabulary';

describe('street-type vocabulary', () => {
  it('is what scripts/addresses/generate.ts makes from the vendored libpostal files', () => {
    const committed = readFileSync(resolve(__dirname, 'street-types.generated.ts'), 'utf8');
    expect(committed, 'run: node --import tsx scripts/addresses/generate.ts').toBe(render());
  });

  it('ships libpostal\'s licence and source in public/third-party-notices.txt', () => {
    const notices = readFileSync(resolve(__dirname, '../../../public/third-party-notices.txt'), 'utf8');
    const licence = readFileSync(resolve(__dirname, '../../../scripts/addresses/libpostal/LICENSE'), 'utf8');
    expect(notices).toContain(licence.trim());
    expect(notices).toContain(LIBPOSTAL_COMMIT);
  });

  it.each([
    ['st', AFTER],
    ['ave', AFTER],
    ['blvd', AFTER],
    ['rue', BEFORE],
    ['bd', BEFORE],
    ['via', LEAD],
    ['calle', LEAD],
    ['c/', LEAD],
    ['straße', GERMANIC],
    ['gracht', GERMANIC],
    ['apt', UNIT],
    ['sw', DIRECTIONAL],
  ])('%s has its role', (word, role) => {
    expect(rolesOf(word) & role).toBe(role);
  });

  it.each(['la', 'all', 'hi', 'pas', 'sent', 'de', 'by', 'so', 'norte'])('drops the everyday word %s', (word) => {
    // (`la`, `de` are connectors of the lexicon, never street types, units or directionals)
    expect(rolesOf(word) & (AFTER | BEFORE | LEAD | GERMANIC | UNIT | DIRECTIONAL)).toBe(0);
  });

  it.each([
    ['hauptstraße', 'straße', false],
    ['musterstr', 'str', false],
    ['keizersgracht', 'gracht', false],
    ['kortrijksesteenweg', 'steenweg', false],
    ['kurfürstendamm', 'damm', true],
  ])('%s ends in %s', (word, suffix, weak) => {
    expect(compoundOf(word)).toEqual({ suffix, weak });
  });

  it.each(['parkplatz', 'lösungsweg', 'weg', 'string', 'monitoring'])('%s is no street compound', (word) => {
    expect(compoundOf(word)?.weak ?? true).toBe(true);
  });
});
