import { render } from 'preact';
import { OptionsApp } from '@/src/ui/options/OptionsApp';
import { t } from '@/src/ui/i18n';
import '@/src/ui/shared/base.css';

document.title = t('optionsTitle');

render(<OptionsApp />, document.getElementById('app')!);
