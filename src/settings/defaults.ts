// The user's settings: one typed defaults object. Anything read from storage
// is checked field by field against it (read-settings.ts), so a corrupt or
// foreign value falls back to its default without losing the others.

import type { MailboxChoice } from '../core/mailbox-choice.ts';

// Defined in core; re-exported while the overlay, options page and popup still import it from here.

export interface Settings {
  /** Schema version, for migrations. */
  version: number;
  mailbox: MailboxChoice;
  /** Popup filter: show only builds that are not eligible. */
  problemsOnly: boolean;
  /** Origins ("https://host:port") where builds are marked on every visit. */
  autoMarkSites: string[];
}

export const SETTINGS_VERSION = 1;

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  version: SETTINGS_VERSION,
  mailbox: 'both',
  problemsOnly: false,
  autoMarkSites: [],
});

/** storage.local key holding the Settings object. */
export const SETTINGS_KEY = 'settings';
