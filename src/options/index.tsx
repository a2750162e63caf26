import { render } from 'preact';
import { t, uiLanguage } from '../platform/i18n.ts';
import { OptionsPage } from './options-page.tsx';
import './options.css';

document.documentElement.lang = uiLanguage();
document.title = t('options_title');
render(<OptionsPage />, document.getElementById('app')!);
