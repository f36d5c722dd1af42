import { useState } from 'preact/hooks';
import { NORMALIZATIONS, type Normalization } from '@/src/engine/custom/normalize';
import type { ExactMatchRule } from '@/src/policy/schema';
import type { PolicyState } from '@/src/policy/state';
import { t } from '../i18n';
import { normalizationLabel } from '../shared/labels';
import { hashValues, splitLines } from './exact-match-hash';
import { draftErrors, newRuleId } from './rule-draft';
import { RuleEditorFrame, useRuleEditor } from './rule-editor';

/**
 * Protected values (customer ids, emails): typed in plain, hashed here with SHA-256 after the chosen
 * normalisation, and only the digests are stored. The textarea is cleared once the rule is saved.
 */
export function ExactMatchEditor({ state }: { readonly state: PolicyState }) {
  const editor = useRuleEditor<ExactMatchRule>(state, 'exactMatch');
  const [values, setValues] = useState('');
  const [normalize, setNormalize] = useState<Normalization>('lowercase');
  // Hashing is async, so the draft is checked on "Add", not on every keystroke; editing clears the verdict.
  const [problems, setProblems] = useState<readonly string[]>([]);
  const add = async () => {
    const sha256 = await hashValues(splitLines(values), normalize);
    const draft: ExactMatchRule = { id: newRuleId('exactMatch'), ...editor.common, normalize, sha256 };
    const found = draftErrors('exactMatch', editor.mine, draft);
    setProblems(found);
    if (found.length === 0) await editor.add(draft, () => setValues(''));
  };
  return (
    <RuleEditorFrame
      editor={editor}
      testId="exact-match-editor"
      describe={(r) => t('exactMatchCount', String((r as ExactMatchRule).sha256.length))}
      problems={problems}
      canAdd={splitLines(values).length > 0}
      onAdd={() => void add()}
    >
      <label>
        {t('exactMatchValues')}
        <textarea
          rows={3}
          autocomplete="off"
          spellcheck={false}
          value={values}
          onInput={(e) => {
            setValues((e.currentTarget as HTMLTextAreaElement).value);
            setProblems([]);
          }}
        />
      </label>
      <label>
        {t('exactMatchNormalize')}
        <select
          value={normalize}
          onChange={(e) => {
            setNormalize((e.currentTarget as HTMLSelectElement).value as Normalization);
            setProblems([]);
          }}
        >
          {NORMALIZATIONS.map((n) => (
            <option key={n} value={n}>
              {normalizationLabel(n)}
            </option>
          ))}
        </select>
      </label>
      <p class="help">{t('exactMatchPrivacy')}</p>
    </RuleEditorFrame>
  );
}
