import { sendRequest } from '../messaging.ts';
import browser from '../platform/browser.ts';
import { originPattern } from '../platform/origin-pattern.ts';
import { loadSettings, saveSettings } from '../settings/settings-store.ts';

/** ok: the site is gone and its permission given back. warning: the background could not unregister its script (it cannot run without the permission anyway). */
export type RemoveResult = { ok: true; warning?: string } | { ok: false; error: string };

/**
 * Stops auto-marking on `origin` and gives its access back: the background
 * unregisters the content script first (it still has the permission to do
 * so), then the origin permission goes, then the site leaves the settings.
 */
export async function removeAutoMarkSite(origin: string): Promise<RemoveResult> {
  let backgroundError: string | undefined;
  try {
    const response = await sendRequest({ type: 'set-auto-mark', origin, enabled: false });
    if (!response || !response.ok) backgroundError = response?.error ?? 'no answer';
  } catch (e) {
    backgroundError = e instanceof Error ? e.message : String(e);
  }
  try {
    // Usually already done by the background; removing twice is harmless.
    await browser.permissions.remove({ origins: [originPattern(origin)] });
  } catch (e) {
    if (backgroundError !== undefined) return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
  // The background normally updates the list itself; doing it here too means
  // the site goes even when the background could not answer.
  const settings = await loadSettings();
  if (settings.autoMarkSites.includes(origin)) await saveSettings({ autoMarkSites: settings.autoMarkSites.filter((s) => s !== origin) });
  return backgroundError === undefined ? { ok: true } : { ok: true, warning: backgroundError };
}
