import { useState } from 'preact/hooks';
import { ACTION_LABEL } from '../core/action.ts';
import type { MailboxLocation } from '../core/types.ts';
import { groupByAction } from './action-groups.ts';
import { BuildRow } from './build-row.tsx';
import { ExportActions } from './export-actions.tsx';
import { FleetBar } from './fleet-bar.tsx';
import { formatNumber, t } from '../platform/i18n.ts';
import type { ScanClient } from './scan-client.ts';
import type { ScanView } from './scan-view.ts';
import { UnrecognizedList } from './unrecognized-list.tsx';
import { UsersView } from './users-view.tsx';

/** Rows rendered at first; distinct builds are usually few, but a report can hold thousands. */
export const ROWS_PAGE = 100;

interface Props {
  client: ScanClient;
  view: ScanView;
  locations: readonly MailboxLocation[];
  thresholds: Record<MailboxLocation, string>;
  problemsOnly: boolean;
  onProblemsOnly: (value: boolean) => void;
}

export function Results({ client, view, locations, thresholds, problemsOnly, onProblemsOnly }: Props) {
  const [limit, setLimit] = useState(ROWS_PAGE);
  const { summary } = view;
  const all = groupByAction(view.rows, locations, thresholds);
  const groups = problemsOnly ? all.filter((g) => g.kind !== 'none') : all;
  const hiddenByFilter = all.filter((g) => g.kind === 'none').reduce((n, g) => n + g.rows.length, 0);
  const rowCount = groups.reduce((n, g) => n + g.rows.length, 0);
  // Paging counts rows across groups, in order.
  let budget = limit;

  return (
    <section class="results" aria-labelledby="results-title">
      <h2 id="results-title" class="sr-only">
        {t('popup_results_title')}
      </h2>
      {summary.findings === 0 ? (
        <p class="empty nothing-found">{t('popup_nothing_found', { lines: summary.lines })}</p>
      ) : (
        <>
          <FleetBar summary={summary} locations={locations} />
          <div class="results-tools">
            <label class="check">
              <input type="checkbox" checked={problemsOnly} onChange={(e) => onProblemsOnly(e.currentTarget.checked)} />
              <span>{t('popup_problems_only')}</span>
            </label>
            <ExportActions client={client} view={view} locations={locations} thresholds={thresholds} problemsOnly={problemsOnly} />
          </div>
          {/* Who must update is asked of the whole scan, once it is complete. */}
          {!view.partial && <UsersView client={client} view={view} locations={locations} thresholds={thresholds} />}
          {groups.map((group) => {
            const shown = group.rows.slice(0, Math.max(0, budget));
            budget -= shown.length;
            if (shown.length === 0) return null;
            const id = `group-${group.kind}`;
            return (
              <section key={group.kind} class={`group group-${group.kind}`} aria-labelledby={id} data-action={group.kind}>
                <h3 id={id} class="group-title">
                  <span>{t(ACTION_LABEL[group.kind], { threshold: group.target ?? '' })}</span>
                  <span class="group-count">{t('popup_group_count', { clients: group.clients, builds: group.rows.length })}</span>
                </h3>
                <ul class="rows">
                  {shown.map(({ row, action }) => (
                    <BuildRow key={`${row.family}|${row.version}`} row={row} locations={locations} action={action} />
                  ))}
                </ul>
              </section>
            );
          })}
          {problemsOnly && hiddenByFilter > 0 && <p class="muted filter-note">{t('popup_hidden_eligible', { count: hiddenByFilter })}</p>}
          {rowCount > limit && (
            <button type="button" class="button-quiet" onClick={() => setLimit(limit + ROWS_PAGE)}>
              {t('popup_show_more_builds', { left: formatNumber(rowCount - limit) })}
            </button>
          )}
          {view.rowTotal > view.rows.length && <p class="muted">{t('popup_rows_capped', { shown: view.rows.length, total: view.rowTotal })}</p>}
        </>
      )}
      {summary.unrecognized > 0 && <UnrecognizedList client={client} first={view.unrecognized} total={summary.unrecognized} open={summary.findings === 0} />}
    </section>
  );
}
