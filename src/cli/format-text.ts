import type { FileReport } from './report';

/**
 * One line per finding: `path:line:col  TYPE  preview  (detector, score)`. Files without findings
 * print nothing, so a clean run prints nothing at all (like grep).
 */
export function formatText(reports: readonly FileReport[]): string {
  const lines: string[] = [];
  for (const report of reports) {
    for (const f of report.findings) {
      lines.push(`${report.path}:${f.line}:${f.column}  ${f.type}  ${printable(f.preview)}  (${f.detector}, ${f.score})`);
    }
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}

/** Control characters (a PEM preview may hold a newline) would break the one-line-per-finding shape. */
function printable(s: string): string {
  return s.replace(/[\u0000-\u001f\u007f]/g, (c) => (c === '\n' ? '\\n' : c === '\t' ? '\\t' : `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`));
}
