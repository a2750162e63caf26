// The content script (an IIFE). It arrives two ways:
// - scripting.executeScript from the background (popup button, shortcut,
//   context menu): the background first sets the "injected" flag, then calls
//   the overlay's methods itself;
// - a content script registered for an "always mark" site: no flag, so it
//   marks the page on its own if the site is still in the settings.
// Injected again into the same frame, it reuses the overlay it installed.
// Both live under Symbol.for keys on the content script's own global: a page
// cannot reach them, and no element id or page global can stand in for them.
import browser from '../platform/browser.ts';
import { loadEffectiveSettings } from '../settings/managed-store.ts';
import { createOverlay, type Overlay } from './create-overlay.ts';
import { isOverlayMessage, FRAME_COUNTS, REMOVE } from './overlay-messages.ts';
import { OVERLAY_KEY, INJECTED_KEY } from './overlay-keys.ts';

const scope = globalThis as unknown as Record<symbol, unknown>;

if (!(scope[OVERLAY_KEY] as Overlay | undefined)) {
  const top = window === window.top;
  const overlay = createOverlay(document, {
    chip: top,
    send: (message) => {
      browser.runtime.sendMessage(message).catch(() => undefined);
    },
  });
  scope[OVERLAY_KEY] = overlay;
  browser.runtime.onMessage.addListener((message: unknown, sender: { id?: string }) => {
    // Only the extension itself (the background) talks to content scripts.
    if (sender.id !== browser.runtime.id || !isOverlayMessage(message)) return undefined;
    if (message.type === FRAME_COUNTS) overlay.frameCounts(message);
    else if (message.type === REMOVE) overlay.remove();
    return undefined;
  });
  if (scope[INJECTED_KEY] !== true) {
    void loadEffectiveSettings().then(({ settings, autoMarkAllowed }) => {
      if (autoMarkAllowed && settings.autoMarkSites.includes(location.origin)) return overlay.mark();
      return undefined;
    });
  }
}
