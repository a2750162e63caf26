// Keyboard shortcut (manifest "mark-builds", Alt+Shift+B): same as the popup's
// "Mark builds on this page". The shortcut grants activeTab like a click.
import type { MarkResponse } from '../messaging.ts';
import type { Tabs } from '../platform/browser.ts';
import { activeTabId } from './active-tab.ts';
import { markTab } from './inject.ts';

export async function onCommand(command: string, tab?: Tabs.Tab): Promise<MarkResponse | undefined> {
  if (command !== 'mark-builds') return undefined;
  const tabId = tab?.id ?? (await activeTabId());
  if (tabId === undefined) return { ok: false, error: 'bg_error_no_tab' };
  const result = await markTab(tabId);
  if (!result.ok) console.warn('offline-im:', result.error);
  return result;
}
