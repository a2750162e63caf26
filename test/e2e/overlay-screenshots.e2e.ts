// Screenshots of a marked Monitoring report in a light and a dark page, with
// the summary chip and one badge's details open, for people to look at.
import { expect, test } from 'vitest';
import { ARTIFACTS, launchChromium, serveFixtures } from './harness.ts';
import { markThroughPopup, waitForBadges } from './overlay-helpers.ts';

const VARIANTS = [
  { name: 'light', scheme: 'light' },
  { name: 'dark', scheme: 'dark' },
  { name: 'ru', scheme: 'light', lang: 'ru' },
] as const;

for (const { name, scheme, ...rest } of VARIANTS) {
  test(`marked report, ${name}`, async () => {
    const server = await serveFixtures();
    const b = await launchChromium({ colorScheme: scheme, ...('lang' in rest ? { lang: rest.lang } : {}) });
    try {
      const page = await b.context.newPage();
      await page.setViewportSize({ width: 1280, height: 760 });
      await page.goto(`${server.url}/client-version-summary.html`);
      await markThroughPopup(b, page);
      expect(await waitForBadges(page, 16)).toBe(16);
      await page.mouse.move(0, 0);
      await page.screenshot({ path: `${ARTIFACTS}/overlay-${name}.png` });
      if (name === 'ru') expect(await page.evaluate(() => document.querySelector('offline-im-chip')!.shadowRoot!.textContent)).toContain('Отмечено сборок: 16');
      await page.evaluate(() => document.querySelector<HTMLElement>('[data-version="16.0.6741.2021"]')!.shadowRoot!.querySelector('button')!.click());
      await page.waitForSelector('offline-im-details', { state: 'attached' });
      await page.screenshot({ path: `${ARTIFACTS}/overlay-details-${name}.png` });
      expect(b.externalRequests).toEqual([]);
    } finally {
      await b.close();
      await server.close();
    }
  });
}
