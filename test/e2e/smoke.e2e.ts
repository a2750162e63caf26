import { afterAll, beforeAll, expect, test } from 'vitest';
import { clickToolbarButton, launchChromium, serveFixtures, type ExtensionBrowser, type FixtureServer } from './harness.ts';

let b: ExtensionBrowser;
let server: FixtureServer;
beforeAll(async () => {
  server = await serveFixtures();
  b = await launchChromium();
});
afterAll(async () => {
  await b?.close();
  await server?.close();
});

test('the toolbar click opens the real popup', async () => {
  const page = await b.context.newPage();
  await page.goto(`${server.url}/smoke.html`);
  const popup = await clickToolbarButton(b, page);
  const text = await popup.waitFor<string>('document.body.innerText');
  expect(text).toContain('Offline IM');
  expect(b.externalRequests).toEqual([]);
});
