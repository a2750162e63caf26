import { VERDICTS, type MailboxLocation, type Summary } from '../core/index.ts';
import { formatNumber, t } from './i18n.ts';
import { VerdictBadge } from './verdict-badge.tsx';

/** Clients per verdict for each shown mailbox location. */
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
            <td />
            {VERDICTS.map((v) => (
              <th key={v} scope="col">
                <VerdictBadge verdict={v} />
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {locations.map((location) => (
            <tr key={location} data-location={location}>
              <th scope="row">{t(`location_${location}`)}</th>
              {VERDICTS.map((v) => (
                <td key={v} data-verdict={v} class={summary.byLocation[location][v] === 0 ? 'zero' : undefined}>
                  {formatNumber(summary.byLocation[location][v])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
