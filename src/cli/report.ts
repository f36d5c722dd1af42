import type { Finding, Severity } from '../engine/types';
import { LineIndex } from './positions';

/** A finding as the CLI prints it: positions added, and nothing that could carry the raw value. */
export interface CliFinding {
  readonly type: string;
  readonly detector: string;
  readonly severity: Severity;
  readonly start: number;
  readonly end: number;
  /** 1-based line and UTF-16 column of `start`. */
  readonly line: number;
  readonly column: number;
  /** 1-based line and column of `end` (exclusive, as SARIF's `endColumn`). */
  readonly endLine: number;
  readonly endColumn: number;
  readonly score: number;
  readonly preview: string;
}

/** Everything found in one input. `path` is `<stdin>` for standard input. */
export interface FileReport {
  readonly path: string;
  readonly findings: readonly CliFinding[];
}

/** Shown instead of a preview that would contain the value itself. */
export const FALLBACK_PREVIEW = '••••';

/**
 * Adds positions to the engine's findings and drops everything but display-safe fields.
 * The engine promises previews never hold the value; this re-checks it, because the CLI's
 * output ends up in CI logs and code-scanning dashboards.
 */
export function toFileReport(path: string, text: string, findings: readonly Finding[]): FileReport {
  if (findings.length === 0) return { path, findings: [] };
  const lines = new LineIndex(text);
  return {
    path,
    findings: findings.map((f) => {
      const start = lines.at(f.start);
      const end = lines.at(f.end);
      return {
        type: f.type,
        detector: f.detector,
        severity: f.severity,
        start: f.start,
        end: f.end,
        line: start.line,
        column: start.column,
        endLine: end.line,
        endColumn: end.column,
        score: f.score,
        preview: safePreview(f.preview, text.slice(f.start, f.end)),
      };
    }),
  };
}

/** The preview, unless it contains the whole value (a detector bug must not become a leak). */
export function safePreview(preview: string, value: string): string {
  return value.length > 0 && preview.includes(value) ? FALLBACK_PREVIEW : preview;
}

