import { VERDICTS, type MailboxLocation, type Summary } from '../core/types.ts';
import { formatNumber, t } from './i18n.ts';
import { VerdictBadge } from './verdict-badge.tsx';

/** Clients per verdict (rows) for each shown mailbox location (columns). */
export function SummaryBar({ summary, locations }: { summary: Summary; locations: readonly MailboxLocation[] }) {
  return (
    <div class="summary">
      <p class="summary-total" data-testid="summary-total">
        {t('popup_summary_total', { clients: summary.findings, builds: summary.distinctBuilds, lines: summary.lines })}
      </p>
      <table class="summary-table">
        <caption class="sr-only">{t('popup_summary_caption')}</caption>
        <thead>
          <tr>
            <th scope="col">
              <span class="sr-only">{t('popup_summary_verdict')}</span>
            </th>
            {locations.map((location) => (
              <th key={location} scope="col">
                {t(`location_${location}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {VERDICTS.filter((v) => v !== 'blocked' || locations.some((l) => summary.byLocation[l].blocked > 0)).map((v) => (
            <tr key={v} data-verdict={v}>
              <th scope="row">
                <VerdictBadge verdict={v} />
              </th>
              {locations.map((location) => {
                const n = summary.byLocation[location][v];
                return (
                  <td key={location} data-location={location} class={n === 0 ? 'zero' : undefined}>
                    {formatNumber(n)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
