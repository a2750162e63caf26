// Screenshots of a marked Monitoring report in a light and a dark page, with
// the summary chip and one badge's details open, for people to look at.
import { expect, test } from 'vitest';
import { ARTIFACTS, launchChromium, serveFixtures } from './harness.ts';
import { markThroughPopup, waitForBadges } from './overlay-helpers.ts';

for (const scheme of ['light', 'dark'] as const) {
  test(`marked report, ${scheme} page`, async () => {
    const server = await serveFixtures();
    const b = await launchChromium({ colorScheme: scheme });
    try {
      const page = await b.context.newPage();
      await page.setViewportSize({ width: 1280, height: 760 });
      await page.goto(`${server.url}/client-version-summary.html`);
      await markThroughPopup(b, page);
      expect(await waitForBadges(page, 16)).toBe(16);
      await page.mouse.move(0, 0);
      await page.screenshot({ path: `${ARTIFACTS}/overlay-${scheme}.png` });
      await page.evaluate(() => document.querySelector<HTMLElement>('[data-version="16.0.6741.2021"]')!.shadowRoot!.querySelector('button')!.click());
      await page.waitForSelector('offline-im-details', { state: 'attached' });
      await page.screenshot({ path: `${ARTIFACTS}/overlay-details-${scheme}.png` });
      expect(b.externalRequests).toEqual([]);
    } finally {
      await b.close();
      await server.close();
    }
  });
}
