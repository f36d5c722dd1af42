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
      for (const c of cells) if (c.start >= start && c.start < end && test(c.label)) yield c;
    },
    recordAt: (pos): TextRecord => {
      const before = text.lastIndexOf('\n\n', pos);
      const after = text.indexOf('\n\n', pos);
      return { start: before < 0 ? 0 : before + 2, end: after < 0 ? text.length : after, table };
    },
  };
}
