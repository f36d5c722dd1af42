import { useState } from 'preact/hooks';
import { ENTITY_CATEGORIES } from '@/src/engine/entity-types';
import type { Category } from '@/src/engine/types';
import type { GuardAction } from '@/src/decisions/types';
import type { PolicyState } from '@/src/policy/state';
import { t } from '../i18n';
import { categoryLabel } from '../shared/labels';
import { ActionSelect } from './controls';
import { settingRow } from './setting-rows';
import { SettingRow, useSave } from './SettingRow';

const CATEGORIES: readonly Category[] = ['PII', 'FINANCIAL', 'GOVERNMENT_ID', 'SECRET', 'CUSTOM'];
const TYPES = Object.keys(ENTITY_CATEGORIES).sort();

/**
 * Action per category, then per entity type (a type rule wins over its category). Edits go to the
 * user's own map only; the page shows the merged value in force (built-in entries the user did not
 * touch stay in force, as `effectivePolicy` merges `actions` over the defaults).
 */
export function ActionsSetting({ state }: { readonly state: PolicyState }) {
  const row = settingRow(state, 'actions');
  const { save, errors } = useSave('actions');
  const [newType, setNewType] = useState(TYPES[0]!);
  const mine = row.userValue ?? {};
  const set = (key: string, a: GuardAction | undefined) => {
    const next = { ...mine };
    if (a === undefined) delete next[key];
    else next[key] = a;
    void save(next);
  };
  const typeKeys = Object.keys(row.value).filter((k) => !(CATEGORIES as readonly string[]).includes(k)).sort();
  const available = TYPES.filter((ty) => !typeKeys.includes(ty));
  const chosen = available.includes(newType) ? newType : available[0];
  return (
    <SettingRow row={row} errors={errors}>
      <table class="grid">
        <caption>{t('actionsByCategory')}</caption>
        <tbody>
          {CATEGORIES.map((c) => (
            <tr key={c} data-entry={c}>
              <th scope="row">{categoryLabel(c)}</th>
              <td>
                <ActionSelect label={categoryLabel(c)} value={row.value[c]} inherit onChange={(a) => set(c, a)} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <table class="grid">
        <caption>{t('actionsByType')}</caption>
        <tbody>
          {typeKeys.map((type) => (
            <tr key={type} data-entry={type}>
              <th scope="row">
                <code>{type}</code>
              </th>
              <td>
                <ActionSelect label={type} value={row.value[type]} inherit onChange={(a) => set(type, a)} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div class="add-row">
        <select aria-label={t('actionsAddType')} value={chosen} onChange={(e) => setNewType((e.currentTarget as HTMLSelectElement).value)}>
          {available.map((ty) => (
            <option key={ty} value={ty}>
              {ty}
            </option>
          ))}
        </select>
        <button type="button" disabled={chosen === undefined} onClick={() => chosen && set(chosen, state.effective.policy.defaultAction)}>
          {t('actionsAddType')}
        </button>
      </div>
    </SettingRow>
  );
}
