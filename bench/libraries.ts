/**
 * The scanners the benchmark compares, behind one shape: PromptFence's engine with every built-in
 * detector, a bare charCodeAt loop (the floor any scanner pays to look at every char), and the peer
 * JavaScript PII libraries installed as devDependencies, each with its default (all built-in) rules,
 * run locally and offline.
 */

import { loadEngine } from './engine-bundle';

/** One scanner under test. `run` returns the number of findings when the library reports it. */
export interface BenchTarget {
  readonly id: LibraryId;
  readonly label: string;
  /** True when `run` returns a promise (the harness then awaits each call). */
  readonly async: boolean;
  /** Findings for `text`, or -1 when the library only returns redacted text. */
  readonly run: (text: string) => number | Promise<number>;
  /** Findings count outside the timed loop, for libraries whose `run` cannot report it. */
  readonly count?: (text: string) => number;
  /** The findings themselves (PromptFence only), to check that every planted value is found. */
  readonly findings?: (text: string) => readonly { type: string; start: number; end: number }[];
}

export type LibraryId = 'promptfence' | 'charcode-loop' | 'redactpii-node' | 'redact-pii' | 'openredaction';

export const LIBRARIES: readonly { id: LibraryId; label: string; peer: boolean }[] = [
  { id: 'promptfence', label: 'PromptFence (all detectors)', peer: false },
  { id: 'charcode-loop', label: 'bare charCodeAt loop', peer: false },
  { id: 'redactpii-node', label: '@redactpii/node', peer: true },
  { id: 'redact-pii', label: 'redact-pii (SyncRedactor)', peer: true },
  { id: 'openredaction', label: 'openredaction', peer: true },
];

/** Placeholders the redact-style peers write: counting the new ones gives their findings. */
const PLACEHOLDER = /\b[A-Z]+(?:_[A-Z]+)+\b/g;
function placeholderDelta(input: string, output: string): number {
  return (output.match(PLACEHOLDER)?.length ?? 0) - (input.match(PLACEHOLDER)?.length ?? 0);
}

/** Reads every UTF-16 unit once and sums them: the floor cost of looking at the whole text. */
function charCodeLoop(text: string): number {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (h + text.charCodeAt(i)) | 0;
  return h & 0; // always 0 findings, but depends on the loop so it cannot be dropped
}

/** Loads one target (dynamic imports: a child process only pays for the library it measures). */
export async function loadTarget(id: LibraryId): Promise<BenchTarget> {
  const label = LIBRARIES.find((l) => l.id === id)!.label;
  switch (id) {
    case 'promptfence': {
      // Bundled as it ships (engine-bundle.ts); PROMPTFENCE_ENGINE=<dir of another checkout> benches
      // that build's engine instead (A/B of builds).
      const { createScanner, ALL_DETECTORS } = await loadEngine();
      const scanner = createScanner(ALL_DETECTORS);
      // The scanner keeps the field index of the last text it scanned (the guard scans one composer
      // again and again); a run that scans the same text as the one before would read it for free
      // (~15% of a 10 MB scan). Each run reads its text as new, as the peers do.
      const scanFresh = (t: string) => {
        const found = scanner.scan(t);
        scanner.fieldsOf('');
        return found;
      };
      return { id, label: `PromptFence (${ALL_DETECTORS.length} detectors)`, async: false, run: (t) => scanFresh(t).length, findings: scanFresh };
    }
    case 'charcode-loop':
      return { id, label, async: false, run: charCodeLoop };
    case 'redactpii-node': {
      const { Redactor } = await import('@redactpii/node');
      const r = new Redactor();
      return { id, label, async: false, run: (t) => (r.redact(t), -1), count: (t) => placeholderDelta(t, r.redact(t)) };
    }
    case 'redact-pii': {
      // Only the local SyncRedactor: the Google DLP redactor needs the network and is never built.
      const { SyncRedactor } = await import('redact-pii');
      const r = new SyncRedactor();
      return { id, label, async: false, run: (t) => (r.redact(t), -1), count: (t) => placeholderDelta(t, r.redact(t)) };
    }
    case 'openredaction': {
      const { OpenRedaction } = await import('openredaction');
      // Defaults, with the result cache explicitly off so repeated runs do real work.
      const r = new OpenRedaction({ enableCache: false });
      return { id, label, async: true, run: async (t) => (await r.detect(t)).detections.length };
    }
  }
}
