// "Always mark builds on this site" in real Chromium: the background registers
// a persistent content script for the origin, which marks the page on every
// visit in its auto-mark mode; turning it off (or removing the site from the
// settings elsewhere) unregisters it. A staged copy holds a loopback host
// permission: automation cannot answer the permission prompt.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchChromium, popupUrl, serveFixtures, type ExtensionBrowser, type FixtureServer } from './harness.ts';
import { badgeCount, callBackground, serviceWorker, waitForBadges } from './overlay-helpers.ts';

// The extension API as seen inside the evaluated functions (they run in the browser, not in node).
declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  scripting: { getRegisteredContentScripts(): Promise<Array<{ id: string; matches?: string[]; js?: string[] }>> };
  storage: { local: { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> } };
};

let b: ExtensionBrowser;
let server: FixtureServer;
let extPage: Page;
beforeAll(async () => {
  server = await serveFixtures();
  b = await launchChromium({ stage: { hostPermissions: ['http://127.0.0.1/*'] } });
  extPage = await b.context.newPage();
  await extPage.goto(popupUrl(b));
});
afterAll(async () => {
  await b?.close();
  await server?.close();
});

/** What the popup's toggle sends after it obtained the permission. */
const send = (request: unknown) => extPage.evaluate((r) => chrome.runtime.sendMessage(r), request);
const registered = () =>
  serviceWorker(b).evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).map((s) => ({ id: s.id, matches: s.matches, js: s.js })));
const sites = () => serviceWorker(b).evaluate(async () => ((await chrome.storage.local.get('settings')).settings as { autoMarkSites?: string[] })?.autoMarkSites);

async function visit(name: string): Promise<Page> {
  const page = await b.context.newPage();
  await page.goto(`${server.url}/${name}`);
  return page;
}

test('turning it on registers a script for that origin only, and pages there are marked on load', async () => {
  expect(await send({ type: 'set-auto-mark', origin: server.url, enabled: true })).toEqual({ ok: true });
  expect(await registered()).toEqual([{ id: `auto-mark:${server.url}`, matches: [`${server.url}/*`], js: ['dist/content.js'] }]);
  expect(await sites()).toEqual([server.url]);
  const page = await visit('client-version-summary.html');
  expect(await waitForBadges(page, 16)).toBe(16);
  // Lazy rows on an auto-marked site are marked as they arrive too.
  const lazy = await visit('admin-center.html');
  await lazy.setViewportSize({ width: 1280, height: 3000 });
  await lazy.waitForFunction(() => Number(document.documentElement.dataset.loaded) >= 16);
  // Badges are drawn for the rows on screen (all of them at this height), in the extension's layer.
  await lazy.waitForFunction(() => document.querySelectorAll('[data-offline-im="badge"]').length >= document.querySelectorAll('#rows tr').length);
  await page.close();
  await lazy.close();
});

test('bad origins and origins without a permission are refused with a message key', async () => {
  expect(await send({ type: 'set-auto-mark', origin: 'ftp://files.contoso.com', enabled: true })).toEqual({ ok: false, error: 'bg_error_bad_origin' });
  expect(await send({ type: 'set-auto-mark', origin: 'https://contoso.com/path', enabled: true })).toEqual({ ok: false, error: 'bg_error_bad_origin' });
  expect(await send({ type: 'set-auto-mark', origin: 'https://reports.contoso.com', enabled: true })).toEqual({ ok: false, error: 'bg_error_no_permission' });
  expect(await sites()).toEqual([server.url]);
});

test('turning it off unregisters the script: the next visit is not marked', async () => {
  expect(await send({ type: 'set-auto-mark', origin: server.url, enabled: false })).toEqual({ ok: true });
  expect(await registered()).toEqual([]);
  expect(await sites()).toEqual([]);
  const page = await visit('client-version-summary.html');
  await page.waitForTimeout(1500);
  expect(await badgeCount(page)).toBe(0);
  await page.close();
});

test('startup sync follows the settings and the granted permissions', async () => {
  // A site saved by another surface (options page import) gets its script on sync…
  await serviceWorker(b).evaluate((origin) => chrome.storage.local.set({ settings: { version: 1, mailbox: 'both', problemsOnly: false, autoMarkSites: [origin] } }), server.url);
  await callBackground(b, 'syncAutoMark');
  expect((await registered()).map((s) => s.id)).toEqual([`auto-mark:${server.url}`]);
  // …a site without a permission is dropped from the settings…
  await serviceWorker(b).evaluate(
    (origin) => chrome.storage.local.set({ settings: { version: 1, mailbox: 'both', problemsOnly: false, autoMarkSites: [origin, 'https://reports.contoso.com'] } }),
    server.url,
  );
  await callBackground(b, 'syncAutoMark');
  expect(await sites()).toEqual([server.url]);
  // …and removing a site from the settings removes its script.
  await serviceWorker(b).evaluate(() => chrome.storage.local.set({ settings: { version: 1, mailbox: 'both', problemsOnly: false, autoMarkSites: [] } }));
  await callBackground(b, 'syncAutoMark');
  expect(await registered()).toEqual([]);
  expect(b.externalRequests).toEqual([]);
});
