import { THRESHOLDS } from '../core/thresholds.ts';
import type { MailboxLocation, Message } from '../core/types.ts';
import type { BuildRowData } from './scan-view.ts';

/**
 * What the admin should do about a build, for the locations shown: the one
 * build to reach (the on-premises one covers both), or what is missing.
 */
export function rowAction(row: BuildRowData, locations: readonly MailboxLocation[]): Message | undefined {
  const needs = locations.filter((l) => row.verdicts[l] === 'upgrade-required' || row.verdicts[l] === 'not-supported');
  if (needs.length > 0) {
    const threshold = THRESHOLDS[needs.includes('onprem') ? 'onprem' : 'online'];
    const replace = needs.some((l) => row.verdicts[l] === 'not-supported');
    return { key: replace ? 'popup_action_replace' : 'popup_action_update', params: { threshold } };
  }
  const unknown = locations.find((l) => row.verdicts[l] === 'unknown');
  if (unknown === undefined) return undefined;
  return { key: row.reasons[unknown].key === 'reason_missing_revision' ? 'popup_action_full_build' : 'popup_action_identify', params: {} };
}

/** A row is a problem when any shown location is not eligible. */
export function isProblem(row: BuildRowData, locations: readonly MailboxLocation[]): boolean {
  return locations.some((l) => row.verdicts[l] !== 'eligible');
}
