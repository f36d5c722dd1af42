import { browser } from 'wxt/browser';
import { DEFAULT_POLICY } from '@/src/policy/schema';
import { t } from '../i18n';
import { PolicyErrors } from '../shared/PolicyErrors';
import { TryIt } from '../shared/TryIt';
import { usePolicyState } from '../shared/use-policy-state';

/** Until the popup issue lands: policy problems, and a box that runs the policy in force on pasted text. */
export function PopupApp() {
  const state = usePolicyState();
  return (
    <main class="popup">
      <h1>{t('extName')}</h1>
      {state && (
        <PolicyErrors state={state} limit={3}>
          <button type="button" class="link" data-testid="open-settings" onClick={() => void browser.runtime.openOptionsPage()}>
            {t('openSettings')}
          </button>
        </PolicyErrors>
      )}
      <p>{t('popupIntro')}</p>
      <TryIt policy={state?.effective.policy ?? DEFAULT_POLICY} rows={6} />
    </main>
  );
}
