import { useEffect, useState } from 'preact/hooks';
import { clearVaults, vaultSize } from '@/src/restore/vault';
import { t } from '../i18n';

/**
 * How many real values PromptFence keeps for restoring answers (memory only, src/restore/vault.ts), and
 * a button that forgets them all now. Shown only when there is something to forget.
 */
export function RestoredValuesLine() {
  const [entries, setEntries] = useState<number | undefined>();
  useEffect(() => {
    void vaultSize().then((size) => setEntries(size.entries), () => setEntries(0));
  }, []);
  if (!entries) return null;
  return (
    <p class="restored-values" data-testid="restored-values">
      {t('restoredValuesKept', String(entries))}{' '}
      <button type="button" class="link" data-testid="forget-restored" onClick={() => void clearVaults().then(() => setEntries(0))}>
        {t('restoredValuesForget')}
      </button>
    </p>
  );
}
