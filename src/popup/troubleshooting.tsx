import { t } from '../platform/i18n.ts';

// Paths are what the admin types into Explorer: never translated.
const SPOOLER = '%localappdata%\\Microsoft\\Office\\16.0\\Lync\\<SipUserAddress>\\History Spooler';
const TRACING = '%localappdata%\\Microsoft\\Office\\16.0\\Lync\\Tracing';

/** Short troubleshooting notes (docs/domain.md), collapsed until asked for. */
export function Troubleshooting() {
  return (
    <details class="panel troubleshooting">
      <summary>{t('popup_trouble_title')}</summary>
      <ul class="trouble-list">
        <li>{t('popup_trouble_wait')}</li>
        <li>
          {t('popup_trouble_spooler')}
          <code class="path">{SPOOLER}</code>
        </li>
        <li>
          {t('popup_trouble_etl')}
          <code class="path">{TRACING}</code>
        </li>
        <li>{t('popup_trouble_drafts')}</li>
        <li>{t('popup_trouble_where')}</li>
        <li>{t('popup_trouble_recipient')}</li>
      </ul>
    </details>
  );
}
