import { useState } from 'preact/hooks';
import type { CustomPatternRule } from '@/src/policy/schema';
import type { PolicyState } from '@/src/policy/state';
import { t } from '../i18n';
import { draftErrors, newRuleId } from './rule-draft';
import { RuleEditorFrame, useRuleEditor } from './rule-editor';

/**
 * RE2 patterns (linear time, no look-around or back-references). Each keystroke is compiled by the
 * engine through the validator, so an unsupported or empty-matching pattern shows the engine's reason.
 */
export function CustomPatternsEditor({ state }: { readonly state: PolicyState }) {
  const editor = useRuleEditor<CustomPatternRule>(state, 'customPatterns');
  const [pattern, setPattern] = useState('');
  const draft: CustomPatternRule = { id: newRuleId('customPatterns'), ...editor.common, pattern };
  const problems = pattern === '' ? [] : draftErrors('customPatterns', editor.mine, draft);
  return (
    <RuleEditorFrame
      editor={editor}
      testId="custom-patterns-editor"
      describe={(r) => (r as CustomPatternRule).pattern}
      problems={problems}
      canAdd={pattern !== ''}
      onAdd={() => void editor.add(draft, () => setPattern(''))}
    >
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
    </RuleEditorFrame>
  );
}
