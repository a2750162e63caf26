// Background: MV3 service worker in Chrome, event page in Firefox (same file,
// no DOM). Listeners are added at the top level so that a wake-up event finds them.
import browser, { type Runtime } from '../platform/browser.ts';
import { onEffectiveSettingsChanged } from '../settings/managed-store.ts';
import { activeTabId } from './active-tab.ts';
import { setAutoMark, syncAutoMark } from './auto-mark-registry.ts';
import { onCommand } from './commands.ts';
import { createMenus, onMenuClicked } from './context-menus.ts';
import { handleRequest, isRequest } from './handle-request.ts';
import { markTab, showSelection } from './inject.ts';
import { isOverlayMessage } from '../content/overlay-messages.ts';
import { relayFrames } from './relay-frames.ts';

const logFailure = (what: string) => (error: unknown) => console.warn(`offline-im: ${what} failed`, error);

browser.runtime.onInstalled.addListener(() => {
  createMenus().catch(logFailure('creating menus'));
  syncAutoMark().catch(logFailure('auto-mark sync'));
});
browser.runtime.onStartup.addListener(() => {
  syncAutoMark().catch(logFailure('auto-mark sync'));
});
browser.permissions.onRemoved.addListener(() => {
  syncAutoMark().catch(logFailure('auto-mark sync'));
});
// The user's settings or the organisation's policy (storage.managed) changed.
onEffectiveSettingsChanged(() => {
  syncAutoMark().catch(logFailure('auto-mark sync'));
});

browser.contextMenus.onClicked.addListener((info, tab) => {
  onMenuClicked(info, tab).catch(logFailure('context menu'));
});
browser.commands.onCommand.addListener((command, tab) => {
  onCommand(command, tab).catch(logFailure('shortcut'));
});

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  // Only our own pages and content scripts talk to the background; anything else gets no answer.
  if (sender.id !== browser.runtime.id) return undefined;
  if (sender.tab && isOverlayMessage(message)) {
    relayFrames(message, sender).catch(logFailure('frame relay'));
    return undefined;
  }
  if (!isRequest(message)) return undefined;
  return handleRequest(message);
});

// For end-to-end tests and bench-overlay, which drive the handlers from the
// worker (a real context-menu click or key press cannot be automated).
// Reachable only from the extension's own background context, and left out
// of release builds (__TEST_HOOKS__ is false there: scripts/build-options.mjs).
if (__TEST_HOOKS__) {
  (globalThis as Record<string, unknown>).__offlineImBackground = {
    markTab,
    showSelection,
    onMenuClicked,
    onCommand,
    createMenus,
    setAutoMark,
    syncAutoMark,
    activeTabId,
  };
}
