// Organisation settings and the options page in Firefox: a 3rdparty policy in
// Firefox's distribution/policies.json reaches the extension as
// storage.managed. The policy file affects every Firefox on this machine, so
// it targets a test-only gecko id (other tests' copies are untouched), is
// written in beforeAll and removed in afterAll.
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { ARTIFACTS, stageExtension } from './harness.ts';
import { launchFirefox, openExtensionPage } from './firefox.ts';

const POLICY_FILE = '/usr/lib/firefox-esr/distribution/policies.json';
const GECKO_ID = 'managed-e2e@offline-im-tools.example';
const UUID = '3c9a7f10-5d2b-4e8f-a6c1-9b0d2e4f6a85';
const OPTIONS = `moz-extension://${UUID}/dist/options.html`;
const POLICY = { defaultMailbox: 'online', disableAutoMark: true };

let browser: Browser | undefined;
let dir: string | undefined;
let wrote = false;

beforeAll(async () => {
  // Never overwrite an administrator's real policy file.
  if (existsSync(POLICY_FILE)) throw new Error(`${POLICY_FILE} exists already; not replacing it`);
  mkdirSync(ARTIFACTS, { recursive: true });
  writeFileSync(POLICY_FILE, JSON.stringify({ policies: { '3rdparty': { Extensions: { [GECKO_ID]: POLICY } } } }, null, 2));
  wrote = true;
  dir = stageExtension({
    patchManifest: (m) => {
      (m.browser_specific_settings as { gecko: { id: string } }).gecko.id = GECKO_ID;
    },
  });
  browser = await launchFirefox(dir, UUID, GECKO_ID);
});
afterAll(async () => {
  await browser?.close();
  if (wrote) rmSync(POLICY_FILE, { force: true });
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function openOptions(): Promise<Page> {
  return openExtensionPage(browser!, OPTIONS, `document.querySelector('input[name="mailbox"]')`, { width: 900, height: 900 });
}

test('the 3rdparty policy arrives as storage.managed and the options page locks it', async () => {
  const page = await openOptions();
  await page.waitForFunction(() => (document.querySelector('input[value="online"]') as HTMLInputElement | null)?.checked === true, { timeout: 15_000 });
  const managed = await page.evaluate(() => (globalThis as unknown as { browser: { storage: { managed: { get(): Promise<unknown> } } } }).browser.storage.managed.get());
  expect(managed).toEqual(POLICY);
  const radios = await page.$$eval('input[name="mailbox"]', (els) => els.map((e) => [(e as HTMLInputElement).value, (e as HTMLInputElement).checked, (e as HTMLInputElement).disabled]));
  expect(radios).toEqual([
    ['online', true, true],
    ['onprem', false, true],
    ['both', false, true],
  ]);
  const text = await page.$eval('main', (m) => (m as HTMLElement).innerText);
  expect(text).toContain('Set by your organisation');
  expect(text).toContain('Per-site auto-mark is turned off.');
  await page.screenshot({ path: join(ARTIFACTS, 'options-managed-firefox.png'), fullPage: true });
  await page.close();
});

test('the unlocked filter still saves', async () => {
  const page = await openOptions();
  await page.click('input[type="checkbox"]');
  await page.waitForFunction(() => document.querySelector('[role="status"]')?.textContent === 'Saved.');
  const stored = await page.evaluate(() =>
    (globalThis as unknown as { browser: { storage: { local: { get(k: string): Promise<Record<string, { problemsOnly: boolean; mailbox: string }>> } } } }).browser.storage.local.get('settings'),
  );
  expect(stored.settings!.problemsOnly).toBe(true);
  await page.close();
});
