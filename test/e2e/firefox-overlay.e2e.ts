// The page overlay in Firefox (event-page background, same built files):
// a staged test copy with a 127.0.0.1 host permission (automation cannot
// grant activeTab in Firefox) marks the demo report through the background's
// markTab, called from the extension's popup page, and per-site auto-mark
// registers its content script there. puppeteer-core over
// WebDriver BiDi (docs/browser-testing.md).
import { rmSync } from 'node:fs';
import type { Browser, Page } from 'puppeteer-core';
import type { Browser as Ext } from 'webextension-polyfill';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { scan } from '../../src/core/index.ts';
import { ARTIFACTS, serveFixtures, stageExtension, type FixtureServer } from './harness.ts';
import { GECKO_ID, launchFirefox, openExtensionPage } from './firefox.ts';

const UUID = '0c3e5a8d-7f21-4b9c-8e44-5d2a9b61c7f0';
const POPUP = `moz-extension://${UUID}/dist/popup.html`;

let browser: Browser;
let dir: string;
let server: FixtureServer;
beforeAll(async () => {
  server = await serveFixtures();
  dir = stageExtension({ hostPermissions: ['http://127.0.0.1/*'] });
  browser = await launchFirefox(dir, UUID, GECKO_ID);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

function extensionPage(): Promise<Page> {
  return openExtensionPage(browser, POPUP, "typeof globalThis.browser === 'object' && document.readyState === 'complete'");
}

/** Calls a background handler (the event page's test hook) from an extension page, for the tab showing `urlPart`. */
function callBackground<T>(ext: Page, name: string, urlPart: string, ...rest: unknown[]): Promise<T> {
  return ext.evaluate(
    async (fn, part, more) => {
      const api = (globalThis as unknown as { browser: Ext }).browser;
      // The event page may still be starting, and a new tab's URL may show up a moment late: retry briefly.
      let problem = '';
      for (let attempt = 0; attempt < 50; attempt++) {
        const tabs = await api.tabs.query({});
        const tab = tabs.find((t) => t.url?.includes(part));
        const bg = (await api.runtime.getBackgroundPage().catch(() => null)) as unknown as {
          __offlineImBackground?: Record<string, (...a: unknown[]) => unknown>;
        } | null;
        if (tab?.id !== undefined && bg?.__offlineImBackground) return bg.__offlineImBackground[fn]!(tab.id, ...more);
        problem = tab?.id === undefined ? `no tab for ${part}: ${tabs.map((t) => t.url).join(', ')}` : 'background test hook not ready';
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error(problem);
    },
    name,
    urlPart,
    rest,
  ) as Promise<T>;
}

/** The page's own tree: everything but the extension's layer. */
const pageTree = () =>
  [...document.documentElement.childNodes]
    .filter((n) => !(n instanceof HTMLElement && n.dataset.offlineIm === 'layer'))
    .map((n) => (n instanceof Element ? n.outerHTML : n.textContent))
    .join('');

/** Each badge: its mirror attributes, the id of the element whose text ends just left of it, and its size. */
const badgesWithText = () =>
  [...document.querySelectorAll<HTMLElement>('[data-offline-im="badge"]')].map((el) => {
    const r = el.getBoundingClientRect();
    const caret = (document as unknown as { caretPositionFromPoint(x: number, y: number): { offsetNode: Node; offset: number } | null }).caretPositionFromPoint(
      r.left - 2,
      r.top + r.height / 2,
    );
    const node = caret?.offsetNode;
    const text = node && node.nodeType === 3 ? (node as Text).data.slice(Math.max(0, caret!.offset - 14), caret!.offset + 1) : '';
    const version = el.dataset.version ?? '';
    return {
      version,
      online: el.dataset.online,
      onprem: el.dataset.onprem,
      follows: text.includes(version.slice(-3)),
      id: node?.parentElement?.closest('[id]')?.id ?? '',
      width: r.width,
      inLayer: el.parentElement?.previousElementSibling === document.body,
    };
  });

test('the Monitoring report is marked in Firefox, with the engine verdicts, without touching the page', async () => {
  const report = await browser.newPage();
  await report.setViewport({ width: 1280, height: 900 });
  await report.goto(`${server.url}/client-version-summary.html`);
  const pristine = await report.evaluate(pageTree);
  const ext = await extensionPage();
  const result = await callBackground<{ ok: boolean; marked: number }>(ext, 'markTab', 'client-version-summary');
  expect(result).toEqual({ ok: true, marked: 16 });
  await report.bringToFront();
  await report.waitForFunction(() => document.querySelectorAll('[data-offline-im="badge"]').length === 16, { timeout: 15_000 });

  const agents = await report.$$eval('#report tbody tr td:first-child', (cells) => cells.map((c) => c.textContent ?? ''));
  const expected = agents.map((a) => scan(a).findings[0]!).map((f) => [f.version, f.verdicts.online, f.verdicts.onprem]);
  const badges = await report.evaluate(badgesWithText);
  expect(badges.map((b) => [b.version, b.online, b.onprem])).toEqual(expected);
  expect(badges.filter((b) => !b.follows)).toEqual([]);
  // Styled (constructed stylesheets reach our closed shadow roots in Firefox too), in our layer.
  expect(badges.every((b) => b.width > 40 && b.inLayer)).toBe(true);
  expect(await report.evaluate(pageTree)).toBe(pristine);
  await report.waitForFunction(() => document.querySelector('[data-offline-im="chip"]')?.getAttribute('data-total') === '16');
  await report.screenshot({ path: `${ARTIFACTS}/overlay-firefox.png` });

  // Again (the shortcut's way: focus goes to the chip): nothing added. Then the keyboard reaches "Remove marks".
  expect(await callBackground(ext, 'markTab', 'client-version-summary', true)).toEqual({ ok: true, marked: 16 });
  await report.bringToFront();
  expect(await report.$$eval('[data-offline-im="badge"]', (els) => els.length)).toBe(16);
  expect(await report.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.offlineIm)).toBe('chip');
  // From the mailbox switch: "Next update needed", then "Remove marks".
  await report.keyboard.press('Tab');
  await report.keyboard.press('Tab');
  await report.keyboard.press('Enter');
  await report.waitForFunction(() => !document.querySelector('[data-offline-im]'));
  expect(await report.evaluate(pageTree)).toBe(pristine);
  expect(await report.evaluate(() => document.activeElement?.localName)).not.toBe('body');
  await ext.close();
});

test('the strict-CSP page is marked in Firefox, fields untouched', async () => {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(`${server.url}/hostile.html`);
  const pristine = await page.evaluate(pageTree);
  const ext = await extensionPage();
  const result = await callBackground<{ ok: boolean; marked: number }>(ext, 'markTab', 'hostile.html');
  expect(result).toEqual({ ok: true, marked: 6 });
  await page.bringToFront();
  await page.waitForFunction(() => document.querySelectorAll('[data-offline-im="badge"]').length === 6, { timeout: 15_000 });
  const badges = await page.evaluate(badgesWithText);
  expect(badges.map((b) => b.id)).toEqual(['markup', 'entity', 'split-b', 'split-deep', 'two', 'two']);
  expect(badges.every((b) => b.width > 40)).toBe(true);
  expect(await page.evaluate(pageTree)).toBe(pristine);
  await ext.close();
});

test('"Always mark builds on this site" in Firefox: a registered script marks the next visit; turned off, it does not', async () => {
  const ext = await extensionPage();
  const send = (enabled: boolean) =>
    ext.evaluate((origin, on) => (globalThis as unknown as { browser: Ext }).browser.runtime.sendMessage({ type: 'set-auto-mark', origin, enabled: on }), server.url, enabled);
  const registered = () =>
    ext.evaluate(async () => (await (globalThis as unknown as { browser: Ext }).browser.scripting.getRegisteredContentScripts()).map((s) => [s.id, s.matches]));
  expect(await send(true)).toEqual({ ok: true });
  // Firefox match patterns carry no port.
  expect(await registered()).toEqual([[`auto-mark:${server.url}`, ['http://127.0.0.1/*']]]);

  const visit = await browser.newPage();
  await visit.goto(`${server.url}/client-version-summary.html`);
  await visit.setViewport({ width: 1280, height: 900 });
  await visit.bringToFront();
  await visit.waitForFunction(() => document.querySelectorAll('[data-offline-im="badge"]').length === 16, { timeout: 15_000 });
  await visit.close();

  expect(await send(false)).toEqual({ ok: true });
  expect(await registered()).toEqual([]);
  const next = await browser.newPage();
  await next.goto(`${server.url}/client-version-summary.html`);
  await new Promise((r) => setTimeout(r, 1500));
  expect(await next.evaluate(() => document.querySelectorAll('[data-offline-im]').length)).toBe(0);
  await next.close();
  await ext.close();
});
