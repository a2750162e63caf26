// The admin's answer to "where are the users' mailboxes?": one location, or
// "both" for mixed or not known (then both verdicts are shown, and a rule that
// must hold for everyone takes the higher threshold).
import type { MailboxLocation } from './types.ts';

export type MailboxChoice = MailboxLocation | 'both';
export const MAILBOX_CHOICES: readonly MailboxChoice[] = ['online', 'onprem', 'both'];

/** The locations whose verdicts a mailbox choice shows. */
export function locationsFor(choice: MailboxChoice): MailboxLocation[] {
  return choice === 'both' ? ['online', 'onprem'] : [choice];
}
