// The options page in real Chromium, without any organisation policy:
// keyboard use, saving, and removing an auto-mark site through the real
// background worker.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { ARTIFACTS, launchChromium, type ExtensionBrowser } from './harness.ts';
import { axeViolations } from './options-axe.ts';

type PageChrome = {
  chrome: {
    storage: { local: { get(key: string): Promise<Record<string, unknown>>; set(v: Record<string, unknown>): Promise<void> }; managed: { get(): Promise<unknown> } };
  };
};

let b: ExtensionBrowser;
let page: Page;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  // The background keeps a site only while its permission is granted, and a
  // test cannot answer Chromium's permission prompt: the test copy is
  // installed with those host permissions already granted. Chromium never
  // removes install-time permissions, so the removal is checked by recording
  // the call the page makes (with the real API underneath).
  b = await launchChromium({ stage: { hostPermissions: ['https://reports.contoso.com/*', 'http://127.0.0.1/*'] } });
  page = await b.context.newPage();
  await page.goto(`chrome-extension://${b.extensionId}/dist/options.html`);
  await page.evaluate(() =>
    (globalThis as unknown as PageChrome).chrome.storage.local.set({
      settings: { version: 1, mailbox: 'both', problemsOnly: false, autoMarkSites: ['https://reports.contoso.com', 'http://127.0.0.1:8080'] },
    }),
  );
  await page.reload();
  await page.waitForSelector('input[name="mailbox"]');
});
afterAll(async () => {
  await b?.close();
});

const stored = async () =>
  ((await page.evaluate(() => (globalThis as unknown as PageChrome).chrome.storage.local.get('settings'))).settings as { mailbox: string; problemsOnly: boolean; autoMarkSites: string[] });

test('no policy: nothing is locked', async () => {
  expect(await page.evaluate(() => (globalThis as unknown as PageChrome).chrome.storage.managed.get())).toEqual({});
  expect(await page.locator('input:disabled').count()).toBe(0);
  expect(await page.innerText('main')).not.toContain('Set by your organisation');
  expect(await page.title()).toBe('Offline IM Build Checker: settings');
});

test('keyboard only: Tab to the mailbox group, arrows choose, Space toggles the filter', async () => {
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe('both');
  // A visible focus ring, not only the browser default being possibly hidden.
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  expect(outline).toBe('solid');
  await page.keyboard.press('ArrowUp');
  await expect.poll(async () => (await stored()).mailbox).toBe('onprem');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await expect.poll(async () => (await stored()).problemsOnly).toBe(true);
  expect(await page.innerText('[role="status"]')).toBe('Saved.');
  await page.screenshot({ path: join(ARTIFACTS, 'options-light.png'), fullPage: true });
});

test('Remove goes through the real background and leaves the other site', async () => {
  await page.evaluate(() => {
    const g = globalThis as unknown as { removed: unknown[]; chrome?: { permissions: { remove: (p: unknown) => unknown } }; browser?: { permissions: { remove: (p: unknown) => unknown } } };
    g.removed = [];
    for (const api of [g.chrome, g.browser]) {
      if (!api?.permissions) continue;
      const original = api.permissions.remove.bind(api.permissions);
      api.permissions.remove = (p: unknown) => {
        g.removed.push(p);
        return original(p);
      };
    }
  });
  await page.getByRole('button', { name: 'Remove https://reports.contoso.com and its access' }).focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('[role="status"]')?.textContent?.includes('removed'));
  expect(await page.innerText('[role="status"]')).toBe('https://reports.contoso.com removed; the extension no longer has access to it.');
  expect((await stored()).autoMarkSites).toEqual(['http://127.0.0.1:8080']);
  expect(await page.evaluate(() => (globalThis as unknown as { removed: unknown[] }).removed)).toContainEqual({ origins: ['https://reports.contoso.com/*'] });
  expect(await page.locator('.sites li').count()).toBe(1);
  expect(b.externalRequests).toEqual([]);
});

test('dark mode follows the system', async () => {
  await page.emulateMedia({ colorScheme: 'dark' });
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).toBe('rgb(22, 25, 29)');
  await page.screenshot({ path: join(ARTIFACTS, 'options-dark.png'), fullPage: true });
});

test('axe-core: no serious or critical violation, light and dark', async () => {
  expect(await axeViolations(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: 'light' });
  expect(await axeViolations(page)).toEqual([]);
});

test('first open: the page has content at once (not blank while storage.managed answers), at its own base font size', async () => {
  const fresh = await b.context.newPage();
  const started = Date.now();
  await fresh.goto(`chrome-extension://${b.extensionId}/dist/options.html`, { waitUntil: 'commit' });
  await fresh.waitForSelector('h1');
  const firstContent = Date.now() - started;
  const paint = await fresh.evaluate(() => performance.getEntriesByType('paint').map((e) => `${e.name} ${Math.round(e.startTime)} ms`).join(', '));
  console.log(`options page: heading after ${firstContent} ms from navigation; ${paint}`);
  // Chromium's extension stylesheet says body { font-size: 75% }; the page sets its own.
  expect(await fresh.evaluate(() => getComputedStyle(document.body).fontSize)).toBe('15px');
  expect(await fresh.evaluate(() => getComputedStyle(document.querySelector('legend')!).fontSize)).not.toBe('11.25px');
  await fresh.close();
});
