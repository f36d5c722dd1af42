import type { Extracted, Location } from './types';

/**
 * Where offset `offset` of the extracted text came from: the segment holding it, else the nearest one
 * before it (separators between cells belong to the cell before). Binary search: findings are many.
 */
export function locate(extracted: Pick<Extracted, 'segments'>, offset: number): Location | undefined {
  const segments = extracted.segments;
  let lo = 0;
  let hi = segments.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (segments[mid]!.start <= offset) {
      best = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return best >= 0 ? segments[best]!.where : segments[0]?.where;
}

/** The English words for a location ("Sheet Customers, cell C14", "slide 5 notes"); the UI will translate. */
export function describeLocation(where: Location): string {
  switch (where.kind) {
    case 'body': return 'body';
    case 'text': return 'text';
    case 'header': return 'header';
    case 'footer': return 'footer';
    case 'comment': return 'comment';
    case 'footnote': return 'footnote';
    case 'endnote': return 'endnote';
    case 'inserted': return 'tracked insertion';
    case 'deleted': return 'tracked deletion';
    case 'table': return `table ${where.table}, row ${where.row}`;
    case 'cell': return `Sheet ${where.sheet}${where.hidden === true ? ' (hidden)' : ''}, cell ${where.cell}`;
    case 'cell-note': return `Sheet ${where.sheet}${where.hidden === true ? ' (hidden)' : ''}, note on cell ${where.cell}`;
    case 'slide': return `slide ${where.slide}`;
    case 'notes': return `slide ${where.slide} notes`;
    case 'page': return `page ${where.page}`;
    case 'entry': return `${where.name}: ${describeLocation(where.inner)}`;
  }
}
