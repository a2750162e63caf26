import { FAMILY_MESSAGE, fillSlots, type Catalogue, type MailboxLocation, type Message } from '../core/index.ts';
import { VERDICT_MESSAGE } from './export-keys.ts';
import { formatLines } from './format-lines.ts';
import { rowAction } from './row-action.ts';
import type { ScanView } from './scan-view.ts';

// Built in the worker (with a catalogue from the popup), so popup.js stays small.

/** The result as plain text for a ticket or an email, in the catalogue's language. */
export function summaryText(view: ScanView, locations: readonly MailboxLocation[], catalogue: Catalogue, lang: string): string {
  const numbers = new Intl.NumberFormat(lang);
  const formatNumber = (n: number) => numbers.format(n);
  const t = (key: string, params: Record<string, string | number> = {}) => {
    const strings: Record<string, string> = {};
    for (const [k, v] of Object.entries(params)) strings[k] = typeof v === 'number' ? formatNumber(v) : v;
    return fillSlots(catalogue[key]?.message ?? key, strings);
  };
  const tMessage = (m: Message) => t(m.key, m.params);
  const { summary } = view;
  const out: string[] = [t('popup_copy_title', { clients: summary.findings, builds: summary.distinctBuilds, lines: summary.lines })];
  for (const location of locations) {
    const c = summary.byLocation[location];
    out.push(
      t('popup_copy_location', {
        location: t(`location_${location}`),
        eligible: c.eligible,
        upgrade: c['upgrade-required'],
        notSupported: c['not-supported'],
        unknown: c.unknown,
      }),
    );
  }
  for (const row of view.rows) {
    out.push('');
    const lines = formatLines(row.lines, formatNumber) + (row.lineTotal > row.lines.length ? ', …' : '');
    out.push(t('popup_copy_row', { version: row.version, family: t(FAMILY_MESSAGE[row.family]), count: row.count, lines }));
    for (const location of locations) {
      out.push(`  ${t(`location_${location}`)}: ${t(VERDICT_MESSAGE[row.verdicts[location]])}. ${tMessage(row.reasons[location])}`);
    }
    const action = rowAction(row, locations);
    if (action) out.push(`  → ${tMessage(action)}`);
  }
  if (view.rowTotal > view.rows.length) out.push('', t('popup_rows_capped', { shown: view.rows.length, total: view.rowTotal }));
  if (view.prerequisites.length > 0) {
    out.push('', t('popup_prereq_found'));
    for (const p of view.prerequisites) out.push(`  - ${tMessage(p.message)}`);
  }
  if (summary.unrecognized > 0) out.push('', t('popup_unrecognized_title', { count: summary.unrecognized }));
  return out.join('\n');
}
