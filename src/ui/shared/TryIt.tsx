import { useMemo, useState } from 'preact/hooks';
import type { Policy } from '@/src/policy/schema';
import { SITE_ADAPTERS } from '@/src/sites/adapters';
import { t } from '../i18n';
import { explainFinding } from './explain';
import { actionLabel, companionLabel } from './labels';
import { policyTester, tryPolicy } from './try-policy';

interface Props {
  readonly policy: Policy;
  /** Offer a site select (the options page); the popup keeps it small. */
  readonly withSite?: boolean;
  readonly rows?: number;
}

/**
 * Runs the policy in force on pasted text and shows each finding (type, masked preview, reason) and
 * the action the guard would take. Only the engine's masked preview is shown, never the matched text;
 * nothing leaves the device.
 */
export function TryIt({ policy, withSite, rows = 5 }: Props) {
  const [text, setText] = useState('');
  const [site, setSite] = useState('');
  const tester = useMemo(() => policyTester(policy), [policy]);
  const result = useMemo(() => tryPolicy(tester, text, site || undefined), [tester, text, site]);
  return (
    <div class="try-it">
      <label>
        {t('tryItLabel')}
        <textarea data-testid="try-it" rows={rows} spellcheck={false} value={text} onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)} />
      </label>
      {withSite && (
        <label>
          {t('tryItSite')}
          <select data-testid="try-it-site" value={site} onChange={(e) => setSite((e.currentTarget as HTMLSelectElement).value)}>
            <option value="">{t('tryItAnySite')}</option>
            {SITE_ADAPTERS.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </label>
      )}
      <div data-testid="try-it-result" data-action={result.action} aria-live="polite">
        {text.trim() !== '' && (
          <p class={`verdict action-${result.action}`}>
            {result.guardOn ? t('tryItAction', actionLabel(result.action)) : t('tryItGuardOff')}
          </p>
        )}
        <ul>
          {result.findings.map((f, i) => {
            const companion = result.companion[i];
            return (
              <li key={`${f.start}-${f.detector}`} data-type={f.type} data-action={result.perFinding[i]} {...(companion ? { 'data-companion': companion } : {})}>
                <strong>{f.type}</strong> <code>{f.preview}</code> <span class="tag">{actionLabel(result.perFinding[i] ?? 'allow')}</span>{' '}
                {companion && <span class="tag">{companionLabel(companion)}</span>} <small>{explainFinding(f.why, f.reason)}</small>
              </li>
            );
          })}
        </ul>
        {text.trim() !== '' && result.findings.length === 0 && <p>{t('tryItNothing')}</p>}
      </div>
    </div>
  );
}
