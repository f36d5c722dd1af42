import type { FileReport } from './report';

/**
 * `{ "files": [{ "path", "findings": [{ type, detector, start, end, line, column, score, preview }] }] }`.
 * Every input is listed, with or without findings; offsets are UTF-16, line and column 1-based.
 */
export function formatJson(reports: readonly FileReport[]): string {
  const files = reports.map((r) => ({
    path: r.path,
    findings: r.findings.map((f) => ({
      type: f.type,
      detector: f.detector,
      start: f.start,
      end: f.end,
      line: f.line,
      column: f.column,
      score: f.score,
      preview: f.preview,
    })),
  }));
  return `${JSON.stringify({ files }, null, 2)}\n`;
}
