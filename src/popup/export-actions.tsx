import { useEffect, useState } from 'preact/hooks';
import { FAMILY_MESSAGE } from '../core/families.ts';
import type { MailboxLocation } from '../core/types.ts';
import { ACTION_MESSAGE_KEYS } from './action-keys.ts';
import { copyText } from './copy-text.ts';
import { VERDICT_MESSAGE } from '../core/verdict-message.ts';
import { csvHeaderKeys, SUMMARY_KEYS } from './export-keys.ts';
import { catalogueOf, t, uiLanguage } from '../platform/i18n.ts';
import type { ScanClient } from './scan-client.ts';
import type { ScanView } from './scan-view.ts';
import { Toast } from './toast.tsx';

interface Props {
  client: ScanClient;
  view: ScanView;
  locations: readonly MailboxLocation[];
  thresholds: Record<MailboxLocation, string>;
  problemsOnly: boolean;
}

const CSV_NAME = 'offline-im-builds.csv';

/** The local date, yyyy-mm-dd, for the summary's header. */
function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** CSV download and "copy summary", both for the shown locations and honouring "Problems only". */
export function ExportActions({ client, view, locations, thresholds, problemsOnly }: Props) {
  const [csvUrl, setCsvUrl] = useState<string | undefined>();
  const [status, setStatus] = useState<string>('');

  // A new result (or another choice of what to export) makes an old file stale.
  useEffect(() => {
    setCsvUrl(undefined);
    setStatus('');
  }, [view, problemsOnly, locations.join()]);
  useEffect(() => () => void (csvUrl && URL.revokeObjectURL(csvUrl)), [csvUrl]);

  const exportCsv = async () => {
    try {
      const keys = [...csvHeaderKeys(locations), ...Object.values(VERDICT_MESSAGE), ...Object.values(FAMILY_MESSAGE), ...ACTION_MESSAGE_KEYS, ...view.reasonKeys];
      const csv = await client.csv(catalogueOf(keys), { locations: [...locations], problemsOnly, thresholds });
      const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
      setCsvUrl(url);
      setStatus(t('popup_csv_ready_rows', { rows: Math.max(0, csv.split('\r\n').length - 2) }));
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
      const keys = [...SUMMARY_KEYS, ...Object.values(VERDICT_MESSAGE), ...Object.values(FAMILY_MESSAGE), ...ACTION_MESSAGE_KEYS, ...view.reasonKeys, ...view.prerequisites.map((p) => p.message.key)];
      ok = await copyText(await client.summary(catalogueOf(keys), uiLanguage(), [...locations], { problemsOnly, thresholds, date: today() }));
    } catch {
      ok = false;
    }
    setStatus(t(ok ? 'popup_copied_summary' : 'popup_copy_failed'));
  };

  return (
    <div class="export">
      {/* Both settle without rejecting: a failure becomes the status line. Both wait for the whole scan (its messages are looked up from the view). */}
      <button type="button" class="button" onClick={() => void exportCsv()} disabled={view.partial || view.summary.findings === 0}>
        {t('popup_export_csv')}
      </button>
      <button type="button" class="button" onClick={() => void copySummary()} disabled={view.partial}>
        {t('popup_copy_summary')}
      </button>
      {csvUrl && (
        <a class="csv-link" href={csvUrl} download={CSV_NAME}>
          {t('popup_csv_save_again')}
        </a>
      )}
      <Toast text={status} testId="export-status" error={[t('popup_copy_failed'), t('popup_csv_failed')].includes(status)} />
    </div>
  );
}
