import { createFieldIndex, type FieldIndex } from './index';

/** Position of the `nth` (0-based) occurrence of `needle` in `text`; throws when missing (a broken fixture). */
export function at(text: string, needle: string, nth = 0): number {
  let pos = -1;
  for (let k = 0; k <= nth; k++) {
    pos = text.indexOf(needle, pos + 1);
    if (pos < 0) throw new Error(`fixture has no ${JSON.stringify(needle)} #${nth}`);
  }
  return pos;
}

/** The label of the field holding `needle` (its first char), on a fresh index. */
export function labelOf(text: string, needle: string, nth = 0, fields: FieldIndex = createFieldIndex(text)): string | undefined {
  return fields.labelAt(at(text, needle, nth));
}

/** The text of the record holding `needle`. */
export function recordOf(text: string, needle: string, fields: FieldIndex = createFieldIndex(text)): { text: string; table: boolean } {
  const r = fields.recordAt(at(text, needle));
  return { text: text.slice(r.start, r.end), table: r.table };
}

/** The text of every cell whose label passes `test`, as `label=value`. */
export function cellsOf(text: string, test: (label: string) => boolean, fields: FieldIndex = createFieldIndex(text)): string[] {
  return [...fields.cells(test, 0, text.length)].map((c) => `${c.label.trim()}=${text.slice(c.start, c.end)}`);
}

/** The texts of the cells `columnBelow` gives for the header cell at `needle`, or undefined. */
export function columnOf(text: string, needle: string, fields: FieldIndex = createFieldIndex(text)): string[] | undefined {
  return fields.columnBelow(at(text, needle))?.all().map((c) => text.slice(c.start, c.end));
}
