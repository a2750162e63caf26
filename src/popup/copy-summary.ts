import { ACTION_LABEL } from '../core/action.ts';
import { THRESHOLDS } from '../core/thresholds.ts';
import { FAMILY_MESSAGE, fillPlurals, fillSlots, type Catalogue, type MailboxLocation, type Message, type MessageParams } from '../core/index.ts';
import type { MessageKey } from '../message-key.ts';
import { groupByAction } from './action-groups.ts';
import type { ScanView } from './scan-view.ts';
import type { UserRow } from './who-must-update.ts';

// Built in the worker (with a catalogue from the popup), so popup.js stays small.
// Written for a ticket: what stops everyone first, then the location,
// threshold and date, counts per action, the builds and the people. No line
// numbers: the reader of a ticket has no line numbers.

export interface SummaryOptions {
  problemsOnly?: boolean;
  thresholds?: Readonly<Record<MailboxLocation, string>>;
  /** ISO date (yyyy-mm-dd) for the header; today when absent. */
  date?: string;
  /** Users whose client is not eligible, when the lines name them. */
  users?: readonly UserRow[];
}

/** Users listed in the summary at most; the rest are counted. */
export const SUMMARY_USER_LIMIT = 200;

/** The result as plain text for a ticket or an email, in the catalogue's language. */
export function summaryText(view: ScanView, locations: readonly MailboxLocation[], catalogue: Catalogue, lang: string, options: SummaryOptions = {}): string {
  const numbers = new Intl.NumberFormat(lang);
  const say = (key: string, params: MessageParams) => fillSlots(fillPlurals(catalogue[key]?.message ?? key, params, lang), params, (n) => numbers.format(n));
  const t = (key: MessageKey, params: MessageParams = {}) => say(key, params);
  const tMessage = (m: Message) => say(m.key, m.params);
  const thresholds = options.thresholds ?? THRESHOLDS;
  const { summary } = view;
  const out: string[] = [];

  // 1. Blockers: a server switch that stops everyone, or a policy that stops some senders.
  const blockers = view.prerequisites.filter((p) => p.blocking);
  for (const p of blockers) out.push(`⚠ ${t('popup_copy_blocker')}: ${tMessage(p.message)}`);
  if (blockers.length > 0) out.push('');

  // 2. Header: location(s), threshold(s), date.
  const where = locations.map((l) => t('popup_copy_where', { location: t(`location_${l}`), threshold: thresholds[l] })).join('; ');
  out.push(t('popup_copy_header', { where, date: options.date ?? new Date().toISOString().slice(0, 10) }));
  out.push(t('popup_copy_counts', { clients: summary.findings, builds: summary.distinctBuilds }));

  // 3. Per action, problems first: counts, then its builds.
  for (const group of groupByAction(view.rows, locations, thresholds)) {
    if (options.problemsOnly && group.kind === 'none') continue;
    out.push('');
    out.push(
      `${t(ACTION_LABEL[group.kind], { threshold: group.target ?? '' })}: ${t('popup_group_count', { clients: group.clients, builds: group.rows.length })}`,
    );
    for (const { row, action } of group.rows) {
      out.push(`  - ${row.version} (${t(FAMILY_MESSAGE[row.family])}): ${t('popup_row_clients', { count: row.count })}`);
      if (group.kind === 'replace' || group.kind === 'identify' || group.kind === 'move-to-c2r') out.push(`    ${tMessage(action.advice)}`);
    }
  }
  if (options.problemsOnly) {
    const hidden = summary.byLocation[locations[0]!].eligible;
    if (hidden > 0) out.push('', t('popup_copy_hidden_eligible', { count: hidden }));
  }
  if (view.rowTotal > view.rows.length) out.push('', t('popup_rows_capped', { shown: view.rows.length, total: view.rowTotal }));

  // 4. People.
  const users = options.users ?? [];
  if (users.length > 0) {
    out.push('', t('popup_copy_users', { count: users.length }));
    out.push(users.slice(0, SUMMARY_USER_LIMIT).map((u) => u.user).join('; '));
    if (users.length > SUMMARY_USER_LIMIT) out.push(t('popup_row_more_lines', { count: users.length - SUMMARY_USER_LIMIT }));
  }

  // 5. What else was read.
  const others = view.prerequisites.filter((p) => !p.blocking);
  if (others.length > 0) {
    out.push('', t('popup_prereq_found'));
    for (const p of others) out.push(`  - ${tMessage(p.message)}`);
  }
  if (summary.unrecognized > 0) out.push('', t('popup_unrecognized_title', { count: summary.unrecognized }));
  return out.join('\n');
}
