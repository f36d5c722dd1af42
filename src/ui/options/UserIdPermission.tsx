import { browser } from 'wxt/browser';
import type { ReportingPolicy } from '@/src/policy/schema';
import { requestUserIdPermission, USER_ID_PERMISSIONS } from '@/src/reporting/user-id';
import { t } from '../i18n';
import { usePermission } from '../shared/use-permission';

/**
 * When the admin's reporting wants a user id (`reporting.userId`), the identity permissions are
 * optional and only a user click can grant them (`permissions.request` inside the click handler,
 * before any await). Until then every audit event says the id is missing; the background re-reads
 * the id as soon as the permission changes.
 */
export function UserIdPermission({ reporting }: { readonly reporting: ReportingPolicy | null }) {
  const wanted = reporting?.userId === 'email' || reporting?.userId === 'id';
  const [granted, setGranted] = usePermission({ permissions: USER_ID_PERMISSIONS }, 'user-id', wanted);
  if (!wanted) return null;
  if (granted === true) return <p data-testid="user-id-granted">{t('userIdGranted')}</p>;
  if (granted !== false) return null;
  return (
    <p>
      {t('userIdNeedsPermission')}{' '}
      <button type="button" data-testid="grant-user-id" onClick={() => void requestUserIdPermission(browser).then(setGranted)}>
        {t('userIdGrant')}
      </button>
    </p>
  );
}
