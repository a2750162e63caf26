import browser from '../platform/browser.ts';

/** The tab the user is looking at (no `tabs` permission: only its id is needed). */
export async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return tab?.id;
}
