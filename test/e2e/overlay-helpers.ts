// Helpers for the page-overlay end-to-end tests: mark through the real popup,
// drive the background's handlers in the service worker, read badges.
import type { Page, Worker } from 'playwright-core';
import { clickToolbarButton, type ExtensionBrowser } from './harness.ts';

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

/** What a badge host mirrors (the contract) and where it sits next to its build's text. */
export interface DrawnBadge {
  version: string;
  online: string;
  onprem: string;
  /** The badge's box, and the box of the text it follows (found by its version in the page's text). */
  box: { left: number; top: number; right: number; bottom: number };
  inLayer: boolean;
}

export function drawnBadges(page: Page | import('playwright-core').Frame): Promise<DrawnBadge[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-offline-im="badge"]')].map((el) => {
      const r = el.getBoundingClientRect();
      return {
        version: el.dataset.version ?? '',
        online: el.dataset.online ?? '',
        onprem: el.dataset.onprem ?? '',
        box: { left: r.left, top: r.top, right: r.right, bottom: r.bottom },
        inLayer: el.parentElement?.parentElement === document.documentElement && el.parentElement.previousElementSibling === document.body,
      };
    }),
  );
}

/**
 * Evaluates `expression` in the extension's isolated world of `page`'s main
 * frame (or of the frame whose URL contains `frameUrl`): there,
 * chrome.dom.openOrClosedShadowRoot() opens the overlay's closed shadow roots,
 * which the page itself cannot.
 */
export async function inExtensionWorld<T>(page: Page, b: ExtensionBrowser, expression: string, frameUrl?: string): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  const contexts: Array<{ id: number; origin: string; auxData?: { frameId?: string; type?: string } }> = [];
  cdp.on('Runtime.executionContextCreated', (event) => contexts.push(event.context as never));
  await cdp.send('Runtime.enable');
  const { frameTree } = (await cdp.send('Page.getFrameTree')) as unknown as {
    frameTree: { frame: { id: string; url: string }; childFrames?: Array<{ frame: { id: string; url: string } }> };
  };
  const frames = [frameTree.frame, ...(frameTree.childFrames ?? []).map((c) => c.frame)];
  const frame = frameUrl ? frames.find((f) => f.url.includes(frameUrl)) : frameTree.frame;
  const context = contexts.find((c) => c.auxData?.frameId === frame?.id && c.auxData?.type === 'isolated' && c.origin.includes(b.extensionId));
  if (!context) throw new Error('no extension world in this frame');
  const r = (await cdp.send('Runtime.evaluate', { expression, contextId: context.id, awaitPromise: true, returnByValue: true })) as {
    result: { value: T };
    exceptionDetails?: { text: string; exception?: { description?: string } };
  };
  await cdp.detach();
  if (r.exceptionDetails) throw new Error(`extension world: ${r.exceptionDetails.exception?.description ?? r.exceptionDetails.text}`);
  return r.result.value;
}

/** An expression (for inExtensionWorld) that opens a closed shadow root of the element `selector` finds. */
export const shadowOf = (selector: string) => `chrome.dom.openOrClosedShadowRoot(document.querySelector(${JSON.stringify(selector)}))`;

/** The chip's text, pills and mailbox, read in the extension's world. */
export function readChip(page: Page, b: ExtensionBrowser): Promise<{ text: string; pills: string[]; mailbox: string; blocked: boolean }> {
  return inExtensionWorld(
    page,
    b,
    `(() => { const root = ${shadowOf('[data-offline-im="chip"]')};
      return { text: root.textContent, pills: [...root.querySelectorAll('[data-verdict]')].map((p) => p.textContent),
        mailbox: root.querySelector('select').value, blocked: !root.querySelector('.banner').hidden }; })()`,
  );
}

/** Clicks (a real mouse click, a trusted event) on an element inside the chip's closed shadow root. */
export async function clickInChip(page: Page, b: ExtensionBrowser, selector: string): Promise<void> {
  const box = await inExtensionWorld<{ x: number; y: number }>(
    page,
    b,
    `(() => { const r = ${shadowOf('[data-offline-im="chip"]')}.querySelector(${JSON.stringify(selector)}).getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 }; })()`,
  );
  await page.mouse.click(box.x, box.y);
}
