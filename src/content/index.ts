// The content script (an IIFE). It arrives two ways:
// - scripting.executeScript from the background (popup button, shortcut,
//   context menu): the background first sets __offlineImInjected, then calls
//   the overlay's methods itself;
// - a content script registered for an "always mark" site: no flag, so it
//   marks the page on its own if the site is still in the settings.
// Injected again into the same frame, it reuses the overlay it installed.
import { loadEffectiveSettings } from '../settings/managed-store.ts';
import { createOverlay, type Overlay } from './create-overlay.ts';

declare global {
  var __offlineImOverlay: Overlay | undefined;
  var __offlineImInjected: boolean | undefined;
}

if (!globalThis.__offlineImOverlay) {
  const overlay = createOverlay(document, { chip: window === window.top });
  globalThis.__offlineImOverlay = overlay;
  if (!globalThis.__offlineImInjected) {
    void loadEffectiveSettings().then(({ settings, autoMarkAllowed }) => {
      if (autoMarkAllowed && settings.autoMarkSites.includes(location.origin)) return overlay.mark();
      return undefined;
    });
  }
}
