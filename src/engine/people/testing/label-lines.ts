import type { FieldIndex, LabelledCell, TextRecord } from '../../fields/types';
import { normaliseLabel } from '../../fields/normalise';

/**
 * A small stand-in for the field index in tests: it knows only `Label: value` lines (one label per line,
 * the value to the end of the line) and explicit cells. The real index (src/engine/fields) also reads
 * tables, JSON/YAML keys and XML tags; the people tests that need those build their cells by hand.
 */
export function labelLineIndex(text: string, extra: readonly LabelledCell[] = []): FieldIndex {
  const cells: LabelledCell[] = [...extra];
  const line = /^[ \t]*([\p{L}][\p{L} ._-]{0,30}?)[ \t]*:[ \t]*(\S[^\n]*?)[ \t]*$/gmu;
  for (const m of text.matchAll(line)) {
    const start = m.index! + m[0].indexOf(m[2]!, m[1]!.length);
    cells.push({ label: normaliseLabel(m[1]!), start, end: start + m[2]!.length });
  }
  cells.sort((a, b) => a.start - b.start);
  const table = extra.length > 0;
  return {
    labelAt: (pos) => cells.find((c) => c.start <= pos && pos < c.end)?.label,
    columnBelow: () => undefined,
    cells: function* (test, start, end) {
      // Binary search for the first cell at or after `start`: linear scans would make tests quadratic.
      let lo = 0;
      let hi = cells.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (cells[mid]!.start < start) lo = mid + 1;
        else hi = mid;
      }
      for (let i = lo; i < cells.length && cells[i]!.start < end; i++) if (test(cells[i]!.label)) yield cells[i]!;
    },
    logLine: () => false,
    recordAt: (pos): TextRecord => {
      const before = text.lastIndexOf('\n\n', pos);
      const after = text.indexOf('\n\n', pos);
      return { start: before < 0 ? 0 : before + 2, end: after < 0 ? text.length : after, table };
    },
  };
}
