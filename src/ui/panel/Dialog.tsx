import type { ComponentChildren } from 'preact';
import { useId, useRef } from 'preact/hooks';
import { useDialogKeyboard } from './focus-trap';
import { t, textLanguage } from './strings';
import { noteUserFocus } from './trusted';

interface Props {
  readonly title: string;
  readonly description: string;
  /** Accent of the header stripe: how serious the situation is. */
  readonly tone: 'info' | 'warn' | 'danger';
  readonly onEscape: () => void;
  readonly children: ComponentChildren;
}

/**
 * Modal shell: role="alertdialog" (it interrupts a send and needs an answer), labelled by its title and
 * described by its first paragraph. The backdrop swallows pointer events so the page can't be used
 * behind it; keyboard focus is trapped by `useDialogKeyboard`.
 */
export function Dialog({ title, description, tone, onEscape, children }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const id = useId();
  useDialogKeyboard(ref, onEscape);
  return (
    <div class="pf-backdrop" onMouseDown={(e) => e.target === e.currentTarget && e.preventDefault()}>
      <div
        ref={ref}
        class={`pf-dialog pf-tone-${tone}`}
        role="alertdialog"
        lang={textLanguage()}
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-desc`}
        onKeyUp={(e) => e.key === 'Tab' && noteUserFocus(e)}
        onPointerDown={noteUserFocus}
      >
        <header class="pf-header">
          <span class="pf-brand" aria-hidden="true">
            {t('brand')}
          </span>
          <h2 id={`${id}-title`} class="pf-title">
            {title}
          </h2>
        </header>
        <p id={`${id}-desc`} class="pf-desc">
          {description}
        </p>
        {children}
      </div>
    </div>
  );
}
