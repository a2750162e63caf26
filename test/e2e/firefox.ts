// Firefox plumbing (BROWSERS.md): puppeteer-core over WebDriver BiDi against
// Debian's firefox-esr, with the extension installed from a staged folder and
// a fixed moz-extension UUID so its pages have known URLs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
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
