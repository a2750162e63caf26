// Real Chromium with the staged extension loaded, for the popup scripts
// (bench-popup.mjs, trace-popup.mjs): the browser context and the popup's URL.
import { chromium } from 'playwright-core';
import { CHROMIUM, extensionArgs } from './chromium-args.mjs';

export async function launchPopup(profile, ext) {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 420, height: 600 },
    args: extensionArgs(ext),
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return { context, popupUrl: `chrome-extension://${new URL(worker.url()).host}/dist/popup.html` };
}
