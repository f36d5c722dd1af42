import { plural, t } from '../ui/panel/strings';

/** The restored-answer layer's words, in the browser's language (the panel's catalogue). */
export function restoredStrings() {
  return {
    restored: (count: number) => plural('restore.shown', count),
    showPlaceholders: t('restore.showPlaceholders'),
    showValues: t('restore.showValues'),
    copy: t('restore.copy'),
    copied: t('restore.copied'),
    copyFailed: t('restore.copyFailed'),
  };
}
