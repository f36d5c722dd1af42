import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { GuardAction } from '@/src/decisions/types';
import type { PolicyState } from '@/src/policy/state';
import { t } from '../i18n';
import { ActionSelect, FieldErrors } from './controls';
import type { AnyRule, RuleKind } from './rule-draft';
import { RuleList } from './RuleList';
import { settingRow } from './setting-rows';
import { SettingRow, useSave } from './SettingRow';

/**
 * What the three rule editors share: the user's own list of one kind, the fields every rule has
 * (label, action), and adding / removing through `saveUserSetting` (which refuses a bad list whole).
 */
export function useRuleEditor<R extends AnyRule>(state: PolicyState, kind: RuleKind) {
  const row = settingRow(state, kind);
  const { save, errors } = useSave(kind);
  const [label, setLabel] = useState('');
  const [action, setAction] = useState<GuardAction>();
  const mine = (row.userValue ?? []) as readonly R[];
  /** The label and action of a new rule, as optional fields. */
  const common = { ...(label.trim() ? { label: label.trim() } : {}), ...(action ? { action } : {}) };
  /** Saves `draft` at the end of the list; on success clears the shared fields and calls `reset`. */
  const add = async (draft: R, reset: () => void): Promise<boolean> => {
    if (!(await save([...mine, draft] as never))) return false;
    setLabel('');
    setAction(undefined);
    reset();
    return true;
  };
  const remove = (id: string) => {
    const next = mine.filter((r) => r.id !== id);
    void save((next.length ? next : undefined) as never);
  };
  return { row, errors, mine, common, add, remove, label, setLabel, action, setAction };
}

/** The parts of a rule editor the frame draws (the same for every rule kind). */
type FrameEditor = Pick<ReturnType<typeof useRuleEditor>, 'row' | 'errors' | 'remove' | 'label' | 'setLabel' | 'action' | 'setAction'>;

interface FrameProps {
  readonly editor: FrameEditor;
  readonly testId: string;
  readonly describe: (rule: AnyRule) => string;
  readonly problems: readonly string[];
  readonly canAdd: boolean;
  readonly onAdd: () => void;
  /** The kind's own fields, between the label and the action. */
  readonly children: ComponentChildren;
}

/** The setting row, the list of the user's rules, and the add form around the kind's own fields. */
export function RuleEditorFrame({ editor, testId, describe, problems, canAdd, onAdd, children }: FrameProps) {
  return (
    <SettingRow row={editor.row} errors={editor.errors}>
      <RuleList row={editor.row} describe={describe} onRemove={editor.remove} />
      <form
        class="editor"
        data-testid={testId}
        onSubmit={(e) => {
          e.preventDefault();
          onAdd();
        }}
      >
        <label>
          {t('ruleLabel')}
          <input type="text" value={editor.label} onInput={(e) => editor.setLabel((e.currentTarget as HTMLInputElement).value)} />
        </label>
        {children}
        <label>
          {t('ruleAction')}
          <ActionSelect label={t('ruleAction')} value={editor.action} inherit onChange={editor.setAction} />
        </label>
        <FieldErrors errors={problems} />
        <button type="submit" data-testid="save-rule" disabled={!canAdd || problems.length > 0}>
          {t('ruleAdd')}
        </button>
      </form>
    </SettingRow>
  );
}
