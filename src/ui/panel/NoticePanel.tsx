import { Dialog } from './Dialog';
import { t } from './strings';
import type { NoticePanelProps, PanelResult } from './types';

const COPY = {
  'redaction-failed': { title: 'notice.redactionFailed.title', desc: 'notice.redactionFailed.desc' },
  'composer-mismatch': { title: 'notice.composerMismatch.title', desc: 'notice.composerMismatch.desc' },
  'file-too-large': { title: 'notice.fileTooLarge.title', desc: 'notice.fileTooLarge.desc' },
  'file-redaction-failed': { title: 'notice.fileRedactionFailed.title', desc: 'notice.fileRedactionFailed.desc' },
  'folder-too-large': { title: 'notice.folderTooLarge.title', desc: 'notice.folderTooLarge.desc' },
  'guard-updated': { title: 'notice.guardUpdated.title', desc: 'notice.guardUpdated.desc' },
  'folder-picker': { title: 'notice.folderPicker.title', desc: 'notice.folderPicker.desc' },
} as const;

type Props = NoticePanelProps & { readonly onResult: (result: PanelResult) => void };

/**
 * The guard had to stop the send by itself (the editor refused the redaction, or the composer's text no
 * longer matched what was scanned), or a file or folder by itself (no redacted copy could be made; the
 * site asked for a whole folder, a folder was dropped). Nothing was sent; the only way on is back to the message.
 */
export function NoticePanel({ notice, name, limits, onResult }: Props) {
  const copy = COPY[notice];
  const back = (choice: 'edited' | 'cancelled') => onResult({ choice, send: false, allowedFindings: [] });
  return (
    <Dialog title={t(copy.title)} description={t(copy.desc, { name: name ?? '', files: limits?.files ?? '', mb: limits?.mb ?? '' })} tone="danger" onEscape={() => back('cancelled')}>
      <div class="pf-actions">
        <button type="button" class="pf-btn pf-btn--primary" data-initial-focus onClick={() => back('edited')}>
          {t('action.backToEditing')}
        </button>
      </div>
    </Dialog>
  );
}
