import { render } from 'preact';
import { App } from './app.tsx';
import { uiLanguage } from './i18n.ts';
import './popup.css';

document.documentElement.lang = uiLanguage();
render(<App />, document.getElementById('app')!);
