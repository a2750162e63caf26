import type { MailboxLocation } from '../core/index.ts';
import type { MailboxChoice } from './args.ts';

/** The mailbox locations a --mailbox choice shows. */
export function locationsOf(choice: MailboxChoice): readonly MailboxLocation[] {
  return choice === 'both' ? ['online', 'onprem'] : [choice];
}

/** Message key of a verdict's word: 'upgrade-required' -> 'verdict_upgrade_required'. */
export function verdictKey(verdict: string): string {
  return `verdict_${verdict.replace(/-/g, '_')}`;
}
