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

test('the Monitoring report is marked in Firefox, with the engine verdicts', async () => {
  const report = await browser.newPage();
  await report.setViewport({ width: 1280, height: 760 });
  await report.goto(`${server.url}/client-version-summary.html`);
  const pristine = await report.evaluate(() => document.documentElement.outerHTML);
  const ext = await extensionPage();
  const result = await callBackground<{ ok: boolean; marked: number }>(ext, 'markTab', 'client-version-summary');
  expect(result).toEqual({ ok: true, marked: 16 });

  const agents = await report.$$eval('#report tbody tr td:first-child', (cells) => cells.map((c) => c.textContent ?? ''));
  const expected = agents.map((a) => scan(a).findings[0]!).map((f) => [f.version, f.verdicts.online, f.verdicts.onprem]);
  const badges = await report.$$eval('[data-offline-im="badge"]', (els) =>
    els.map((el) => {
      const host = el as HTMLElement;
      return [host.dataset.version, host.dataset.online, host.dataset.onprem, host.closest('td')?.cellIndex];
    }),
  );
  expect(badges.map((b) => b.slice(0, 3))).toEqual(expected);
  expect(badges.every((b) => b[3] === 0)).toBe(true);

  // Styles reach the shadow roots in Firefox too (adoptedStyleSheets from a content script).
  const look = await report.evaluate(() => {
    const button = document.querySelector('[data-offline-im="badge"]')!.shadowRoot!.querySelector('button')!;
    const cs = getComputedStyle(button);
    return { radius: cs.borderTopLeftRadius, display: cs.display, text: button.textContent, icon: !!button.querySelector('svg') };
  });
  expect(look.radius).not.toBe('0px');
  expect(look.display).toBe('inline-flex');
  expect(look.icon).toBe(true);
  expect(await report.evaluate(() => document.querySelector('offline-im-chip')?.shadowRoot?.textContent ?? '')).toContain('Builds marked: 16');
  await report.bringToFront();
  await report.screenshot({ path: `${ARTIFACTS}/overlay-firefox.png` });

  // Again: nothing added. Then "Remove marks" restores the page.
  expect(await callBackground(ext, 'markTab', 'client-version-summary')).toEqual({ ok: true, marked: 16 });
  expect(await report.$$eval('[data-offline-im="badge"]', (els) => els.length)).toBe(16);
  await report.evaluate(() => document.querySelector('offline-im-chip')!.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="remove-marks"]')!.click());
  expect(await report.evaluate(() => document.documentElement.outerHTML)).toBe(pristine);
  await ext.close();
});

test('the strict-CSP page is marked in Firefox, fields untouched', async () => {
  const page = await browser.newPage();
  await page.goto(`${server.url}/hostile.html`);
  const ext = await extensionPage();
  const result = await callBackground<{ ok: boolean; marked: number }>(ext, 'markTab', 'hostile.html');
  expect(result).toEqual({ ok: true, marked: 6 });
  const where = await page.$$eval('[data-offline-im="badge"]', (els) => els.map((el) => el.closest('[id]')?.id));
  expect(where).toEqual(['markup', 'entity', 'split-b', 'split-deep', 'two', 'two']);
  const radius = await page.evaluate(
    () => getComputedStyle(document.querySelector('[data-offline-im="badge"]')!.shadowRoot!.querySelector('button')!).borderTopLeftRadius,
  );
  expect(radius).not.toBe('0px');
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
