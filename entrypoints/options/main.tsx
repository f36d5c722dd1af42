import { render } from 'preact';
import { OptionsApp } from '@/src/ui/options/OptionsApp';
import { t } from '@/src/ui/i18n';
import { textLanguage } from '@/src/ui/panel/strings';
import '@/src/ui/shared/base.css';

// The language the text is actually in (English when the browser's is not shipped), for screen readers.
document.documentElement.lang = textLanguage();
document.title = t('optionsTitle');

render(<OptionsApp />, document.getElementById('app')!);
