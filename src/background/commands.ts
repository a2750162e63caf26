// Keyboard shortcut (manifest "mark-builds", Alt+Shift+J by default: Alt+Shift+B
// opens Firefox's Bookmarks menu instead). Same as the popup's "Mark builds on
// this page", then focus goes to the page's summary chip, so that the shortcut
// also brings a keyboard user back to it. The shortcut grants activeTab like a click.
import type { MarkResponse } from '../messaging.ts';
import type { Tabs } from '../platform/browser.ts';
import { activeTabId } from './active-tab.ts';
import { markTab } from './inject.ts';
import { clearUserNotice, tellUser } from './tell-user.ts';

export async function onCommand(command: string, tab?: Tabs.Tab): Promise<MarkResponse | undefined> {
  if (command !== 'mark-builds') return undefined;
  const tabId = tab?.id ?? (await activeTabId());
  if (tabId === undefined) return { ok: false, error: 'bg_error_no_tab' };
  const result = await markTab(tabId, true);
  if (result.ok) await clearUserNotice(tabId);
  else await tellUser(tabId, result.error);
  return result;
}
