// Organisation settings in real Chromium: a managed-policy file targets the
// extension (fixed id from a fixed "key"), and the options page shows the
// organisation's values locked. The policy file affects every Chromium on
// this machine: written in beforeAll, removed in afterAll.
import { createHash, generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { ARTIFACTS, launchChromium, type ExtensionBrowser } from './harness.ts';
import { axeViolations } from './options-axe.ts';

const POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_FILE = join(POLICY_DIR, 'offline-im-build-checker-e2e.json');

/** Chromium's id for an extension key: SHA-256 of the public key, first 32 hex digits written a–p. */
function extensionIdFor(publicKeyDer: Buffer): string {
  const hex = createHash('sha256').update(publicKeyDer).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const der = publicKey.export({ type: 'spki', format: 'der' });
const KEY = der.toString('base64');
const ID = extensionIdFor(der);

/** The extension page's chrome.storage, typed for the two reads below. */
type PageChrome = { chrome: { storage: { managed: { get(): Promise<unknown> }; local: { get(key: string): Promise<Record<string, unknown>> } } } };

const POLICY = { defaultMailbox: 'onprem', minimumBuild: '16.0.17928.20114', disableAutoMark: true, hideTroubleshooting: true };

let b: ExtensionBrowser | undefined;
/** The topmost folder this test created, if any: removed again afterwards. */
let createdRoot: string | undefined;

beforeAll(async () => {
  for (const dir of ['/etc/chromium', '/etc/chromium/policies', POLICY_DIR]) {
    if (!existsSync(dir)) {
      createdRoot ??= dir;
      mkdirSync(dir);
    }
  }
  writeFileSync(POLICY_FILE, JSON.stringify({ '3rdparty': { extensions: { [ID]: POLICY } } }, null, 2));
  mkdirSync(ARTIFACTS, { recursive: true });
});

afterAll(async () => {
  await b?.close();
  rmSync(POLICY_FILE, { force: true });
  if (createdRoot) rmSync(createdRoot, { recursive: true, force: true });
});

async function launch(options: { lang?: string; colorScheme?: 'light' | 'dark' } = {}): Promise<ExtensionBrowser> {
  return launchChromium({ ...options, stage: { patchManifest: (m) => void (m.key = KEY) } });
}

test('the fixed key gives the id the policy targets', async () => {
  b = await launch();
  expect(b.extensionId).toBe(ID);
});

test('storage.managed holds the policy, and the options page shows it locked', async () => {
  const page = await b!.context.newPage();
  await page.goto(`chrome-extension://${ID}/dist/options.html`);
  // Chromium loads policy asynchronously; the page follows storage.onChanged('managed').
  await page.waitForFunction(() => (document.querySelector('input[value="onprem"]') as HTMLInputElement | null)?.checked === true, undefined, { timeout: 15_000 });
  const managed = await page.evaluate(() => (globalThis as unknown as PageChrome).chrome.storage.managed.get());
  expect(managed).toEqual(POLICY);

  const radios = await page.$$eval('input[name="mailbox"]', (els) => els.map((e) => ({ value: (e as HTMLInputElement).value, checked: (e as HTMLInputElement).checked, disabled: (e as HTMLInputElement).disabled })));
  expect(radios).toEqual([
    { value: 'online', checked: false, disabled: true },
    { value: 'onprem', checked: true, disabled: true },
    { value: 'both', checked: false, disabled: true },
  ]);
  const text = await page.innerText('main');
  expect(text).toContain('Set by your organisation');
  expect(text).toContain('Mailbox location: Exchange on-premises');
  expect(text).toContain('Minimum client build: 16.0.17928.20114');
  expect(text).toContain('Per-site auto-mark is turned off.');
  expect(text).toContain('The troubleshooting section is hidden.');
  // The user's own stored choice is untouched: the organisation overrides it, it does not overwrite it.
  const stored = await page.evaluate(() => (globalThis as unknown as PageChrome).chrome.storage.local.get('settings'));
  expect((stored.settings as { mailbox?: string } | undefined)?.mailbox).not.toBe('onprem');
  await page.screenshot({ path: join(ARTIFACTS, 'options-managed-light.png'), fullPage: true });
  expect(b!.externalRequests).toEqual([]);
});

test('dark mode, Russian: the same lock, in Russian', async () => {
  await b?.close();
  b = await launch({ lang: 'ru', colorScheme: 'dark' });
  const page = await b.context.newPage();
  await page.goto(`chrome-extension://${ID}/dist/options.html`);
  await page.waitForFunction(() => (document.querySelector('input[value="onprem"]') as HTMLInputElement | null)?.checked === true, undefined, { timeout: 15_000 });
  const text = await page.innerText('main');
  expect(text).toContain('Задано вашей организацией');
  expect(await page.evaluate(() => document.documentElement.lang)).toMatch(/^ru/);
  await page.screenshot({ path: join(ARTIFACTS, 'options-managed-dark-ru.png'), fullPage: true });
  // Locked controls keep enough contrast in dark mode.
  expect(await axeViolations(page)).toEqual([]);
});
