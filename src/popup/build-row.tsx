import type { Action } from '../core/action.ts';
import { FAMILY_MESSAGE } from '../core/families.ts';
import type { MailboxLocation } from '../core/types.ts';
import { formatLines } from './format-lines.ts';
import { formatNumber, t, tMessage } from '../platform/i18n.ts';
import type { BuildRowData } from './scan-view.ts';
import { VerdictBadge } from './verdict-badge.tsx';
import { mainReason, verdictLines } from './verdict-lines.ts';

/** One distinct build: verdict per shown location, why, and what to do. */
export function BuildRow({ row, locations, action }: { row: BuildRowData; locations: readonly MailboxLocation[]; action: Action }) {
  const more = row.lineTotal - row.lines.length;
  const lines = formatLines(row.lines, formatNumber) + (more > 0 ? ` ${t('popup_row_more_lines', { count: more })}` : '');
  return (
    <li class="row" data-version={row.version} data-family={row.family} data-online={row.verdicts.online} data-onprem={row.verdicts.onprem} data-action={action.kind}>
      <div class="row-head">
        <span class="version">{row.version}</span>
        <span class="row-count">{t('popup_row_clients', { count: row.count })}</span>
      </div>
      <div class="family">{t(FAMILY_MESSAGE[row.family])}</div>
      <ul class="verdicts">
        {verdictLines(row, locations).map((line) => (
          <li key={line.verdict} class="verdict-line">
            <VerdictBadge verdict={line.verdict} />
            <span class="location">{line.locations.length > 1 ? t('popup_mailbox_both') : t(`location_${line.locations[0]!}`)}</span>
          </li>
        ))}
      </ul>
      <p class="reason">{tMessage(mainReason(row, locations))}</p>
      {action.kind !== 'none' && (
        <p class="action">
          <span aria-hidden="true">→ </span>
          {tMessage(action.advice)}
        </p>
      )}
      <p class="row-lines">{t('popup_row_lines', { lines })}</p>
    </li>
  );
}
