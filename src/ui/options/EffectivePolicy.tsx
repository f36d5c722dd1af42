import type { PolicyState } from '@/src/policy/state';
import { t } from '../i18n';
import { originLabel } from '../shared/labels';
import { displayJson } from './compact-json';
import { settingRows } from './setting-rows';

/** Every key in force, its value and where it came from: what an admin checks after a policy push. */
export function EffectivePolicy({ state }: { readonly state: PolicyState }) {
  return (
    <table class="grid effective" data-testid="effective-policy">
      <thead>
        <tr>
          <th scope="col">{t('effectiveKey')}</th>
          <th scope="col">{t('effectiveValue')}</th>
          <th scope="col">{t('effectiveOrigin')}</th>
        </tr>
      </thead>
      <tbody>
        {settingRows(state).map((row) => (
          <tr key={row.key} data-key={row.key} data-origin={row.origin}>
            <th scope="row">
              <code>{row.key}</code>
            </th>
            <td>
              <code class="value">{displayJson(row.key, row.value, t('hiddenValue'))}</code>
            </td>
            <td>{originLabel(row.origin)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
