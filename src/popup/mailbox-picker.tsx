import { MAILBOX_CHOICES, type MailboxChoice } from '../core/mailbox-choice.ts';
import type { MessageKey } from '../message-key.ts';
import { t } from '../platform/i18n.ts';

const LABEL: Readonly<Record<MailboxChoice, MessageKey>> = {
  online: 'location_online',
  onprem: 'location_onprem',
  both: 'popup_mailbox_both',
};

/** Where the users' mailboxes live; decides which threshold the verdicts use. */
export function MailboxPicker({ value, locked, onChange }: { value: MailboxChoice; locked: boolean; onChange: (choice: MailboxChoice) => void }) {
  return (
    <fieldset class="mailbox" disabled={locked}>
      <legend>
        {t('popup_mailbox_legend')}
        {locked && <span class="locked-note"> · {t('popup_set_by_organisation')}</span>}
      </legend>
      <div class="segmented">
        {MAILBOX_CHOICES.map((choice) => (
          <label key={choice} class="segment">
            <input type="radio" name="mailbox" value={choice} checked={value === choice} disabled={locked} onChange={() => onChange(choice)} />
            <span>{t(LABEL[choice])}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
