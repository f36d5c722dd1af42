import type { Detector, Finding, MatchInfo } from './types';
import { ALL_DETECTORS } from './detectors';
import { KeywordIndex } from './keyword-index';
import { NUMERIC_SPAN, countDigits } from './numeric-spans';
import { LineFinder, WindowList } from './windows';
import { isPlaceholder } from './placeholders';
import { shannonEntropy } from './entropy';
import { previewOf } from './preview';
import { resolveOverlaps } from './overlaps';
import { contextWordNear } from './context';

/** Findings under this score are dropped: weak patterns need a checksum or a context word to count. */
export const DEFAULT_MIN_SCORE = 0.5;
/** Score of a custom matcher's hit: an admin asked for exactly this, so it is certain. */
const CUSTOM_MATCH_SCORE = 0.9;
/** Default reach of a window around a keyword hit, and the default longest value. */
const DEFAULT_MAX_LENGTH = 512;
/** Chars around a numeric span that numeric detectors see (letters of a DNI, IBAN country code…). */
const NUMERIC_MARGIN = 16;
/** Numeric spans with more digits than this are not offered to anyone (no detector is that long). */
const MAX_NUMERIC_DIGITS = 64;
/**
 * A span with separators may hold more digits than the value inside it: `4111 1111 1111 1111 12/26`
 * is one span of 24 digits holding a 16-digit card. Such spans are offered to detectors up to this
 * many digits over their maximum. A bare digit run can only hold a value of its own length.
 */
const NUMERIC_SLACK = 4;

export interface ScannerOptions {
  /** Minimum score a finding needs (default 0.5). */
  readonly minScore?: number;
  /** Values never flagged (admin allowlist), compared trimmed and case-insensitively. */
  readonly allowlist?: readonly string[];
  /** Email domains never flagged (the organisation's own); subdomains included. */
  readonly allowedDomains?: readonly string[];
  /** Extra veto, e.g. the user's "not sensitive" list kept as salted hashes. */
  readonly isAllowed?: (value: string, type: string) => boolean;
  /** When given, milliseconds spent per detector id (and per stage: `:keywords`, `:numeric`) are added here. */
  readonly profile?: Map<string, number>;
}

export interface Scanner {
  readonly detectors: readonly Detector[];
  /** Findings sorted by start, non-overlapping. Offsets are UTF-16 indices into `text`. */
  scan(text: string): Finding[];
}

interface Candidate {
  detector: number;
  start: number;
  end: number;
  score: number;
  reason: string;
}

