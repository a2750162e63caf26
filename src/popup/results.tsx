import { useState } from 'preact/hooks';
import type { MailboxLocation } from '../core/index.ts';
import { BuildRow } from './build-row.tsx';
import { ExportActions } from './export-actions.tsx';
import { formatNumber, t } from './i18n.ts';
import { isProblem } from './row-action.ts';
import type { ScanClient } from './scan-client.ts';
import type { ScanView } from './scan-view.ts';
import { SummaryBar } from './summary-bar.tsx';
import { UnrecognizedList } from './unrecognized-list.tsx';

/** Rows rendered at first; distinct builds are usually few, but a report can hold thousands. */
export const ROWS_PAGE = 100;

interface Props {
  client: ScanClient;
  view: ScanView;
  locations: readonly MailboxLocation[];
  problemsOnly: boolean;
  onProblemsOnly(value: boolean): void;
}

export function Results({ client, view, locations, problemsOnly, onProblemsOnly }: Props) {
  const [limit, setLimit] = useState(ROWS_PAGE);
  const { summary } = view;
  const rows = problemsOnly ? view.rows.filter((r) => isProblem(r, locations)) : view.rows;
  const shown = rows.slice(0, limit);
  const hiddenByFilter = view.rows.length - rows.length;

  return (
    <section class="results" aria-labelledby="results-title">
      <h2 id="results-title" class="sr-only">
        {t('popup_results_title')}
      </h2>
      {summary.findings === 0 ? (
        <p class="empty nothing-found" role="status">
          {t('popup_nothing_found', { lines: summary.lines })}
        </p>
      ) : (
        <>
          <SummaryBar summary={summary} locations={locations} />
          <div class="results-tools">
            <label class="check">
              <input type="checkbox" checked={problemsOnly} onChange={(e) => onProblemsOnly((e.currentTarget as HTMLInputElement).checked)} />
              <span>{t('popup_problems_only')}</span>
            </label>
            <ExportActions client={client} view={view} locations={locations} />
          </div>
          <ul class="rows" aria-label={t('popup_rows_label')}>
            {shown.map((row) => (
              <BuildRow key={`${row.family}|${row.version}`} row={row} locations={locations} />
            ))}
          </ul>
          {problemsOnly && hiddenByFilter > 0 && <p class="muted filter-note">{t('popup_hidden_eligible', { count: hiddenByFilter })}</p>}
          {rows.length > limit && (
            <button type="button" class="button-quiet" onClick={() => setLimit(limit + ROWS_PAGE)}>
              {t('popup_show_more_builds', { left: formatNumber(rows.length - limit) })}
            </button>
          )}
          {view.rowTotal > view.rows.length && <p class="muted">{t('popup_rows_capped', { shown: view.rows.length, total: view.rowTotal })}</p>}
        </>
      )}
      {summary.unrecognized > 0 && <UnrecognizedList client={client} first={view.unrecognized} total={summary.unrecognized} open={summary.findings === 0} />}
    </section>
  );
}
