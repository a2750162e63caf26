import type { MailboxLocation } from '../core/index.ts';
import type { MailboxChoice } from '../settings/defaults.ts';

/** The locations whose verdicts the popup shows for a mailbox choice. */
export function locationsFor(choice: MailboxChoice): MailboxLocation[] {
  return choice === 'both' ? ['online', 'onprem'] : [choice];
}
