import { useCallback, useEffect, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, type Settings } from '../settings/defaults.ts';
import { loadEffectiveSettings, onEffectiveSettingsChanged } from '../settings/managed-store.ts';
import { mergeSettings, readManagedPolicy, type EffectiveSettings } from '../settings/managed.ts';
import { saveSettings } from '../settings/settings-store.ts';

const DEFAULTS: EffectiveSettings = mergeSettings({ ...DEFAULT_SETTINGS, autoMarkSites: [] }, readManagedPolicy(undefined));

/**
 * The user's settings with the organisation's (storage.managed) applied, kept
 * fresh when another surface or the policy changes them.
 */
export function useSettings(): [EffectiveSettings, (change: Partial<Settings>) => void] {
  const [effective, setEffective] = useState<EffectiveSettings>(DEFAULTS);
  useEffect(() => {
    let live = true;
    void loadEffectiveSettings().then((s) => live && setEffective(s));
    const stop = onEffectiveSettingsChanged((s) => live && setEffective(s));
    return () => {
      live = false;
      stop();
    };
  }, []);
  const update = useCallback((change: Partial<Settings>) => {
    setEffective((e) => {
      // Fields the organisation decides stay as they are.
      const allowed = Object.fromEntries(Object.entries(change).filter(([k]) => !e.managedKeys.includes(k as keyof Settings)));
      return { ...e, settings: { ...e.settings, ...allowed }, user: { ...e.user, ...allowed } };
    });
    // A failed write keeps the choice for this session; nothing else to do.
    saveSettings(change).catch(() => undefined);
  }, []);
  return [effective, update];
}
