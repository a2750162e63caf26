// Firefox smoke test: the popup page of the installed extension checks a
// build, uses its scan worker for a large report, and fits a narrow panel.
// puppeteer-core over WebDriver BiDi (docs/browser-testing.md): no geckodriver here.
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { stageExtension } from './harness.ts';
import { GECKO_ID, launchFirefox, openExtensionPage } from './firefox.ts';

const UUID = '6f1f3c2e-4b7a-4d4e-9a51-0c7d2f1e8b31';
const POPUP = `moz-extension://${UUID}/dist/popup.html`;

let browser: Browser;
let dir: string;
beforeAll(async () => {
  dir = stageExtension();
  browser = await launchFirefox(dir, UUID, GECKO_ID);
});
afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

function openPopupPage(width: number): Promise<Page> {
  return openExtensionPage(browser, POPUP, "document.querySelector('textarea')", { width, height: 700 });
}

test('the popup page checks a build in Firefox', async () => {
  const page = await openPopupPage(420);
  await page.type('textarea', 'UCCAPI/16.0.6920.1000 OC/16.0.6870.2001 (Skype for Business)');
  // Typed key by key: on a busy machine a pause mid-way may scan a part of the line first.
  await page.waitForSelector('li[data-version="16.0.6870.2001"]');
  const row = await page.$eval('li[data-version]', (r) => ({ ...(r as HTMLElement).dataset, text: r.textContent }));
  expect(row).toMatchObject({ version: '16.0.6870.2001', online: 'eligible', onprem: 'upgrade-required' });
  expect(row.text).toContain('Update to 16.0.6920.1000 or later.');
  await page.close();
});

test('a large report file is kept out of the text area and scanned by the worker', async () => {
  const page = await openPopupPage(420);
  const lines = 20_000;
  const file = join(dir, 'report.txt');
  writeFileSync(file, Array.from({ length: lines }, (_, i) => `user${i};OC/16.0.${i % 2 ? '6741.2021' : '17928.20114'}`).join('\r\n'));
  const input = (await page.$('input[type=file]'))!;
  await input.uploadFile(file);
  // The whole file scanned (its first rows show while the rest is read).
  await page.waitForFunction(() => document.querySelectorAll('li[data-version]').length === 2 && document.querySelector('.results-area')?.getAttribute('aria-busy') === 'false', { timeout: 20_000 });
  expect(await page.$eval('[data-testid=large-text]', (e) => e.textContent)).toContain(`${lines.toLocaleString('en')} lines pasted`);
  expect(await page.$('textarea')).toBeNull();
  expect(await page.$eval('.results-area', (e) => (e as HTMLElement).dataset.scannedBy)).toBe('worker');
  await page.close();
});

test('fluid in a narrow (350 px) panel, 420 px at most otherwise', async () => {
  const narrow = await openPopupPage(350);
  await narrow.type('textarea', '16.0.6741.2021\n15.0.4569.1503');
  await narrow.waitForFunction(() => document.querySelectorAll('li[data-version]').length === 2);
  const fit = await narrow.evaluate(() => ({ scroll: document.documentElement.scrollWidth, view: window.innerWidth, body: document.body.getBoundingClientRect().width }));
  expect(fit.scroll).toBeLessThanOrEqual(fit.view);
  expect(fit.body).toBeLessThanOrEqual(350);
  await narrow.close();
  // In a tab (not the toolbar panel) the page is fluid up to 640 px and centred.
  const wide = await openPopupPage(800);
  await wide.waitForFunction(() => document.documentElement.classList.contains('in-tab'));
  expect(await wide.evaluate(() => document.body.getBoundingClientRect().width)).toBe(640);
  await wide.close();
});

// Firefox closes the toolbar panel when a file dialog takes the focus, so the
// popup routes "Open file…" through a tab. The page knows where it runs from
// tabs.getCurrent(): undefined in the panel, a tab here.
test('in a tab, Firefox opens the file dialog directly (no detour); the file route focuses "Open file…"', async () => {
  const page = await openPopupPage(420);
  await page.waitForFunction(() => document.documentElement.classList.contains('in-tab'));
  expect(await page.$eval('.paste-tools button', (b) => (b as HTMLElement).dataset.viaTab)).toBe('false');
  await page.close();
  const routed = await openExtensionPage(browser, `${POPUP}?open-file`, "document.querySelector('.file-route-note')", { width: 420, height: 700 });
  const focused = await routed.evaluate(() => ({ text: document.activeElement?.textContent, cls: document.activeElement?.className }));
  expect(focused.text).toBe('Open file…');
  expect(focused.cls).toContain('button-primary');
  // A file picked here is checked as usual.
  const file = join(dir, 'one.txt');
  writeFileSync(file, 'alice@contoso.com;OC/16.0.6741.2021');
  await (await routed.$('input[type=file]'))!.uploadFile(file);
  await routed.waitForSelector('li[data-version="16.0.6741.2021"]');
  await routed.close();
});
