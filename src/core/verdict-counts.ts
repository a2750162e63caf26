import { MAILBOX_LOCATIONS, VERDICTS, type MailboxLocation, type VerdictCounts } from './types.ts';

/** A zero for every verdict. */
export function emptyCounts(): VerdictCounts {
  return Object.fromEntries(VERDICTS.map((v) => [v, 0])) as VerdictCounts;
}

/** A zero for every verdict at every mailbox location. */
export function emptyLocationCounts(): Record<MailboxLocation, VerdictCounts> {
  return Object.fromEntries(MAILBOX_LOCATIONS.map((l) => [l, emptyCounts()])) as Record<MailboxLocation, VerdictCounts>;
}
