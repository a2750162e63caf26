// Firefox plumbing (docs/browser-testing.md): puppeteer-core over WebDriver BiDi against
// Debian's firefox-esr, with the extension installed from a staged folder and
// a fixed moz-extension UUID so its pages have known URLs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { FIREFOX, ROOT } from './harness.ts';

/** The add-on id the manifest declares for Firefox. */
export const GECKO_ID = (JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8')) as { browser_specific_settings: { gecko: { id: string } } })
  .browser_specific_settings.gecko.id;

/** Launches headless Firefox, installs the staged extension `dir` as `geckoId`, reachable at moz-extension://<uuid>/. */
export async function launchFirefox(dir: string, uuid: string, geckoId = GECKO_ID): Promise<Browser> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: uuid }) },
  });
  await browser.installExtension(dir);
  return browser;
}

/**
 * Opens a moz-extension page and waits until `ready` (evaluated in the page) is true.
 * Awaiting goto on a moz-extension URL never settles, and an evaluation that lands
 * while about:blank is swapped for the extension page fails with a protocol error
 * that puppeteer's own waitFor* does not retry: so this polls, and retries errors.
 */
export async function openExtensionPage(browser: Browser, url: string, ready: string, viewport?: { width: number; height: number }): Promise<Page> {
  const page = await browser.newPage();
  if (viewport) await page.setViewport(viewport);
  void page.goto(url).catch(() => undefined);
  const deadline = Date.now() + 20_000;
  let problem = 'not ready';
  while (Date.now() < deadline) {
    try {
      // page.url() does not follow this navigation: ask the document where it is.
      const state = (await page.evaluate(`[location.href, Boolean(${ready})]`)) as [string, boolean];
      if (state[0].startsWith(url) && state[1]) return page;
      problem = `${state[0]}: ${ready} is false`;
    } catch (error) {
      problem = String(error);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not become ready in 20 s (${problem})`);
}
