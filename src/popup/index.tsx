import { render } from 'preact';
import browser from '../platform/browser.ts';
import { App } from './app.tsx';
import { uiLanguage } from '../platform/i18n.ts';
import './popup.css';

document.documentElement.lang = uiLanguage();
document.title = browser.i18n.getMessage('popup_title') || document.title;
// In a tab (not the toolbar popup) the page is fluid instead of 420 px wide.
void browser.tabs
  .getCurrent()
  .then((tab) => tab && document.documentElement.classList.add('in-tab'))
  .catch(() => undefined);
render(<App />, document.getElementById('app')!);
