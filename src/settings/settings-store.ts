import browser from '../platform/browser.ts';
import { SETTINGS_KEY, type Settings } from './defaults.ts';
import { readSettings } from './read-settings.ts';

// storage.local access for Settings. Writes merge into what is stored now, so
// two surfaces (popup and page chip) changing different fields lose nothing.

export async function loadSettings(): Promise<Settings> {
  try {
    const stored = await browser.storage.local.get(SETTINGS_KEY);
    return readSettings(stored[SETTINGS_KEY]);
  } catch {
    return readSettings(undefined);
  }
}

export async function saveSettings(change: Partial<Settings>): Promise<Settings> {
  const next = readSettings({ ...(await loadSettings()), ...change });
  await browser.storage.local.set({ [SETTINGS_KEY]: next });
  return next;
}

/** Calls back with fresh Settings whenever another surface saves them. */
export function onSettingsChanged(callback: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && SETTINGS_KEY in changes) callback(readSettings(changes[SETTINGS_KEY]!.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
