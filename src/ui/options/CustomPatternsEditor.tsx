import { useState } from 'preact/hooks';
import type { GuardAction } from '@/src/guard/types';
import type { CustomPatternRule } from '@/src/policy/schema';
import type { PolicyState } from '@/src/policy/state';
import { t } from '../i18n';
import { ActionSelect, FieldErrors } from './controls';
import { draftErrors, newRuleId } from './rule-draft';
import { RuleList } from './RuleList';
import { settingRow } from './setting-rows';
import { SettingRow, useSave } from './SettingRow';

/**
 * RE2 patterns (linear time, no look-around or back-references). Each keystroke is compiled by the
 * engine through the validator, so an unsupported or empty-matching pattern shows the engine's reason.
 */
export function CustomPatternsEditor({ state }: { readonly state: PolicyState }) {
  const row = settingRow(state, 'customPatterns');
  const { save, errors } = useSave('customPatterns');
  const [label, setLabel] = useState('');
  const [pattern, setPattern] = useState('');
  const [action, setAction] = useState<GuardAction>();
  const mine = row.userValue ?? [];
  const draft: CustomPatternRule = {
    id: newRuleId('customPatterns'),
    ...(label.trim() ? { label: label.trim() } : {}),
    pattern,
    ...(action ? { action } : {}),
  };
  const problems = pattern === '' ? [] : draftErrors('customPatterns', mine, draft);
  const add = async () => {
    if (!(await save([...mine, draft]))) return;
    setLabel('');
    setPattern('');
    setAction(undefined);
  };
  const remove = (id: string) => {
    const next = mine.filter((r) => r.id !== id);
    void save(next.length ? next : undefined);
  };
  return (
    <SettingRow row={row} errors={errors}>
      <RuleList row={row} describe={(r) => (r as CustomPatternRule).pattern} onRemove={remove} />
      <form class="editor" data-testid="custom-patterns-editor" onSubmit={(e) => {
          e.preventDefault();
          void add();
        }}>
        <label>
          {t('ruleLabel')}
          <input type="text" value={label} onInput={(e) => setLabel((e.currentTarget as HTMLInputElement).value)} />
        </label>
        <label>
          {t('patternLabel')}
          <input
            type="text"
            class="mono"
            data-testid="pattern-input"
            spellcheck={false}
            aria-invalid={problems.length > 0}
            value={pattern}
            onInput={(e) => setPattern((e.currentTarget as HTMLInputElement).value)}
          />
        </label>
        <label>
          {t('ruleAction')}
          <ActionSelect label={t('ruleAction')} value={action} inherit onChange={setAction} />
        </label>
        <FieldErrors errors={problems} />
        <button type="submit" data-testid="save-rule" disabled={pattern === '' || problems.length > 0}>
          {t('ruleAdd')}
        </button>
      </form>
    </SettingRow>
  );
}
