import { useEffect, useState } from 'preact/hooks';
import type { PolicyState } from '@/src/policy/state';
import { validatePolicy } from '@/src/policy/validate';
import { t } from '../i18n';
import { describeProblem } from '../shared/describe-problem';
import { FieldErrors } from './controls';
import { splitLines } from './exact-match-hash';
import { settingRow } from './setting-rows';
import { SettingRow, useSave } from './SettingRow';

type ListKey = 'allowlist' | 'allowedDomains';

/**
 * A one-per-line list (values never flagged, e-mail domains never flagged), validated as typed and
 * saved as a whole; an emptied list goes back to the inherited one.
 */
export function ListSetting({ state, settingKey }: { readonly state: PolicyState; readonly settingKey: ListKey }) {
  const row = settingRow(state, settingKey);
  const { save, errors } = useSave(settingKey);
  const stored = row.value.join('\n');
  const [text, setText] = useState(stored);
  // Follow changes made elsewhere (another tab, a reset) while nothing is being edited here.
  useEffect(() => setText(stored), [stored]);
  const lines = splitLines(text);
  const problems = validatePolicy({ [settingKey]: lines })
    .errors.filter((e) => e.level === 'error')
    .map(describeProblem);
  const dirty = lines.join('\n') !== stored;
  return (
    <SettingRow row={row} errors={errors}>
      <label>
        {t('onePerLine')}
        <textarea rows={4} spellcheck={false} value={text} onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)} />
      </label>
      <FieldErrors errors={problems} />
      <button type="button" data-testid="save-list" disabled={!dirty || problems.length > 0} onClick={() => void save(lines.length ? lines : undefined)}>
        {t('save')}
      </button>
    </SettingRow>
  );
}
