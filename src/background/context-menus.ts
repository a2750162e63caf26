// Context menu: "Check selected builds" on a selection, "Mark builds on this
// page" on a page. Both act on the clicked tab through the activeTab grant
// that the menu click gives.
import { LAST_SELECTION_KEY, type LastSelection } from '../messaging.ts';
import browser, { type Menus, type Tabs } from '../platform/browser.ts';
import { injectionError, markTab, showSelection } from './inject.ts';
import { clearUserNotice, tellUser } from './tell-user.ts';

export const MENU_CHECK_SELECTION = 'check-selection';
export const MENU_MARK_PAGE = 'mark-page';

/** Idempotent: onInstalled runs on install, update and browser update alike. */
export async function createMenus(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({ id: MENU_CHECK_SELECTION, title: browser.i18n.getMessage('menu_check_selection'), contexts: ['selection'] });
  browser.contextMenus.create({ id: MENU_MARK_PAGE, title: browser.i18n.getMessage('menu_mark_page'), contexts: ['page'] });
}

/** Keeps the checked text for the popup to show, even when the page cannot be scripted. */
async function rememberSelection(text: string): Promise<void> {
  const entry: LastSelection = { text, at: Date.now() };
  await browser.storage.session.set({ [LAST_SELECTION_KEY]: entry });
}

export async function onMenuClicked(info: Menus.OnClickData, tab: Tabs.Tab | undefined): Promise<void> {
  const tabId = tab?.id;
  if (info.menuItemId === MENU_CHECK_SELECTION) {
    const text = info.selectionText ?? '';
    if (!text) return;
    await rememberSelection(text);
    if (tabId === undefined || tabId < 0) return;
    try {
      const checked = await showSelection(tabId, info.frameId ?? 0, text);
      if (checked !== text) await rememberSelection(checked);
      await clearUserNotice(tabId);
    } catch (error) {
      // The popup still shows the text (kept above); the toolbar button says why the page could not.
      await tellUser(tabId, injectionError(error));
    }
  } else if (info.menuItemId === MENU_MARK_PAGE && tabId !== undefined && tabId >= 0) {
    const result = await markTab(tabId);
    if (result.ok) await clearUserNotice(tabId);
    else await tellUser(tabId, result.error);
  }
}
