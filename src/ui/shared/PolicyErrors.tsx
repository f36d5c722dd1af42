import type { ComponentChildren } from 'preact';
import type { PolicyState } from '@/src/policy/state';
import { t } from '../i18n';
import { describeProblem } from './describe-problem';
import { policyProblems } from './policy-problems';

interface Props {
  readonly state: PolicyState;
  /** Show at most this many problems (the popup is small); the rest are counted. */
  readonly limit?: number;
  /** Extra content after the list (the popup's "Open settings" link). */
  readonly children?: ComponentChildren;
}

/**
 * The policy's problems (`data-testid="policy-errors"`, one `li` each) and where the admin policy came
 * from when that matters: an admin must see why a setting they pushed is not in force, and a user why
 * the extension behaves differently from what the settings say.
 */
export function PolicyErrors({ state, limit, children }: Props) {
  const problems = policyProblems(state);
  const fromCache = state.managed.source === 'cache';
  if (problems.length === 0 && !fromCache) return null;
  const shown = limit === undefined ? problems : problems.slice(0, limit);
  return (
    <section class="policy-errors" data-testid="policy-errors" role="alert" aria-label={t('policyErrorsTitle')}>
      {problems.length > 0 && <h2>{t('policyErrorsCount', String(problems.length))}</h2>}
      {fromCache && <p data-testid="policy-source">{t('policySourceCache')}</p>}
      <ul>
        {shown.map((p, i) => (
          <li key={`${p.path}-${i}`} class={`problem-${p.level}`} data-level={p.level} data-from={p.from}>
            <span class="problem-from">{p.from === 'admin' ? t('problemFromAdmin') : t('problemFromUser')}</span>{' '}
            <code>{p.path}</code> {describeProblem(p)}
          </li>
        ))}
      </ul>
      {shown.length < problems.length && <p>{t('policyErrorsMore', String(problems.length - shown.length))}</p>}
      {children}
    </section>
  );
}
