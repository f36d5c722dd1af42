import type { HistoryEvent } from '@/src/history/types';
import { t } from '../i18n';
import { fileFormatLabel, fileProblemLabel, fileSizeLabel } from './file-labels';
import { FileIcon } from './FileIcon';
import { typeCountsLabel } from './labels';

/**
 * The attached file an event is about: name (with a note when values in it are hidden), kind, size,
 * what was found by type, why it was not read in full, and whether the same bytes were decided before.
 */
export function FileFacts({ event }: { readonly event: HistoryEvent }) {
  const file = event.file;
  if (!file) return null;
  const found = typeCountsLabel(event);
  return (
    <section class="file-facts" data-testid="event-file" aria-label={t('eventFileTitle')}>
      <h4>
        <FileIcon /> {t('eventFileTitle')}
      </h4>
      <dl>
        <dt>{t('eventFileName')}</dt>
        <dd>
          <span class="mono" data-testid="event-file-name">
            {file.name}
          </span>
          {file.nameMasked && <span class="help"> {t('eventFileNameMasked')}</span>}
        </dd>
        <dt>{t('eventFileType')}</dt>
        <dd data-testid="event-file-type">{fileFormatLabel(file.format)}</dd>
        <dt>{t('eventFileSize')}</dt>
        <dd data-testid="event-file-size">{fileSizeLabel(file.size)}</dd>
        <dt>{t('eventFileFound')}</dt>
        <dd class="mono" data-testid="event-file-counts">
          {found || t('eventFileNothingFound')}
        </dd>
        {file.problem && (
          <>
            <dt>{t('eventFileProblem')}</dt>
            <dd data-testid="event-file-problem">{fileProblemLabel(file.problem)}</dd>
          </>
        )}
      </dl>
      {file.repeat && (
        <p class="help" data-testid="event-file-repeat">
          {t('eventFileRepeat')}
        </p>
      )}
    </section>
  );
}
