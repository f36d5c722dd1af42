/** Small statistics and formatting helpers for the benchmark report. */

/** Value at quantile q in [0, 1] of an ascending-sorted array (nearest rank). */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i]!;
}

export function median(xs: readonly number[]): number {
  return quantile([...xs].sort((a, b) => a - b), 0.5);
}

/** 1 MB in this benchmark: 2^20 bytes (so MB/s figures are the conservative kind). */
export const MB = 1024 * 1024;

export function mbPerSec(bytes: number, ms: number): number {
  return bytes / MB / (ms / 1000);
}

/** Formats a number with `digits` significant-ish decimals, or a dash for NaN. */
export function fmt(x: number | undefined, decimals = 1): string {
  if (x === undefined || Number.isNaN(x)) return '—';
  if (!Number.isFinite(x)) return '∞';
  return x.toFixed(decimals);
}

/** Renders rows as an aligned plain-text table (first column left-aligned, others right-aligned). */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const width = header.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells.map((cell, c) => (c === 0 ? cell.padEnd(width[c]!) : cell.padStart(width[c]!))).join('  ');
  return [line(header), width.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
