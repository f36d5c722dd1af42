import { POLICY_MODES, type PolicyMode } from '@/src/policy/schema';
import type { PolicyState } from '@/src/policy/state';
import { t } from '../i18n';
import { modeLabel, settingTitle } from '../shared/labels';
import { ActionSelect } from './controls';
import { settingRow } from './setting-rows';
import { SettingRow, useSave } from './SettingRow';

/** On/off, enforce/monitor, and the action for findings no other rule covers. */
export function GeneralSettings({ state }: { readonly state: PolicyState }) {
  const enabled = settingRow(state, 'enabled');
  const mode = settingRow(state, 'mode');
  const defaultAction = settingRow(state, 'defaultAction');
  const saveEnabled = useSave('enabled');
  const saveMode = useSave('mode');
  const saveDefault = useSave('defaultAction');
  return (
    <>
      <SettingRow row={enabled} errors={saveEnabled.errors}>
        <label class="inline">
          <input type="checkbox" checked={enabled.value} onChange={(e) => void saveEnabled.save((e.currentTarget as HTMLInputElement).checked)} />
          {t('enabledLabel')}
        </label>
      </SettingRow>
      <SettingRow row={mode} errors={saveMode.errors}>
        <select
          aria-label={settingTitle('mode')}
          value={mode.value}
          onChange={(e) => void saveMode.save((e.currentTarget as HTMLSelectElement).value as PolicyMode)}
        >
          {POLICY_MODES.map((m) => (
            <option key={m} value={m}>
              {modeLabel(m)}
            </option>
          ))}
        </select>
      </SettingRow>
      <SettingRow row={defaultAction} errors={saveDefault.errors}>
        <ActionSelect label={settingTitle('defaultAction')} value={defaultAction.value} onChange={(a) => void saveDefault.save(a)} />
      </SettingRow>
    </>
  );
}
