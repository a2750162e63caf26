import { useCallback, useEffect, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, type Settings } from '../settings/defaults.ts';
import { loadSettings, onSettingsChanged, saveSettings } from '../settings/settings-store.ts';

/** Settings from storage.local, kept fresh when another surface saves them. */
export function useSettings(): [Settings, (change: Partial<Settings>) => void] {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  useEffect(() => {
    let live = true;
    void loadSettings().then((s) => live && setSettings(s));
    const stop = onSettingsChanged((s) => live && setSettings(s));
    return () => {
      live = false;
      stop();
    };
  }, []);
  const update = useCallback((change: Partial<Settings>) => {
    setSettings((s) => ({ ...s, ...change }));
    // A failed write keeps the choice for this session; nothing else to do.
    saveSettings(change).catch(() => undefined);
  }, []);
  return [settings, update];
}
