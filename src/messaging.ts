// The contract between the popup, the options page, the background worker and
// the content script. Only plain data crosses it.
import type { MessageKey } from './message-key.ts';
import browser from './platform/browser.ts';

export type Request =
  /** Popup button / shortcut: mark builds in the active tab (uses the activeTab grant). */
  | { type: 'mark-active-tab' }
  /** Popup toggle, after the popup obtained (or before it removes) the origin permission. */
  | { type: 'set-auto-mark'; origin: string; enabled: boolean };

export type MarkResponse = { ok: true; marked: number } | { ok: false; error: MessageKey };
export type AutoMarkResponse = { ok: true } | { ok: false; error: MessageKey };

export interface ResponseOf {
  'mark-active-tab': MarkResponse;
  'set-auto-mark': AutoMarkResponse;
}

export function sendRequest<R extends Request>(request: R): Promise<ResponseOf[R['type']]> {
  return browser.runtime.sendMessage<R, ResponseOf[R['type']]>(request);
}

/** storage.session key: the last text checked through the context menu, for the popup to show. */
export const LAST_SELECTION_KEY = 'lastSelection';
export interface LastSelection {
  text: string;
  /** Date.now() when it was checked. */
  at: number;
}
