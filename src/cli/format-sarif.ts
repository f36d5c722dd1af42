import { isAbsolute, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Detector, Severity } from '../engine/types';
import type { FileReport } from './report';

/** The stdin pseudo-path, and the URI SARIF gets for it (`<`/`>` are not allowed in a URI). */
export const STDIN_PATH = '<stdin>';
const STDIN_URI = 'stdin';

/** SARIF 2.1.0 §3.27.10: `error`, `warning` or `note`. */
const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'note',
};

/**
 * A minimal valid SARIF 2.1.0 log (https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html):
 * one run, `tool.driver` PromptFence with a rule per detector that fired, one result per finding.
 * Regions use 1-based lines and UTF-16 columns (`columnKind: utf16CodeUnits`), `endColumn` exclusive.
 * `detectors` supplies each rule's description; an unknown id still gets a rule.
 */
export function formatSarif(reports: readonly FileReport[], detectors: readonly Detector[]): string {
  const byId = new Map(detectors.map((d) => [d.id, d]));
  const fired = [...new Set(reports.flatMap((r) => r.findings.map((f) => f.detector)))].sort();
  const ruleIndex = new Map(fired.map((id, i) => [id, i]));
  const rules = fired.map((id) => {
    const d = byId.get(id);
    return {
      id,
      name: d?.type ?? id,
      shortDescription: { text: d?.description ?? id },
      defaultConfiguration: { level: d ? LEVEL[d.severity] : 'warning' },
      properties: d ? { category: d.category, entityType: d.type } : {},
    };
  });
  const results = reports.flatMap((r) =>
    r.findings.map((f) => ({
      ruleId: f.detector,
      ruleIndex: ruleIndex.get(f.detector)!,
      level: LEVEL[f.severity],
      message: { text: `${f.type} found: ${f.preview} (score ${f.score})` },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: toUri(r.path) },
            region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
          },
        },
      ],
    })),
  );
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'PromptFence', rules } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

/** A relative path stays a relative URI reference (what code-scanning tools expect); absolute → file://. */
export function toUri(path: string): string {
  if (path === STDIN_PATH) return STDIN_URI;
  if (isAbsolute(path)) return pathToFileURL(path).href;
  return path.split(sep).join('/').split('/').map(encodeURIComponent).join('/');
}
