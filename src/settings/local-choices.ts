import type { Settings } from './defaults.ts';
import type { EffectiveSettings } from './managed.ts';

/** `effective` with the user's `change` applied; fields the organisation decides stay as they are. */
export function withChoice(effective: EffectiveSettings, change: Partial<Settings>): EffectiveSettings {
  const allowed = Object.fromEntries(Object.entries(change).filter(([k]) => !effective.managedKeys.includes(k as keyof Settings)));
  return { ...effective, settings: { ...effective.settings, ...allowed }, user: { ...effective.user, ...allowed } };
}

/**
 * Choices made on this page (the popup, the options page) that stored settings may not show yet. Reading
 * settings is slow at a profile's first open (storage.managed), so a load
 * begun before the admin clicked "on-premises" can answer after the click:
 * it must not undo the choice. A choice stands until a load begun after its
 * save ended (that load saw it, or something newer from another surface);
 * a failed save keeps it for the page's life. Loads answer out of order too:
 * an older one than the one shown is dropped.
 */
export function createLocalChoices() {
  let loads = 0;
  let shown = 0;
  const choices: Array<{ change: Partial<Settings>; savedBefore: number }> = [];
  const self = {
    /** A read of the stored settings begins; returns its number for `over`. */
    loadStarted(): number {
      return ++loads;
    },
    /** Numbers a read as it begins; its answer, with the choices on top, goes to `show` unless a newer one was shown. A failed read shows nothing. */
    follow(load: Promise<EffectiveSettings>, show: (effective: EffectiveSettings) => void): void {
      const mine = self.loadStarted();
      load.then(
        (effective) => {
          const view = self.over(effective, mine);
          if (view) show(view);
        },
        () => undefined,
      );
    },
    /** The user changed settings here; call the returned function once the save has succeeded. */
    chose(change: Partial<Settings>): () => void {
      const choice = { change, savedBefore: Number.POSITIVE_INFINITY };
      choices.push(choice);
      return () => {
        choice.savedBefore = loads;
      };
    },
    /** What load number `load` read, with the choices it cannot have seen on top; undefined if a newer load is shown. */
    over(effective: EffectiveSettings, load: number): EffectiveSettings | undefined {
      if (load < shown) return undefined;
      shown = load;
      for (let i = choices.length - 1; i >= 0; i--) if (load > choices[i]!.savedBefore) choices.splice(i, 1);
      return choices.reduce((e, c) => withChoice(e, c.change), effective);
    },
  };
  return self;
}