/** Compiles a detector set once; `scan` is then cheap to call on every keystroke or send. */
export function createScanner(detectors: readonly Detector[], options: ScannerOptions = {}): Scanner {
  const minScore = options.minScore ?? DEFAULT_MIN_SCORE;
  const keywordEntries: { keywords: readonly string[]; detector: number }[] = [];
  // Numeric detectors are numbered in groups of 31 so a span's subscribers fit in one int32 mask per group.
  const numeric: number[] = [];
  const masksByDigits: Int32Array[] = []; // spans with separators
  const bareMasksByDigits: Int32Array[] = []; // bare digit runs
  const fullScan: number[] = [];
  detectors.forEach((d, i) => {
    const anchor = d.anchor;
    if ('keywords' in anchor) keywordEntries.push({ keywords: anchor.keywords, detector: i });
    else if ('numeric' in anchor) {
      const group = Math.floor(numeric.length / 31);
      const bit = 1 << numeric.length % 31;
      numeric.push(i);
      const byDigits = (masksByDigits[group] ??= new Int32Array(MAX_NUMERIC_DIGITS + 1));
      const bare = (bareMasksByDigits[group] ??= new Int32Array(MAX_NUMERIC_DIGITS + 1));
      const { minDigits, maxDigits, needsSeparator } = anchor.numeric;
      const max = Math.min(maxDigits + NUMERIC_SLACK, MAX_NUMERIC_DIGITS);
      for (let n = Math.max(1, minDigits); n <= max; n++) byDigits[n]! |= bit;
      if (!needsSeparator) for (let n = Math.max(1, minDigits); n <= Math.min(maxDigits, MAX_NUMERIC_DIGITS); n++) bare[n]! |= bit;
    } else fullScan.push(i);
  });
  const keywords = new KeywordIndex(keywordEntries);
  // Private copies of every pattern: `lastIndex` is state, and scanners must not share it. Patterns
  // that report a capture group get the `d` flag so the group's exact position is known.
  const compiled = detectors.map((d) =>
    d.patterns.map((p) => new RegExp(p.regex.source, (p.group ?? 0) > 0 && !p.regex.flags.includes('d') ? `${p.regex.flags}d` : p.regex.flags)),
  );
  const allow = buildAllow(options);

  function scan(text: string): Finding[] {
    if (!text) return [];
    const windows: (WindowList | undefined)[] = new Array(detectors.length);
    const windowFor = (i: number) => (windows[i] ??= new WindowList());
    const lines = new LineFinder(text);

    const profile = options.profile;
    let t0 = profile ? performance.now() : 0;
    const hits = keywords.findHits(text);
    if (profile) t0 = addTime(profile, ':keywords', t0);
    for (let h = 0; h < hits.starts.length; h++) {
      const start = hits.starts[h]!;
      const end = hits.ends[h]!;
      const [lineStart, lineEnd] = lines.around(start);
      for (const i of hits.detectors[h]!) {
        const d = detectors[i]!;
        const reach = d.maxLength ?? DEFAULT_MAX_LENGTH;
        const block = 'keywords' in d.anchor && d.anchor.window === 'block';
        const ws = Math.max(lineStart, start - reach);
        const we = block ? Math.min(text.length, end + reach) : Math.min(lineEnd, end + reach);
        windowFor(i).add(ws, we);
      }
    }

    if (numeric.length) {
      const spans = numericWindows(text);
      numeric.forEach((i, n) => {
        const masks = spans.masks[Math.floor(n / 31)]!;
        const bit = 1 << n % 31;
        for (let w = 0; w < masks.length; w++) if (masks[w]! & bit) windowFor(i).add(spans.starts[w]!, spans.ends[w]!);
      });
    }

    if (profile) t0 = addTime(profile, ':numeric', t0);

    const candidates: Candidate[] = [];
    for (const i of fullScan) {
      runPatterns(text, i, 0, text.length, candidates);
      if (profile) t0 = addTime(profile, detectors[i]!.id, t0);
    }
    windows.forEach((list, i) => {
      if (!list) return;
      for (let w = 0; w < list.starts.length; w++) runPatterns(text, i, list.starts[w]!, list.ends[w]!, candidates);
      if (profile) t0 = addTime(profile, detectors[i]!.id, t0);
    });

    const kept = resolveOverlaps(candidates.filter((c) => c.score >= minScore));
    return kept.map((c) => toFinding(text, c));
  }

  /**
   * Lexes numeric spans once and merges their windows for all numeric detectors at once, recording per
   * window which detectors a span in it was offered to (a few integer ops per span: logs and CSV hold
   * hundreds of thousands of numbers).
   */
  function numericWindows(text: string) {
    const starts: number[] = [];
    const ends: number[] = [];
    const masks: number[][] = masksByDigits.map(() => []);
    const groups = masksByDigits.length;
    NUMERIC_SPAN.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = NUMERIC_SPAN.exec(text))) {
      if (m[1] !== undefined) continue; // an ISO date or timestamp
      const start = m.index;
      const end = start + m[0].length;
      const digits = countDigits(text, start, end);
      if (digits > MAX_NUMERIC_DIGITS) continue;
      const table = digits === end - start ? bareMasksByDigits : masksByDigits;
      let any = 0;
      for (let g = 0; g < groups; g++) any |= table[g]![digits]!;
      if (any === 0) continue;
      // Windows are not clipped to the line: patterns treat a newline as the boundary it is, and
      // finding line ends for hundreds of thousands of numbers costs more than it saves.
      const ws = Math.max(0, start - NUMERIC_MARGIN);
      const we = Math.min(text.length, end + NUMERIC_MARGIN);
      const last = ends.length - 1;
      if (last >= 0 && ws <= ends[last]!) {
        if (we > ends[last]!) ends[last] = we;
        for (let g = 0; g < groups; g++) masks[g]![last]! |= table[g]![digits]!;
      } else {
        starts.push(ws);
        ends.push(we);
        for (let g = 0; g < groups; g++) masks[g]!.push(table[g]![digits]!);
      }
    }
    return { starts, ends, masks };
  }

  function runPatterns(text: string, i: number, ws: number, we: number, out: Candidate[]): void {
    const d = detectors[i]!;
    const sub = ws === 0 && we === text.length ? text : text.slice(ws, we);
    const regexes = compiled[i]!;
    for (let p = 0; p < d.patterns.length; p++) {
      const pattern = d.patterns[p]!;
      const re = regexes[p]!;
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(sub))) {
        if (m[0].length === 0) {
          re.lastIndex++;
          continue;
        }
        const group = pattern.group ?? 0;
        const value = m[group];
        if (!value) continue;
        // Exact group position (the `d` flag), not indexOf: in `api_token_X9 = "X9"` the value also
        // appears inside the key, and redaction must hit the value.
        const offset = group === 0 ? 0 : m.indices![group]![0] - m.index;
        const start = ws + m.index + offset;
        const end = start + value.length;
        const candidate = judge(text, d, i, value, start, end, m[0], pattern.name, pattern.score);
        if (candidate) out.push(candidate);
      }
    }
    if (d.match) {
      for (const [s, e] of d.match(sub)) {
        if (e <= s) continue;
        const value = sub.slice(s, e);
        const candidate = judge(text, d, i, value, ws + s, ws + e, value, 'custom', CUSTOM_MATCH_SCORE);
        if (candidate) out.push(candidate);
      }
    }
  }

  function judge(
    text: string,
    d: Detector,
    i: number,
    value: string,
    start: number,
    end: number,
    match: string,
    patternName: string,
    baseScore: number,
  ): Candidate | null {
    if (d.category === 'SECRET' && isPlaceholder(value)) return null;
    if (d.minEntropy !== undefined && shannonEntropy(value) < d.minEntropy) return null;
    if (allow(value, d.type)) return null;
    let score = baseScore;
    const reasons = [`${d.description} (pattern "${patternName}")`];
    if (d.validate) {
      const info: MatchInfo = {
        match,
        pattern: patternName,
        before: text.slice(Math.max(0, start - 64), start),
        after: text.slice(end, end + 64),
      };
      const verdict = d.validate(value, info);
      if (verdict === false) return null;
      if (typeof verdict === 'number') score = verdict;
      reasons.push('passed its check');
    }
    if (d.context) {
      const word = contextWordNear(text, start, end, d.context);
      if (word) {
        score = Math.min(1, score + (d.context.boost ?? 0.15));
        reasons.push(`near "${word}"`);
      } else if (d.context.required) return null;
    }
    return { detector: i, start, end, score, reason: reasons.join('; ') };
  }

  function toFinding(text: string, c: Candidate): Finding {
    const d = detectors[c.detector]!;
    const value = text.slice(c.start, c.end);
    return {
      type: d.type,
      category: d.category,
      severity: d.severity,
      detector: d.id,
      start: c.start,
      end: c.end,
      score: Math.round(c.score * 1000) / 1000,
      preview: d.mask ? d.mask(value) : previewOf(value, d.category, d.preview),
      reason: c.reason,
    };
  }

  return { detectors, scan };
}

function addTime(profile: Map<string, number>, key: string, since: number): number {
  const now = performance.now();
  profile.set(key, (profile.get(key) ?? 0) + now - since);
  return now;
}

function buildAllow(options: ScannerOptions): (value: string, type: string) => boolean {
  const values = new Set((options.allowlist ?? []).map((v) => v.trim().toLowerCase()).filter(Boolean));
  const domains = (options.allowedDomains ?? []).map((d) => d.trim().toLowerCase().replace(/^@/, '')).filter(Boolean);
  const extra = options.isAllowed;
  if (values.size === 0 && domains.length === 0 && !extra) return () => false;
  return (value, type) => {
    const v = value.trim().toLowerCase();
    if (values.has(v)) return true;
    if (type === 'EMAIL' && domains.length) {
      const domain = v.slice(v.lastIndexOf('@') + 1);
      if (domains.some((d) => domain === d || domain.endsWith(`.${d}`))) return true;
    }
    return extra ? extra(value, type) : false;
  };
}

let defaultScanner: Scanner | undefined;

/** Scans with every built-in detector and default options. */
export function scan(text: string): Finding[] {
  defaultScanner ??= createScanner(ALL_DETECTORS);
  return defaultScanner.scan(text);
}
