/**
 * Where a finding sits in an attached file, in the user's language ("page 3", "Sheet Customers,
 * cell C14", "slide 5 notes"). The document reader gives the place as data (src/documents/types.ts).
 */
import type { Location } from '../../documents/types';
import { t } from './strings';

export function locationText(where: Location): string {
  switch (where.kind) {
    case 'body': return t('where.body');
    case 'text': return t('where.text');
    case 'header': return t('where.header');
    case 'footer': return t('where.footer');
    case 'comment': return t('where.comment');
    case 'footnote': return t('where.footnote');
    case 'endnote': return t('where.endnote');
    case 'inserted': return t('where.inserted');
    case 'deleted': return t('where.deleted');
    case 'table': return t('where.table', { table: where.table, row: where.row });
    case 'cell': return t(where.hidden === true ? 'where.cellHidden' : 'where.cell', { sheet: where.sheet, cell: where.cell });
    case 'cell-note': return t(where.hidden === true ? 'where.cellNoteHidden' : 'where.cellNote', { sheet: where.sheet, cell: where.cell });
    case 'slide': return t('where.slide', { slide: where.slide });
    case 'notes': return t('where.notes', { slide: where.slide });
    case 'page': return t('where.page', { page: where.page });
    case 'entry': return t('where.entry', { name: where.name, inner: locationText(where.inner) });
  }
}
