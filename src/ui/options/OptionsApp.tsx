import type { PolicyState } from '@/src/policy/state';
import { t } from '../i18n';
import { PolicyErrors } from '../shared/PolicyErrors';
import { TryIt } from '../shared/TryIt';
import { usePolicyState } from '../shared/use-policy-state';
import { ActionsSetting } from './ActionsSetting';
import { AdminSettings } from './AdminSettings';
import { CustomPatternsEditor } from './CustomPatternsEditor';
import { CustomTermsEditor } from './CustomTermsEditor';
import { EffectivePolicy } from './EffectivePolicy';
import { ExactMatchEditor } from './ExactMatchEditor';
import { GeneralSettings } from './GeneralSettings';
import { HistorySetting } from './HistorySetting';
import { DocumentsSetting } from './DocumentsSetting';
import { RestoreSetting } from './RestoreSetting';
import { ListSetting } from './ListSetting';
import { SitesSetting } from './SitesSetting';

/** The options page: problems first, then settings, the "try it" box and the policy in force. */
export function OptionsApp() {
  const state = usePolicyState();
  if (!state) return <p aria-busy="true">{t('loading')}</p>;
  return <OptionsView state={state} />;
}

/** The page for a given state (split out so tests can render it without storage). */
export function OptionsView({ state }: { readonly state: PolicyState }) {
  return (
    <main class="options" data-testid="options">
      <h1>{t('optionsTitle')}</h1>
      <PolicyErrors state={state} />
      <section aria-labelledby="sec-general">
        <h2 id="sec-general">{t('sectionGeneral')}</h2>
        <GeneralSettings state={state} />
        <ActionsSetting state={state} />
        <SitesSetting state={state} />
      </section>
      <section aria-labelledby="sec-rules">
        <h2 id="sec-rules">{t('sectionRules')}</h2>
        <CustomTermsEditor state={state} />
        <CustomPatternsEditor state={state} />
        <ExactMatchEditor state={state} />
        <ListSetting state={state} settingKey="allowlist" />
        <ListSetting state={state} settingKey="allowedDomains" />
      </section>
      <section aria-labelledby="sec-history">
        <h2 id="sec-history">{t('sectionHistory')}</h2>
        <HistorySetting state={state} />
        <DocumentsSetting state={state} />
        <RestoreSetting state={state} />
      </section>
      <section aria-labelledby="sec-try">
        <h2 id="sec-try">{t('sectionTryIt')}</h2>
        <p class="help">{t('tryItHelp')}</p>
        <TryIt policy={state.effective.policy} withSite />
      </section>
      <section aria-labelledby="sec-admin">
        <h2 id="sec-admin">{t('sectionAdmin')}</h2>
        <AdminSettings state={state} />
      </section>
      <section aria-labelledby="sec-effective">
        <h2 id="sec-effective">{t('sectionEffective')}</h2>
        <EffectivePolicy state={state} />
      </section>
    </main>
  );
}
