import browser from '../platform/browser.ts';

// Firefox closes a toolbar popup as soon as it loses focus, and a file dialog
// takes the focus: the picked file would arrive in a popup that no longer
// exists. There, "Open file…" opens this same page in a tab first, where the
// dialog is harmless. Chromium keeps the popup open behind its dialog.

/** The query that marks the page as opened in a tab for picking a file. */
export const FILE_ROUTE_PARAM = 'open-file';

/** True in Firefox's real toolbar popup (not in a tab, where a dialog is harmless). */
export async function fileDialogClosesPopup(): Promise<boolean> {
  const runtime = browser.runtime as { getBrowserInfo?: () => Promise<{ name: string }> };
  if (typeof runtime.getBrowserInfo !== 'function') return false;
  try {
    // getCurrent() answers a tab only when this page is one.
    return (await browser.tabs.getCurrent()) === undefined;
  } catch {
    return false;
  }
}

/** Opens this page in a new tab, ready to pick a file, and closes the popup. */
export async function openFileRouteInTab(): Promise<void> {
  const url = new URL(location.href);
  url.search = `?${FILE_ROUTE_PARAM}`;
  url.hash = '';
  await browser.tabs.create({ url: url.href });
  window.close();
}

/** Whether this page was opened by openFileRouteInTab. */
export function openedForFile(): boolean {
  return new URLSearchParams(location.search).has(FILE_ROUTE_PARAM);
}
