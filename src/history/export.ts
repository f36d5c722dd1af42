/**
 * History export: CSV (for a spreadsheet) and JSON (for tools). Only what the history holds — masked
 * previews at most, never values. CSV cells are protected against formula injection: a cell starting
 * with = + - @ or a control character is prefixed with `'`, since a site name or a justification is
 * text the page or the user chose, and spreadsheets execute formulas on open.
 */
import type { HistoryEvent } from './types';

export const CSV_COLUMNS = ['time', 'site', 'host', 'channel', 'action', 'choice', 'justification', 'counts', 'detectors', 'previews', 'file', 'fileType', 'fileSize'] as const;

function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

export function historyToCsv(events: readonly HistoryEvent[]): string {
  const rows = [CSV_COLUMNS.join(',')];
  for (const e of events) {
    const counts = Object.entries(e.counts)
      .map(([type, n]) => `${type}=${n}`)
      .join('; ');
    const detectors = [...new Set(e.findings.map((f) => f.detector))].join('; ');
    const previews = e.findings.flatMap((f) => (f.preview ? [`${f.type}: ${f.preview}`] : [])).join('; ');
    const file = e.file ? [e.file.name, e.file.format, String(e.file.size)] : ['', '', ''];
    rows.push(
      [new Date(e.at).toISOString(), e.site, e.host, e.channel, e.action, e.choice, e.justification ?? '', counts, detectors, previews, ...file].map(cell).join(','),
    );
  }
  return `${rows.join('\r\n')}\r\n`;
}

export function historyToJson(events: readonly HistoryEvent[]): string {
  return `${JSON.stringify(
    events.map((e) => ({ ...e, time: new Date(e.at).toISOString() })),
    null,
    2,
  )}\n`;
}
