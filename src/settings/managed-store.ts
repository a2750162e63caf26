import browser from '../platform/browser.ts';
import { SETTINGS_KEY } from './defaults.ts';
import { mergeSettings, readManagedPolicy, type EffectiveSettings, type ManagedPolicyRead } from './managed.ts';
import { loadSettings } from './settings-store.ts';

// storage.managed access. Every surface that reads settings should call
// loadEffectiveSettings() instead of loadSettings(): it is the same Settings
// with the organisation's values applied, plus which keys are locked.

/**
 * The organisation's policy. No policy is the normal case: Chrome returns {},
 * Firefox throws ("Managed storage manifest not found"); both mean "none".
 */
export async function loadManagedPolicy(): Promise<ManagedPolicyRead> {
  try {
    const managed = browser.storage.managed;
    if (!managed) return readManagedPolicy(undefined);
    return readManagedPolicy(await managed.get());
  } catch {
    return readManagedPolicy(undefined);
  }
}

export async function loadEffectiveSettings(): Promise<EffectiveSettings> {
  const [user, managed] = await Promise.all([loadSettings(), loadManagedPolicy()]);
  return mergeSettings(user, managed);
}

/** Calls back with fresh effective settings when the user's settings or the policy change. */
export function onEffectiveSettingsChanged(callback: (effective: EffectiveSettings) => void): () => void {
  return onEffectiveSettingsReload((load) => void load.then(callback));
}

/** Like onEffectiveSettingsChanged, but calls back as each read begins, for callers that order reads themselves. */
export function onEffectiveSettingsReload(callback: (load: Promise<EffectiveSettings>) => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'managed' || (area === 'local' && SETTINGS_KEY in changes)) callback(loadEffectiveSettings());
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
