import { useEffect, useState } from 'preact/hooks';
import { FAMILY_MESSAGE } from '../core/families.ts';
import type { MailboxLocation } from '../core/types.ts';
import { copyText } from './copy-text.ts';
import { CSV_HEADER_KEYS, SUMMARY_KEYS, VERDICT_MESSAGE } from './export-keys.ts';
import { catalogueOf, t, uiLanguage } from './i18n.ts';
import type { ScanClient } from './scan-client.ts';
import type { ScanView } from './scan-view.ts';

interface Props {
  client: ScanClient;
  view: ScanView;
  locations: readonly MailboxLocation[];
}

const CSV_NAME = 'offline-im-builds.csv';

/** CSV download and "copy summary". The CSV stays available as a link until the result changes. */
export function ExportActions({ client, view, locations }: Props) {
  const [csvUrl, setCsvUrl] = useState<string | undefined>();
  const [status, setStatus] = useState<string>('');

  // A new result makes an old file stale.
  useEffect(() => {
    setCsvUrl(undefined);
    setStatus('');
  }, [view]);
  useEffect(() => () => void (csvUrl && URL.revokeObjectURL(csvUrl)), [csvUrl]);

  const exportCsv = async () => {
    try {
      const csv = await client.csv(catalogueOf([...CSV_HEADER_KEYS, ...Object.values(VERDICT_MESSAGE), ...Object.values(FAMILY_MESSAGE), ...view.reasonKeys]));
      const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
      setCsvUrl(url);
      setStatus(t('popup_csv_ready', { rows: view.summary.findings }));
      const link = document.createElement('a');
      link.href = url;
      link.download = CSV_NAME;
      link.click();
    } catch {
      setStatus(t('popup_csv_failed'));
    }
  };

  const copySummary = async () => {
    let ok: boolean;
    try {
      const keys = [...SUMMARY_KEYS, ...Object.values(VERDICT_MESSAGE), ...Object.values(FAMILY_MESSAGE), ...view.reasonKeys, ...view.prerequisites.map((p) => p.message.key)];
      ok = await copyText(await client.summary(catalogueOf(keys), uiLanguage(), [...locations]));
    } catch {
      ok = false;
    }
    setStatus(t(ok ? 'popup_copied_summary' : 'popup_copy_failed'));
  };

  return (
    <div class="export">
      <button type="button" class="button" onClick={exportCsv} disabled={view.summary.findings === 0}>
        {t('popup_export_csv')}
      </button>
      <button type="button" class="button" onClick={copySummary}>
        {t('popup_copy_summary')}
      </button>
      <span class="export-status" role="status">
        {status}
        {csvUrl && (
          <>
            {' '}
            <a class="csv-link" href={csvUrl} download={CSV_NAME}>
              {t('popup_csv_save_again')}
            </a>
          </>
        )}
      </span>
    </div>
  );
}
