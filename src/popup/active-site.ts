import browser from '../platform/browser.ts';

/** The active tab's origin when it is an http(s) page (tab.url is readable under the popup's activeTab grant). */
export async function activeSiteOrigin(): Promise<string | undefined> {
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (!tab?.url) return undefined;
    const url = new URL(tab.url);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : undefined;
  } catch {
    return undefined;
  }
}
