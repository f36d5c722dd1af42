import { useState } from 'preact/hooks';
import type { GuardAction } from '@/src/guard/types';
import type { CustomTermRule } from '@/src/policy/schema';
import type { PolicyState } from '@/src/policy/state';
import { t } from '../i18n';
import { ActionSelect, FieldErrors } from './controls';
import { splitLines } from './exact-match-hash';
import { draftErrors, newRuleId } from './rule-draft';
import { RuleList } from './RuleList';
import { settingRow } from './setting-rows';
import { SettingRow, useSave } from './SettingRow';

/** Words or phrases to flag (project names, customer names), one per line. */
export function CustomTermsEditor({ state }: { readonly state: PolicyState }) {
  const row = settingRow(state, 'customTerms');
  const { save, errors } = useSave('customTerms');
  const [label, setLabel] = useState('');
  const [terms, setTerms] = useState('');
  const [caseSensitive, setCaseSensitive] = useState(false);
  const [wholeWord, setWholeWord] = useState(true);
  const [action, setAction] = useState<GuardAction>();
  const mine = row.userValue ?? [];
  const list = splitLines(terms);
  const draft: CustomTermRule = {
    id: newRuleId('customTerms'),
    ...(label.trim() ? { label: label.trim() } : {}),
    terms: list,
    caseSensitive,
    wholeWord,
    ...(action ? { action } : {}),
  };
  const problems = list.length === 0 ? [] : draftErrors('customTerms', mine, draft);
  const add = async () => {
    if (!(await save([...mine, draft]))) return;
    setLabel('');
    setTerms('');
    setAction(undefined);
  };
  const remove = (id: string) => {
    const next = mine.filter((r) => r.id !== id);
    void save(next.length ? next : undefined);
  };
  return (
    <SettingRow row={row} errors={errors}>
      <RuleList row={row} describe={(r) => (r as CustomTermRule).terms.join(', ')} onRemove={remove} />
      <form class="editor" data-testid="custom-terms-editor" onSubmit={(e) => {
          e.preventDefault();
          void add();
        }}>
        <label>
          {t('ruleLabel')}
          <input type="text" value={label} onInput={(e) => setLabel((e.currentTarget as HTMLInputElement).value)} />
        </label>
        <label>
          {t('termsLabel')}
          <textarea rows={3} data-testid="terms-input" value={terms} onInput={(e) => setTerms((e.currentTarget as HTMLTextAreaElement).value)} />
        </label>
        <label class="inline">
          <input type="checkbox" checked={caseSensitive} onChange={(e) => setCaseSensitive((e.currentTarget as HTMLInputElement).checked)} />
          {t('termsCaseSensitive')}
        </label>
        <label class="inline">
          <input type="checkbox" checked={wholeWord} onChange={(e) => setWholeWord((e.currentTarget as HTMLInputElement).checked)} />
          {t('termsWholeWord')}
        </label>
        <label>
          {t('ruleAction')}
          <ActionSelect label={t('ruleAction')} value={action} inherit onChange={setAction} />
        </label>
        <FieldErrors errors={problems} />
        <button type="submit" data-testid="save-rule" disabled={list.length === 0 || problems.length > 0}>
          {t('ruleAdd')}
        </button>
      </form>
    </SettingRow>
  );
}
