import type { MailboxLocation, Summary } from '../core/types.ts';
import { t } from '../platform/i18n.ts';

/**
 * The one sentence a screen reader hears when a result arrives: "200 clients:
 * 74 need an update, 49 not supported" for the strictest shown location.
 */
export function resultsSentence(summary: Summary, locations: readonly MailboxLocation[], blocked: boolean): string {
  if (summary.findings === 0) return t('popup_nothing_found', { lines: summary.lines });
  const location = locations.includes('onprem') ? 'onprem' : locations[0]!;
  const c = summary.byLocation[location];
  const parts: string[] = [];
  if (blocked) parts.push(t('popup_status_blocked'));
  if (c['upgrade-required'] > 0) parts.push(t('popup_status_update', { count: c['upgrade-required'] }));
  if (c.blocked > 0 && !blocked) parts.push(t('popup_status_blocked_count', { count: c.blocked }));
  if (c['not-supported'] > 0) parts.push(t('popup_status_not_supported', { count: c['not-supported'] }));
  if (c.unknown > 0) parts.push(t('popup_status_unknown', { count: c.unknown }));
  if (parts.length === 0) parts.push(t('popup_status_all_eligible'));
  return t('popup_status', { clients: summary.findings, details: parts.join(', ') });
}
