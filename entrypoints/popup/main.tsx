import { render } from 'preact';
import { PopupApp } from '@/src/ui/popup/PopupApp';
import { textLanguage } from '@/src/ui/panel/strings';
import '@/src/ui/shared/base.css';
import '@/src/ui/popup/popup.css';

// The language the text is actually in (English when the browser's is not shipped), for screen readers.
document.documentElement.lang = textLanguage();

render(<PopupApp />, document.getElementById('app')!);
