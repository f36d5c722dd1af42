import { useState } from 'preact/hooks';
import { NORMALIZATIONS, type Normalization } from '@/src/engine/custom/normalize';
import type { GuardAction } from '@/src/guard/types';
import type { ExactMatchRule } from '@/src/policy/schema';
import type { PolicyState } from '@/src/policy/state';
import { t } from '../i18n';
import { normalizationLabel } from '../shared/labels';
import { ActionSelect, FieldErrors } from './controls';
import { hashValues, splitLines } from './exact-match-hash';
import { draftErrors, newRuleId } from './rule-draft';
import { RuleList } from './RuleList';
import { settingRow } from './setting-rows';
import { SettingRow, useSave } from './SettingRow';

/**
 * Protected values (customer ids, emails): typed in plain, hashed here with SHA-256 after the chosen
 * normalisation, and only the digests are stored. The textarea is cleared once the rule is saved.
 */
export function ExactMatchEditor({ state }: { readonly state: PolicyState }) {
  const row = settingRow(state, 'exactMatch');
  const { save, errors } = useSave('exactMatch');
  const [label, setLabel] = useState('');
  const [values, setValues] = useState('');
  const [normalize, setNormalize] = useState<Normalization>('lowercase');
  const [action, setAction] = useState<GuardAction>();
  const [problems, setProblems] = useState<readonly string[]>([]);
  const mine = row.userValue ?? [];
  const add = async () => {
    const sha256 = await hashValues(splitLines(values), normalize);
    const draft: ExactMatchRule = {
      id: newRuleId('exactMatch'),
      ...(label.trim() ? { label: label.trim() } : {}),
      normalize,
      sha256,
      ...(action ? { action } : {}),
    };
    const found = draftErrors('exactMatch', mine, draft);
    setProblems(found);
    if (found.length > 0 || !(await save([...mine, draft]))) return;
    setLabel('');
    setValues('');
    setAction(undefined);
  };
  const remove = (id: string) => {
    const next = mine.filter((r) => r.id !== id);
    void save(next.length ? next : undefined);
  };
  return (
    <SettingRow row={row} errors={errors}>
      <RuleList row={row} describe={(r) => t('exactMatchCount', String((r as ExactMatchRule).sha256.length))} onRemove={remove} />
      <form
        class="editor"
        data-testid="exact-match-editor"
        onSubmit={(e) => {
          e.preventDefault();
          void add();
        }}
      >
        <label>
          {t('ruleLabel')}
          <input type="text" value={label} onInput={(e) => setLabel((e.currentTarget as HTMLInputElement).value)} />
        </label>
        <label>
          {t('exactMatchValues')}
          <textarea rows={3} autocomplete="off" spellcheck={false} value={values} onInput={(e) => setValues((e.currentTarget as HTMLTextAreaElement).value)} />
        </label>
        <label>
          {t('exactMatchNormalize')}
          <select value={normalize} onChange={(e) => setNormalize((e.currentTarget as HTMLSelectElement).value as Normalization)}>
            {NORMALIZATIONS.map((n) => (
              <option key={n} value={n}>
                {normalizationLabel(n)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('ruleAction')}
          <ActionSelect label={t('ruleAction')} value={action} inherit onChange={setAction} />
        </label>
        <p class="help">{t('exactMatchPrivacy')}</p>
        <FieldErrors errors={problems} />
        <button type="submit" data-testid="save-rule" disabled={splitLines(values).length === 0}>
          {t('ruleAdd')}
        </button>
      </form>
    </SettingRow>
  );
}
