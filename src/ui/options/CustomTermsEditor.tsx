import { useState } from 'preact/hooks';
import type { CustomTermRule } from '@/src/policy/schema';
import type { PolicyState } from '@/src/policy/state';
import { t } from '../i18n';
import { splitLines } from './exact-match-hash';
import { draftErrors, newRuleId } from './rule-draft';
import { RuleEditorFrame, useRuleEditor } from './rule-editor';

/** Words or phrases to flag (project names, customer names), one per line. */
export function CustomTermsEditor({ state }: { readonly state: PolicyState }) {
  const editor = useRuleEditor<CustomTermRule>(state, 'customTerms');
  const [terms, setTerms] = useState('');
  const [caseSensitive, setCaseSensitive] = useState(false);
  const [wholeWord, setWholeWord] = useState(true);
  const list = splitLines(terms);
  const draft: CustomTermRule = { id: newRuleId('customTerms'), ...editor.common, terms: list, caseSensitive, wholeWord };
  const problems = list.length === 0 ? [] : draftErrors('customTerms', editor.mine, draft);
  return (
    <RuleEditorFrame
      editor={editor}
      testId="custom-terms-editor"
      describe={(r) => (r as CustomTermRule).terms.join(', ')}
      problems={problems}
      canAdd={list.length > 0}
      onAdd={() => void editor.add(draft, () => setTerms(''))}
    >
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
    </RuleEditorFrame>
  );
}
