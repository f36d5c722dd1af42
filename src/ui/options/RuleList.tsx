import type { SettingRowModel } from './setting-rows';
import { t } from '../i18n';
import { actionLabel } from '../shared/labels';
import type { AnyRule, RuleKind } from './rule-draft';

interface Props {
  readonly row: SettingRowModel<RuleKind>;
  /** One-line summary of a rule's match (terms, pattern, number of digests). */
  readonly describe: (rule: AnyRule) => string;
  readonly onRemove: (id: string) => void;
}

/** The rules in force; the user's own can be removed (admin rules are shown, locked). */
export function RuleList({ row, describe, onRemove }: Props) {
  const rules = row.value as readonly AnyRule[];
  if (rules.length === 0) return <p class="empty">{t('rulesNone')}</p>;
  return (
    <ul class="rules">
      {rules.map((rule) => (
        <li key={rule.id} data-rule={rule.id}>
          <strong>{rule.label ?? rule.id}</strong> <span class="rule-match">{describe(rule)}</span>{' '}
          {rule.action && <span class="tag">{actionLabel(rule.action)}</span>}
          {row.origin === 'user' && (
            <button type="button" class="link" aria-label={t('ruleRemoveNamed', rule.label ?? rule.id)} onClick={() => onRemove(rule.id)}>
              {t('ruleRemove')}
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
