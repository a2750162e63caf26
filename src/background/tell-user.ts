// When the menu item or the shortcut cannot act (a browser page, a store
// page, no access), the user is told on the toolbar button of that tab: a "!"
// badge and a tooltip with the reason. No extra permission is needed, and the
// browser clears both when the tab navigates.
import type { MessageKey } from '../message-key.ts';
import browser from '../platform/browser.ts';

export async function tellUser(tabId: number | undefined, messageKey: MessageKey): Promise<void> {
  if (tabId === undefined || tabId < 0) return;
  const reason = browser.i18n.getMessage(messageKey) || browser.i18n.getMessage('bg_error_inject_failed');
  const title = `${browser.i18n.getMessage('extName')}: ${reason}`;
  try {
    await browser.action.setBadgeBackgroundColor({ tabId, color: '#b42318' });
    await browser.action.setBadgeText({ tabId, text: '!' });
    await browser.action.setTitle({ tabId, title });
  } catch {
    // The tab closed meanwhile: nobody to tell.
  }
}

/** After a success: the toolbar button goes back to normal for that tab. */
export async function clearUserNotice(tabId: number | undefined): Promise<void> {
  if (tabId === undefined || tabId < 0) return;
  try {
    await browser.action.setBadgeText({ tabId, text: '' });
    await browser.action.setTitle({ tabId, title: '' });
  } catch {
    // The tab closed meanwhile.
  }
}
