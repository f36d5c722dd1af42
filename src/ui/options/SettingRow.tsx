import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { saveUserSetting } from '@/src/policy/user-settings';
import type { Policy, PolicyKey } from '@/src/policy/schema';
import { t } from '../i18n';
import { describeProblem } from '../shared/describe-problem';
import { originLabel, settingHelp, settingTitle } from '../shared/labels';
import type { SettingRowModel } from './setting-rows';

/** Saves one key and keeps the validator's refusal to show beside the field. */
export function useSave<K extends PolicyKey>(key: K) {
  const [errors, setErrors] = useState<readonly string[]>([]);
  const save = async (value: Policy[K] | undefined): Promise<boolean> => {
    const result = await saveUserSetting(key, value);
    setErrors(result.ok ? [] : result.errors.map(describeProblem));
    return result.ok;
  };
  return { save, errors };
}

interface Props {
  readonly row: SettingRowModel;
  readonly children: ComponentChildren;
  /** Refusals from the last save (shown under the controls). */
  readonly errors?: readonly string[];
}

/**
 * One setting: title, help, where its value comes from, and its controls. A locked row wraps the
 * controls in a disabled fieldset (every input inside is disabled, and keyboard focus skips them) and
 * says why; a row the user set offers "reset to default".
 */
export function SettingRow({ row, children, errors = [] }: Props) {
  const titleId = `setting-${row.key}-title`;
  return (
    <section
      class="setting"
      data-setting={row.key}
      data-origin={row.origin}
      data-locked={row.locked ? '' : undefined}
      aria-labelledby={titleId}
    >
      <header class="setting-head">
        <h3 id={titleId}>{settingTitle(row.key)}</h3>
        <span class={`origin origin-${row.origin}`} data-testid="origin">{originLabel(row.origin)}</span>
        {row.locked && (
          <span class="badge" data-testid="locked-badge">
            {row.adminOnly && row.origin !== 'admin' ? t('adminOnlyBadge') : t('lockedBadge')}
          </span>
        )}
        {row.resettable && (
          <button type="button" class="link" data-testid="reset" onClick={() => void saveUserSetting(row.key, undefined)}>
            {t('resetToDefault')}
          </button>
        )}
      </header>
      <p class="help">{settingHelp(row.key)}</p>
      <fieldset disabled={row.locked} aria-labelledby={titleId}>
        {children}
      </fieldset>
      {errors.length > 0 && (
        <ul class="field-error" role="alert">
          {errors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
