import { browser } from 'wxt/browser';
import type { ExtraSite } from '@/src/policy/schema';
import { t } from '../i18n';
import { usePermission } from '../shared/use-permission';

/**
 * The admin's own sites and the grant button: their hosts are optional permissions, which only a user
 * click can grant (`permissions.request` must run inside the click handler, before any await). The
 * background re-registers the guard when the permission set changes.
 */
export function ExtraSites({ sites }: { readonly sites: readonly ExtraSite[] }) {
  const origins = sites.map((s) => s.match);
  const key = origins.join('\n');
  const [granted, setGranted] = usePermission({ origins }, key, origins.length > 0);
  if (sites.length === 0) return <p class="empty">{t('extraSitesNone')}</p>;
  return (
    <>
      <ul data-testid="extra-sites">
        {sites.map((s) => (
          <li key={s.match}>
            <code>{s.match}</code>
          </li>
        ))}
      </ul>
      {granted === true && <p data-testid="sites-granted">{t('extraSitesGranted')}</p>}
      {granted === false && (
        <p>
          {t('extraSitesNeedAccess')}{' '}
          <button
            type="button"
            data-testid="grant-sites"
            onClick={() => {
              browser.permissions.request({ origins }).then(setGranted, () => setGranted(false));
            }}
          >
            {t('extraSitesGrant')}
          </button>
        </p>
      )}
    </>
  );
}
