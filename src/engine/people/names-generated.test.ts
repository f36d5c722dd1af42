import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildLists, buildNamesModule } from '../../../scripts/names/build-lists';
import { foldName } from './fold';
import { FAMILY_NAMES, GIVEN_NAMES, WORDLIKE_NAMES } from './names.generated';

const lines = (block: string) => block.split('\n').filter(Boolean);

describe('names.generated.ts', () => {
  it('is exactly what scripts/names/generate.ts produces (run it after a faker upgrade)', () => {
    const committed = readFileSync(resolve(import.meta.dirname, 'names.generated.ts'), 'utf8');
    expect(committed === buildNamesModule(), 'run `node --import tsx scripts/names/generate.ts`').toBe(true);
  });

  it('names its source and licence, which ship in public/third-party-notices.txt', () => {
    const committed = readFileSync(resolve(import.meta.dirname, 'names.generated.ts'), 'utf8');
    expect(committed).toMatch(/@faker-js\/faker [\d.]+ locale data/);
    expect(committed).toContain('MIT licence');
    const notices = readFileSync(resolve(import.meta.dirname, '../../../public/third-party-notices.txt'), 'utf8');
    expect(notices).toContain('@faker-js/faker');
    expect(notices).toContain('Permission is hereby granted, free of charge');
  });

  it.each([
    ['given', GIVEN_NAMES],
    ['family', FAMILY_NAMES],
    ['word-like', WORDLIKE_NAMES],
  ])('holds %s names folded, sorted and unique', (_kind, block) => {
    const keys = lines(block);
    expect(keys.length).toBeGreaterThan(100);
    expect(keys.every((k) => foldName(k) === k && /^[a-z][a-z'-]*[a-z]$/.test(k))).toBe(true);
    expect([...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))).toEqual(keys);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('covers the four product languages', () => {
    const given = new Set(lines(GIVEN_NAMES));
    const family = new Set(lines(FAMILY_NAMES));
    for (const name of ['maria', 'francois', 'lukas', 'lucia', 'giulia', 'sanne']) expect(given).toContain(name);
    for (const name of ['schmidt', 'dubois', 'garcia', 'rossi', 'smith', 'kowalski']) expect(family).toContain(name);
  });

  it('builds the lists from the installed faker', () => {
    const lists = buildLists();
    expect(lists.given).toEqual(lines(GIVEN_NAMES));
    expect(lists.family).toEqual(lines(FAMILY_NAMES));
  });
});
