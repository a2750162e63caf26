import { useCallback, useEffect, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, type Settings } from '../settings/defaults.ts';
import { loadEffectiveSettings, onEffectiveSettingsReload } from '../settings/managed-store.ts';
import { mergeSettings, readManagedPolicy, type EffectiveSettings } from '../settings/managed.ts';
import { saveSettings } from '../settings/settings-store.ts';
import { createLocalChoices, withChoice } from '../settings/local-choices.ts';

const DEFAULTS: EffectiveSettings = mergeSettings({ ...DEFAULT_SETTINGS, autoMarkSites: [] }, readManagedPolicy(undefined));

/**
 * The user's settings with the organisation's (storage.managed) applied, kept
 * fresh when another surface or the policy changes them.
 */
export function useSettings(): [EffectiveSettings, (change: Partial<Settings>) => void] {
  const [effective, setEffective] = useState<EffectiveSettings>(DEFAULTS);
  const [local] = useState(createLocalChoices);
  useEffect(() => {
    let live = true;
    const show = (load: Promise<EffectiveSettings>) => local.follow(load, (s) => live && setEffective(s));
    show(loadEffectiveSettings());
    const stop = onEffectiveSettingsReload(show);
    return () => {
      live = false;
      stop();
    };
  }, []);
  const update = useCallback((change: Partial<Settings>) => {
    setEffective((e) => withChoice(e, change));
    const saved = local.chose(change);
    // A failed write keeps the choice for this session; nothing else to do.
    saveSettings(change).then(saved, () => undefined);
  }, []);
  return [effective, update];
}
