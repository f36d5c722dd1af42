import type { GuardAction } from '@/src/decisions/types';
import { ACTION_STRENGTH } from '@/src/decisions/types';
import { t } from '../i18n';
import { actionLabel } from '../shared/labels';

export const ACTIONS = Object.keys(ACTION_STRENGTH) as GuardAction[];

interface ActionSelectProps {
  readonly label: string;
  readonly value: GuardAction | undefined;
  readonly onChange: (value: GuardAction | undefined) => void;
  /** Offer "inherit" (no value of its own), shown when `value` is undefined. */
  readonly inherit?: boolean;
  readonly testId?: string;
}

/** A labelled select of the six guard actions, weakest first. */
export function ActionSelect({ label, value, onChange, inherit, testId }: ActionSelectProps) {
  return (
    <select
      aria-label={label}
      data-testid={testId}
      value={value ?? ''}
      onChange={(e) => {
        const v = (e.currentTarget as HTMLSelectElement).value;
        onChange(v === '' ? undefined : (v as GuardAction));
      }}
    >
      {inherit && <option value="">{t('actionInherit')}</option>}
      {ACTIONS.map((a) => (
        <option key={a} value={a}>
          {actionLabel(a)}
        </option>
      ))}
    </select>
  );
}

/** A validator's messages beside the field being edited (live, before any save). */
export function FieldErrors({ errors, id }: { readonly errors: readonly string[]; readonly id?: string }) {
  if (errors.length === 0) return null;
  return (
    <ul class="field-error" id={id} data-testid="field-errors" aria-live="polite">
      {errors.map((e) => (
        <li key={e}>{e}</li>
      ))}
    </ul>
  );
}
