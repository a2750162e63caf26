import { isRecord } from '../core/is-record.ts';
import { MAILBOX_CHOICES, type MailboxChoice } from '../core/mailbox-choice.ts';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, type Settings } from './defaults.ts';
import { migrate } from './migrations.ts';

const ORIGIN = /^https?:\/\/[^/\s]+$/;

/**
 * Turns whatever storage held into valid Settings: migrates old shapes, keeps
 * every valid field, replaces each invalid one by its default. Never throws.
 */
export function readSettings(stored: unknown): Settings {
  const raw = isRecord(stored) ? migrate(stored) : {};
  const mailbox = MAILBOX_CHOICES.includes(raw.mailbox as MailboxChoice) ? (raw.mailbox as MailboxChoice) : DEFAULT_SETTINGS.mailbox;
  const problemsOnly = typeof raw.problemsOnly === 'boolean' ? raw.problemsOnly : DEFAULT_SETTINGS.problemsOnly;
  const autoMarkSites = Array.isArray(raw.autoMarkSites)
    ? [...new Set(raw.autoMarkSites.filter((s): s is string => typeof s === 'string' && ORIGIN.test(s)))]
    : [...DEFAULT_SETTINGS.autoMarkSites];
  return { version: SETTINGS_VERSION, mailbox, problemsOnly, autoMarkSites };
}
