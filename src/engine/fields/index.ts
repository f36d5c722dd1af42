import type { FieldIndex, LabelledCell, TextRecord } from './types';

export type { FieldIndex, LabelledCell, TextRange, TextRecord } from './types';
export { labelWordIn, normaliseLabel } from './normalise';

/**
 * The field index of `text`. Interim: knows no fields yet (labels come with the table reader); records
 * are paragraphs.
 */
export function createFieldIndex(text: string): FieldIndex {
  return {
    labelAt: () => undefined,
    columnBelow: () => undefined,
    cells: function* (): Iterable<LabelledCell> {},
    recordAt: (pos: number): TextRecord => {
      const before = text.lastIndexOf('\n\n', pos);
      const after = text.indexOf('\n\n', pos);
      return { start: before < 0 ? 0 : before + 2, end: after < 0 ? text.length : after, table: false };
    },
  };
}
