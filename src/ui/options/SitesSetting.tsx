import type { SitePolicy } from '@/src/policy/schema';
import type { PolicyState } from '@/src/policy/state';
import { SITE_ADAPTERS } from '@/src/sites/adapters';
import { t } from '../i18n';
import { siteHost } from '../shared/try-policy';
import { ActionSelect } from './controls';
import { settingRow } from './setting-rows';
import { SettingRow, useSave } from './SettingRow';

/**
 * Per built-in site: guard on or off, and a default action of its own. Keyed by the site's main host
 * (`chatgpt.com`), which `toActionRules` also applies to the site's other hosts.
 */
export function SitesSetting({ state }: { readonly state: PolicyState }) {
  const row = settingRow(state, 'sites');
  const { save, errors } = useSave('sites');
  const mine = row.userValue ?? {};
  const update = (host: string, patch: Partial<SitePolicy>) => {
    const entry: Record<string, unknown> = { ...mine[host], ...patch };
    for (const k of Object.keys(entry)) if (entry[k] === undefined) delete entry[k];
    const next = { ...mine, [host]: entry as SitePolicy };
    if (Object.keys(entry).length === 0) delete next[host];
    void save(next);
  };
  return (
    <SettingRow row={row} errors={errors}>
      <table class="grid">
        <thead>
          <tr>
            <th scope="col">{t('siteName')}</th>
            <th scope="col">{t('siteEnabled')}</th>
            <th scope="col">{t('siteDefaultAction')}</th>
          </tr>
        </thead>
        <tbody>
          {SITE_ADAPTERS.map((adapter) => {
            const host = siteHost(adapter.id);
            if (!host) return null;
            const site = row.value[host] ?? {};
            return (
              <tr key={adapter.id} data-site={adapter.id}>
                <th scope="row">
                  {adapter.name} <small>{host}</small>
                </th>
                <td>
                  <input
                    type="checkbox"
                    aria-label={t('siteEnabledFor', adapter.name)}
                    checked={site.enabled !== false}
                    onChange={(e) => update(host, { enabled: (e.currentTarget as HTMLInputElement).checked ? undefined : false })}
                  />
                </td>
                <td>
                  <ActionSelect
                    label={t('siteDefaultActionFor', adapter.name)}
                    value={site.defaultAction}
                    inherit
                    onChange={(a) => update(host, { defaultAction: a })}
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </SettingRow>
  );
}
