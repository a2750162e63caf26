// The build a client version policy rule compares against: Microsoft's
// threshold for the mailbox location, raised (never lowered) by the
// organisation's own minimum.
import { THRESHOLDS } from './thresholds.ts';
import type { MailboxChoice } from './mailbox-choice.ts';
import type { MailboxLocation } from './types.ts';
import { compareKnown, parseVersion } from './version.ts';

export interface PolicyThreshold {
  threshold: string;
  /** Which rule set the threshold: a mailbox location's, or the organisation's own minimum. */
  source: MailboxLocation | 'organisation';
  /** The organisation minimum was given but is malformed or below the Microsoft threshold. */
  ignoredMinimum: boolean;
}

/**
 * The threshold a rule should use. "both" takes the on-premises build: it is
 * the higher one, so a client at it has offline IM whatever the mailbox; the
 * online build would let on-premises users between 6701 and 6920 through.
 */
export function effectiveThreshold(mailbox: MailboxChoice, organisationMinimum?: string): PolicyThreshold {
  const location: MailboxLocation = mailbox === 'online' ? 'online' : 'onprem';
  const base = THRESHOLDS[location];
  if (organisationMinimum === undefined || organisationMinimum === '') return { threshold: base, source: location, ignoredMinimum: false };
  const parts = parseVersion(organisationMinimum);
  const order = parts && parts.length === 4 ? compareKnown(parts, parseVersion(base)!) : undefined;
  if (order === undefined || order < 0) return { threshold: base, source: location, ignoredMinimum: true };
  if (order === 0) return { threshold: base, source: location, ignoredMinimum: false };
  return { threshold: parts!.join('.'), source: 'organisation', ignoredMinimum: false };
}
