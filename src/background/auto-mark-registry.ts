// "Always mark builds on this site": one registered content script per origin
// (scripting.registerContentScripts, persistent), kept in line with
// settings.autoMarkSites and the origin permissions the user granted.
import { serialQueue } from '../core/serial-queue.ts';
import type { AutoMarkResponse } from '../messaging.ts';
import browser from '../platform/browser.ts';
import { originPattern } from '../platform/origin-pattern.ts';
import { loadEffectiveSettings } from '../settings/managed-store.ts';
import { loadSettings, saveSettings } from '../settings/settings-store.ts';

const PREFIX = 'auto-mark:';

export function scriptIdFor(origin: string): string {
  return `${PREFIX}${origin}`;
}

/** "https://host:port" when it is exactly an http(s) origin, else undefined. */
export function normaliseOrigin(origin: string): string | undefined {
  try {
    const url = new URL(origin);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === origin ? origin : undefined;
  } catch {
    return undefined;
  }
}

async function registeredOrigins(): Promise<string[]> {
  const scripts = await browser.scripting.getRegisteredContentScripts();
  return scripts.filter((s) => s.id.startsWith(PREFIX)).map((s) => s.id.slice(PREFIX.length));
}

async function register(origin: string): Promise<void> {
  await unregister(origin);
  await browser.scripting.registerContentScripts([
    {
      id: scriptIdFor(origin),
      matches: [originPattern(origin)],
      js: ['dist/content.js'],
      runAt: 'document_idle',
      allFrames: true,
      persistAcrossSessions: true,
    },
  ]);
}

async function unregister(origin: string): Promise<void> {
  try {
    await browser.scripting.unregisterContentScripts({ ids: [scriptIdFor(origin)] });
  } catch {
    // Not registered: nothing to undo.
  }
}

async function granted(origin: string): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: [originPattern(origin)] });
  } catch {
    return false;
  }
}

// One change at a time: registering the same id twice at once fails.
const exclusive = serialQueue();

/**
 * Gives back the origin's permission unless another saved site needs the same
 * grant: Firefox grants a host on every port (its patterns carry no port), so
 * two sites on one host share one permission.
 */
async function releasePermission(origin: string, remaining: readonly string[]): Promise<void> {
  const pattern = originPattern(origin);
  if (remaining.some((site) => originPattern(site) === pattern)) return;
  await browser.permissions.remove({ origins: [pattern] }).catch(() => false);
}

export function setAutoMark(rawOrigin: string, enabled: boolean): Promise<AutoMarkResponse> {
  return exclusive(async (): Promise<AutoMarkResponse> => {
    const origin = normaliseOrigin(rawOrigin);
    if (!origin) return { ok: false, error: 'bg_error_bad_origin' };
    const settings = await loadSettings();
    const others = settings.autoMarkSites.filter((s) => s !== origin);
    try {
      if (enabled) {
        // The organisation may turn per-site auto-mark off (storage.managed).
        if (!(await loadEffectiveSettings()).autoMarkAllowed) return { ok: false, error: 'bg_error_auto_mark_disabled' };
        // The popup asked for the permission from the user's click; without it the script would never run.
        if (!(await granted(origin))) return { ok: false, error: 'bg_error_no_permission' };
        await register(origin);
        await saveSettings({ autoMarkSites: [...others, origin] });
      } else {
        await unregister(origin);
        await saveSettings({ autoMarkSites: others });
        await releasePermission(origin, others);
      }
      return { ok: true };
    } catch (error) {
      console.warn('offline-im: auto-mark change failed', error);
      return { ok: false, error: 'bg_error_register_failed' };
    }
  });
}

/**
 * Startup and after outside changes (permission revoked in the browser, a
 * site removed on the options page): a site stays only with both its setting
 * and its permission; its script is registered exactly then.
 */
export function syncAutoMark(): Promise<void> {
  return exclusive(async () => {
    const { autoMarkAllowed } = await loadEffectiveSettings();
    if (!autoMarkAllowed) {
      // Turned off by the organisation: stop every script but keep the user's list (and permissions) for when it is allowed again.
      for (const origin of await registeredOrigins()) await unregister(origin);
      return;
    }
    const settings = await loadSettings();
    const keep: string[] = [];
    for (const origin of settings.autoMarkSites) if (await granted(origin)) keep.push(origin);
    const registered = await registeredOrigins();
    for (const origin of registered) {
      if (keep.includes(origin)) continue;
      await unregister(origin);
      // Removed from the settings elsewhere: give the permission back too.
      if (!settings.autoMarkSites.includes(origin)) await releasePermission(origin, settings.autoMarkSites);
    }
    for (const origin of keep) if (!registered.includes(origin)) await register(origin);
    if (keep.length !== settings.autoMarkSites.length) await saveSettings({ autoMarkSites: keep });
  });
}
