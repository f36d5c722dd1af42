import { useEffect, useState } from 'preact/hooks';
import { POLICY_LIMITS } from '@/src/policy/schema';
import type { PolicyState } from '@/src/policy/state';
import { validatePolicy } from '@/src/policy/validate';
import { t } from '../i18n';
import { describeProblem } from '../shared/describe-problem';
import { FieldErrors } from './controls';
import { settingRow } from './setting-rows';
import { SettingRow, useSave } from './SettingRow';

/** Whether redacted values are kept for the conversation (memory only), and for how many hours. */
export function RestoreSetting({ state }: { readonly state: PolicyState }) {
  const row = settingRow(state, 'restore');
  const { save, errors } = useSave('restore');
  const [hours, setHours] = useState(String(row.value.lifetimeHours));
  useEffect(() => setHours(String(row.value.lifetimeHours)), [row.value.lifetimeHours]);
  const draft = { enabled: row.value.enabled, lifetimeHours: Number(hours) };
  const problems = validatePolicy({ restore: draft })
    .errors.filter((e) => e.level === 'error')
    .map(describeProblem);
  return (
    <SettingRow row={row} errors={errors}>
      <label>
        <input type="checkbox" checked={row.value.enabled} onChange={(e) => void save({ ...row.value, enabled: (e.currentTarget as HTMLInputElement).checked })} />
        {t('restoreEnabledLabel')}
      </label>
      <label>
        {t('restoreLifetimeLabel')}
        <input
          type="number"
          min={1}
          max={POLICY_LIMITS.lifetimeHours}
          value={hours}
          aria-invalid={problems.length > 0}
          onInput={(e) => setHours((e.currentTarget as HTMLInputElement).value)}
        />
      </label>
      <FieldErrors errors={problems} />
      <button type="button" disabled={problems.length > 0 || draft.lifetimeHours === row.value.lifetimeHours} onClick={() => void save(draft)}>
        {t('save')}
      </button>
    </SettingRow>
  );
}
