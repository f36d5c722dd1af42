import { render } from 'preact';
import { TryItApp } from '@/src/ui/popup/try-it-app';

render(<TryItApp />, document.getElementById('app')!);
