// Helpers for the page-overlay end-to-end tests: mark through the real popup,
// drive the background's handlers in the service worker, read badges.
import type { Page, Worker } from 'playwright-core';
import { clickToolbarButton, type ExtensionBrowser } from './harness.ts';

export interface BadgeInfo {
  version: string;
  online: string;
  onprem: string;
  /** id of the closest element with an id, and the cell the badge sits in. */
  cellText: string;
  before: string;
  after: string;
  label: string;
  hasIcon: boolean;
}

/** Which path marked the page: the popup's real button (found by hook or label) or the message it sends. */
export type MarkPath = 'button[data-action=mark-page]' | 'button (by label)' | 'runtime.sendMessage from the popup';

/**
 * Toolbar click (grants activeTab, opens the real popup), then the popup's
 * "Mark builds on this page" button; falls back to the message that button sends.
 */
export async function markThroughPopup(b: ExtensionBrowser, page: Page): Promise<{ path: MarkPath; status: string }> {
  const popup = await clickToolbarButton(b, page);
  await popup.waitFor('document.querySelectorAll("button").length > 0');
  const found = await popup.evaluate<string | null>(`(() => {
    const hook = document.querySelector('[data-action="mark-page"]');
    const label = chrome.i18n.getMessage('popup_mark_page');
    const byLabel = [...document.querySelectorAll('button')].find((b) => label && b.textContent.trim() === label);
    const button = hook || byLabel;
    if (!button) return null;
    button.click();
    return hook ? 'button[data-action=mark-page]' : 'button (by label)';
  })()`);
  let status: string;
  let path: MarkPath;
  if (found) {
    path = found as MarkPath;
    status = await popup.waitFor<string>(
      `(() => { const s = document.querySelector('[data-testid="page-status"]'); return s && s.textContent.trim(); })()`,
      30_000,
    );
  } else {
    path = 'runtime.sendMessage from the popup';
    status = JSON.stringify(await popup.evaluate(`chrome.runtime.sendMessage({ type: 'mark-active-tab' })`));
  }
  await popup.close();
  return { path, status };
}

export function serviceWorker(b: ExtensionBrowser): Worker {
  const sw = b.context.serviceWorkers()[0];
  if (!sw) throw new Error('no service worker');
  return sw;
}

/** Calls a handler the background exposes for tests (globalThis.__offlineImBackground). */
export function callBackground<T>(b: ExtensionBrowser, name: string, ...args: unknown[]): Promise<T> {
  return serviceWorker(b).evaluate(
    ([fn, list]) => (globalThis as unknown as Record<string, Record<string, (...a: unknown[]) => unknown>>).__offlineImBackground![fn]!(...list),
    [name, args] as [string, unknown[]],
  ) as Promise<T>;
}

export async function activeTabId(b: ExtensionBrowser, page: Page): Promise<number> {
  await page.bringToFront();
  const id = await callBackground<number | undefined>(b, 'activeTabId');
  if (id === undefined) throw new Error('no active tab');
  return id;
}

export function badgeCount(page: Page | import('playwright-core').Frame): Promise<number> {
  return page.evaluate(() => document.querySelectorAll('[data-offline-im="badge"]').length);
}

export async function waitForBadges(page: Page | import('playwright-core').Frame, atLeast: number): Promise<number> {
  await page.waitForFunction((n) => document.querySelectorAll('[data-offline-im="badge"]').length >= n, atLeast, { timeout: 30_000 });
  return badgeCount(page);
}

export function readBadges(page: Page | import('playwright-core').Frame): Promise<BadgeInfo[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-offline-im="badge"]')].map((el) => {
      const button = el.shadowRoot?.querySelector('button');
      return {
        version: el.dataset.version ?? '',
        online: el.dataset.online ?? '',
        onprem: el.dataset.onprem ?? '',
        cellText: el.closest('td, th, dd, p, li')?.textContent ?? '',
        before: el.previousSibling?.textContent ?? '',
        after: el.nextSibling?.textContent ?? '',
        label: button?.textContent ?? '',
        hasIcon: !!button?.querySelector('svg'),
      };
    }),
  );
}
