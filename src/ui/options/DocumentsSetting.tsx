import { useEffect, useState } from 'preact/hooks';
import { FILE_ACTIONS, POLICY_LIMITS, type DocumentsPolicy, type FileAction } from '@/src/policy/schema';
import type { PolicyState } from '@/src/policy/state';
import { validatePolicy } from '@/src/policy/validate';
import { t } from '../i18n';
import { describeProblem } from '../shared/describe-problem';
import { actionLabel } from '../shared/labels';
import { FieldErrors } from './controls';
import { settingRow } from './setting-rows';
import { SettingRow, useSave } from './SettingRow';

const OUTCOMES = [
  ['encrypted', () => t('documentsEncryptedLabel')],
  ['unreadable', () => t('documentsUnreadableLabel')],
  ['tooLarge', () => t('documentsTooLargeLabel')],
] as const;

/** Attached documents: the action per outcome (encrypted, unreadable, too large) and the size limits. */
export function DocumentsSetting({ state }: { readonly state: PolicyState }) {
  const row = settingRow(state, 'documents');
  const { save, errors } = useSave('documents');
  const [file, setFile] = useState(String(row.value.maxFileMB));
  const [text, setText] = useState(String(row.value.maxTextMB));
  useEffect(() => setFile(String(row.value.maxFileMB)), [row.value.maxFileMB]);
  useEffect(() => setText(String(row.value.maxTextMB)), [row.value.maxTextMB]);
  const draft: DocumentsPolicy = { ...row.value, maxFileMB: Number(file), maxTextMB: Number(text) };
  const problems = validatePolicy({ documents: draft })
    .errors.filter((e) => e.level === 'error')
    .map(describeProblem);
  const unchanged = draft.maxFileMB === row.value.maxFileMB && draft.maxTextMB === row.value.maxTextMB;
  return (
    <SettingRow row={row} errors={errors}>
      {OUTCOMES.map(([key, label]) => (
        <label key={key}>
          {label()}
          <select value={row.value[key]} onChange={(e) => void save({ ...row.value, [key]: (e.currentTarget as HTMLSelectElement).value as FileAction })}>
            {FILE_ACTIONS.map((a) => (
              <option key={a} value={a}>
                {actionLabel(a)}
              </option>
            ))}
          </select>
        </label>
      ))}
      <label>
        {t('documentsMaxFileLabel')}
        <input type="number" min={1} max={POLICY_LIMITS.maxFileMB} value={file} aria-invalid={problems.length > 0} onInput={(e) => setFile((e.currentTarget as HTMLInputElement).value)} />
      </label>
      <label>
        {t('documentsMaxTextLabel')}
        <input type="number" min={1} max={POLICY_LIMITS.maxTextMB} value={text} aria-invalid={problems.length > 0} onInput={(e) => setText((e.currentTarget as HTMLInputElement).value)} />
      </label>
      <FieldErrors errors={problems} />
      <button type="button" disabled={problems.length > 0 || unchanged} onClick={() => void save(draft)}>
        {t('save')}
      </button>
    </SettingRow>
  );
}
