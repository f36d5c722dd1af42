import { useEffect, useState } from 'preact/hooks';
import { HISTORY_MODES, POLICY_LIMITS, type HistoryMode } from '@/src/policy/schema';
import type { PolicyState } from '@/src/policy/state';
import { validatePolicy } from '@/src/policy/validate';
import { t } from '../i18n';
import { describeProblem } from '../shared/describe-problem';
import { historyModeLabel } from '../shared/labels';
import { FieldErrors } from './controls';
import { settingRow } from './setting-rows';
import { SettingRow, useSave } from './SettingRow';

/** What the local history keeps (nothing, metadata, masked previews) and for how many days. */
export function HistorySetting({ state }: { readonly state: PolicyState }) {
  const row = settingRow(state, 'history');
  const { save, errors } = useSave('history');
  const [days, setDays] = useState(String(row.value.retentionDays));
  useEffect(() => setDays(String(row.value.retentionDays)), [row.value.retentionDays]);
  const draft = { mode: row.value.mode, retentionDays: Number(days) };
  const problems = validatePolicy({ history: draft })
    .errors.filter((e) => e.level === 'error')
    .map(describeProblem);
  return (
    <SettingRow row={row} errors={errors}>
      <label>
        {t('historyModeLabel')}
        <select value={row.value.mode} onChange={(e) => void save({ ...row.value, mode: (e.currentTarget as HTMLSelectElement).value as HistoryMode })}>
          {HISTORY_MODES.map((m) => (
            <option key={m} value={m}>
              {historyModeLabel(m)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('historyRetentionLabel')}
        <input
          type="number"
          min={1}
          max={POLICY_LIMITS.retentionDays}
          value={days}
          aria-invalid={problems.length > 0}
          onInput={(e) => setDays((e.currentTarget as HTMLInputElement).value)}
        />
      </label>
      <FieldErrors errors={problems} />
      <button type="button" disabled={problems.length > 0 || draft.retentionDays === row.value.retentionDays} onClick={() => void save(draft)}>
        {t('save')}
      </button>
    </SettingRow>
  );
}
