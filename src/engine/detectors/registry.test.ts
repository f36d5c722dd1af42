import { describe, expect, it } from 'vitest';
import { ALL_DETECTORS } from './index';
import { ENTITY_CATEGORIES } from '../entity-types';
import { createScanner } from '../scan';
import type { Detector } from '../types';
import { bestCpuMs } from '../../../test/perf/cpu-time';

/**
 * The registry's contract (Refined GitHub / gitleaks style): conventions that are not tested drift.
 * Every built-in detector runs its own should-match and should-not-match examples here.
 */
const detectors = ALL_DETECTORS;

describe('registry contract', () => {
  it('has detectors', () => {
    expect(detectors.length).toBeGreaterThan(0);
  });

  it('uses unique kebab-case ids', () => {
    const ids = detectors.map((d) => d.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it.each(detectors.map((d) => [d.id, d] as const))('%s declares a sound shape', (_id, d) => {
    expect(ENTITY_CATEGORIES).toHaveProperty(d.type);
    expect(ENTITY_CATEGORIES[d.type as keyof typeof ENTITY_CATEGORIES]).toBe(d.category);
    expect(d.description.length).toBeGreaterThanOrEqual(20);
    expect(d.examples.match.length).toBeGreaterThan(0);
    expect(d.examples.noMatch.length).toBeGreaterThan(0);
    expect(d.patterns.length + (d.match ? 1 : 0) + (d.find ? 1 : 0)).toBeGreaterThan(0);
    // A finder reads the whole text and the field index: only with the `full` anchor.
    if (d.find) expect('full' in d.anchor).toBe(true);
    for (const p of d.patterns) {
      expect(p.regex.flags).toContain('g');
      expect(p.score).toBeGreaterThanOrEqual(0);
      expect(p.score).toBeLessThanOrEqual(1);
      expect(p.name.length).toBeGreaterThan(0);
    }
    if ('keywords' in d.anchor) {
      expect(d.anchor.keywords.length).toBeGreaterThan(0);
      for (const k of d.anchor.keywords) expect(k.length).toBeGreaterThan(0);
      if (d.anchor.lead !== undefined) {
        // `lead` detectors are tried only at their keywords, with their patterns: no finder runs there.
        expect(d.anchor.lead).toBeGreaterThanOrEqual(0);
        expect(d.match, `${d.id}: a lead detector cannot have a finder`).toBeUndefined();
      }
    }
    if ('keywords' in d.anchor || 'triggers' in d.anchor) {
      // KeywordIndex joins hits up to 8 chars apart; windows reaching at least that far make it exact.
      expect(d.maxLength ?? 512).toBeGreaterThanOrEqual(8);
    }
    if ('triggers' in d.anchor) {
      expect(d.anchor.triggers.length).toBeGreaterThan(0);
      for (const t of d.anchor.triggers) {
        // Found in the punctuation pass: a trigger must start with punctuation (V8 then skips to it fast)
        // and carry no capture group (the pass's groups say which trigger fired).
        expect(t.source, `trigger /${t.source}/ must start with [ or \\ + punctuation`).toMatch(/^(?:\[[^\w\]]|\\[^\w]|[^\w\\[(])/);
        expect(new RegExp(`${t.source}|`).exec('')!.length, `trigger /${t.source}/ has a capture group`).toBe(1);
      }
    }
    if ('numeric' in d.anchor) {
      expect(d.anchor.numeric.minDigits).toBeGreaterThan(0);
      expect(d.anchor.numeric.maxDigits).toBeGreaterThanOrEqual(d.anchor.numeric.minDigits);
      expect(d.anchor.numeric.maxDigits).toBeLessThanOrEqual(64);
    }
  });
});

describe('detector examples', () => {
  it.each(detectors.map((d) => [d.id, d] as const))('%s finds its match examples and none of its noMatch examples', (_id, d) => {
    const scanner = createScanner([d]);
    const missed = d.examples.match.filter((text) => !scanner.scan(text).some((f) => f.detector === d.id));
    const wrongly = d.examples.noMatch.filter((text) => scanner.scan(text).some((f) => f.detector === d.id));
    expect({ missed, wrongly }).toEqual({ missed: [], wrongly: [] });
  });

  it.each(detectors.map((d) => [d.id, d] as const))('%s never shows the raw value in a preview', (_id, d) => {
    const scanner = createScanner([d]);
    for (const text of d.examples.match) {
      for (const f of scanner.scan(text)) {
        const value = text.slice(f.start, f.end);
        if (value.length >= 6) expect(f.preview).not.toContain(value);
      }
    }
  });
});

/** Shapes that make backtracking regexes explode. Each is run against every pattern. */
function hostileInputs(d: Detector, size: number): string[] {
  const repeat = (unit: string) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
  const fromExamples = d.examples.match.map((m) => repeat(`${m.slice(0, -1)} `));
  return [
    repeat('a'), repeat('aA1'), repeat('1'), repeat('1 '), repeat('1-'), repeat(' '), repeat('\t\n'), repeat('a@'),
    repeat('a.'), `https://${repeat('a/')}`, repeat('='), repeat('password='), repeat('-----BEGIN '), repeat('Ab+/'),
    repeat('0f'), repeat('a:'), repeat('eyJ'), repeat('AKIA'), repeat('x_'), ...fromExamples,
  ];
}

describe('no catastrophic backtracking', () => {
  it.each(detectors.map((d) => [d.id, d] as const))('%s stays fast on hostile input', (_id, d) => {
    // Full-text patterns see the whole input; windowed ones at most a line, but the line can be long.
    const size = 'full' in d.anchor ? 100_000 : 20_000;
    const slow: string[] = [];
    for (const input of hostileInputs(d, size)) {
      for (const p of d.patterns) {
        const re = new RegExp(p.regex.source, p.regex.flags);
        const started = performance.now();
        let m: RegExpExecArray | null;
        while ((m = re.exec(input))) if (m[0].length === 0) re.lastIndex++;
        const ms = performance.now() - started;
        if (ms > 250) slow.push(`${p.name} on ${JSON.stringify(input.slice(0, 12))}…: ${ms.toFixed(0)} ms`);
      }
    }
    expect(slow).toEqual([]);
  });

  it.each(detectors.filter((d) => d.find).map((d) => [d.id, d] as const))('%s finder stays fast on hostile input', (_id, d) => {
    const scanner = createScanner([d]);
    const slow: string[] = [];
    for (const input of hostileInputs(d, 100_000)) {
      // Warm up (JIT, lazily built word lists) on a slice: the check is for super-linear time, not start-up.
      scanner.scan(input.slice(0, 2000));
      // CPU time, the better of two runs: a GC pause or a busy neighbour must not fail the contract.
      const ms = bestCpuMs(() => scanner.scan(input));
      if (ms > 250) slow.push(`finder on ${JSON.stringify(input.slice(0, 12))}…: ${ms.toFixed(0)} ms`);
    }
    expect(slow).toEqual([]);
  });
});
