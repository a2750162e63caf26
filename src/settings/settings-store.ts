import { serialQueue } from '../core/serial-queue.ts';
import browser from '../platform/browser.ts';
import { SETTINGS_KEY, type Settings } from './defaults.ts';
import { readSettings } from './read-settings.ts';

// storage.local access for Settings. A save reads what is stored, applies the
// change and writes the whole object back; storage has no transactions, so:
// - within one context (the popup, one page's chip, the background) saves
//   run one at a time, and none loses another's change;
// - between contexts the read and the write are two steps: two saves at the
//   same moment from different contexts can still overwrite each other's
//   fields (the later write wins), which the user then sees and can redo.

export async function loadSettings(): Promise<Settings> {
  try {
    const stored = await browser.storage.local.get(SETTINGS_KEY);
    return readSettings(stored[SETTINGS_KEY]);
  } catch {
    return readSettings(undefined);
  }
}

const oneAtATime = serialQueue();

/** Merges `change` into the stored settings and returns what was written. */
export function saveSettings(change: Partial<Settings>): Promise<Settings> {
  return oneAtATime(async () => {
    const next = readSettings({ ...(await loadSettings()), ...change });
    await browser.storage.local.set({ [SETTINGS_KEY]: next });
    return next;
  });
}
