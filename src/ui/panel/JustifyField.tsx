import { useId } from 'preact/hooks';
import { plural, t } from './strings';

/** A reason must say something: at least this many non-blank characters (spaces don't count). */
export const MIN_JUSTIFICATION_CHARS = 10;

/** Non-blank characters in `text`: what the gate counts, so "          " or "a a a a a" don't pass. */
export function justificationChars(text: string): number {
  return text.replace(/\s+/g, '').length;
}

export function isJustified(text: string): boolean {
  return justificationChars(text) >= MIN_JUSTIFICATION_CHARS;
}

interface Props {
  readonly value: string;
  readonly onInput: (value: string) => void;
}

/** The reason field of the justify panel, with a live hint saying how much more is needed. */
export function JustifyField({ value, onInput }: Props) {
  const id = useId();
  const missing = Math.max(0, MIN_JUSTIFICATION_CHARS - justificationChars(value));
  return (
    <div class="pf-justify">
      <label class="pf-label" for={`${id}-reason`}>
        {t('justify.label')}
      </label>
      <textarea
        id={`${id}-reason`}
        class="pf-textarea"
        rows={3}
        maxLength={500}
        required
        aria-invalid={missing > 0}
        aria-describedby={`${id}-hint`}
        placeholder={t('justify.placeholder')}
        value={value}
        onInput={(e) => onInput((e.currentTarget as HTMLTextAreaElement).value)}
      />
      {/* Not a live region: announcing a count on every keystroke drowns the screen reader. */}
      <p id={`${id}-hint`} class={`pf-hint${missing > 0 ? '' : ' pf-hint--ok'}`}>
        {missing > 0 ? plural('justify.hint.more', missing) : t('justify.hint.ok')}
      </p>
    </div>
  );
}
