import type { PolicyKey } from '@/src/policy/schema';
import type { PolicyState } from '@/src/policy/state';
import { t } from '../i18n';
import { displayJson } from './compact-json';
import { ExtraSites } from './ExtraSites';
import { settingRow } from './setting-rows';
import { SettingRow } from './SettingRow';
import { UserIdPermission } from './UserIdPermission';

/** Shown for information only: the admin's switches, locks, reporting and message. */
const READ_ONLY: readonly PolicyKey[] = ['allowUserOverride', 'lockedSettings', 'reporting', 'message'];

export function AdminSettings({ state }: { readonly state: PolicyState }) {
  const extra = settingRow(state, 'extraSites');
  return (
    <>
      <SettingRow row={extra}>
        <ExtraSites sites={extra.value} />
      </SettingRow>
      {READ_ONLY.map((key) => {
        const row = settingRow(state, key);
        return (
          <SettingRow key={key} row={row}>
            <code class="value">{displayJson(key, row.value, t('hiddenValue'))}</code>
            {key === 'reporting' && <UserIdPermission reporting={state.effective.policy.reporting} />}
          </SettingRow>
        );
      })}
    </>
  );
}
