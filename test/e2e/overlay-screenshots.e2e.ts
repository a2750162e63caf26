// Screenshots of a marked Monitoring report in a light and a dark page and in
// Russian, with the summary chip and one badge's details open, for people to
// look at; and axe-core on the marked page, our closed shadow roots included.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { ARTIFACTS, ROOT, launchChromium, serveFixtures } from './harness.ts';
import { drawnBadges, inExtensionWorld, markThroughPopup, readChip, waitForBadges } from './overlay-helpers.ts';

const AXE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

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
      await page.waitForFunction(() => document.querySelector('[data-offline-im="chip"]')?.getAttribute('data-total') === '16');
      await page.screenshot({ path: `${ARTIFACTS}/overlay-${name}.png` });
      if (name === 'ru') expect((await readChip(page, b)).text).toContain('Отмечено клиентов: 16');
      if (name === 'light') {
        // axe in the extension's world, where a test-only getter opens our closed shadow roots to it.
        const violations = await inExtensionWorld<string[]>(
          page,
          b,
          `(async () => {
            Object.defineProperty(Element.prototype, 'shadowRoot', { configurable: true, get() { try { return this instanceof HTMLElement ? chrome.dom.openOrClosedShadowRoot(this) : null; } catch { return null; } } });
            ${AXE};
            const r = await axe.run(document, { resultTypes: ['violations'] });
            return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').flatMap((v) => v.nodes.map((n) => v.id + ': ' + n.target.join(' ')));
          })()`,
        );
        expect(violations).toEqual([]);
      }
      const [badge] = (await drawnBadges(page)).filter((x) => x.version === '16.0.6741.2021');
      await page.mouse.click(badge!.box.left + 6, (badge!.box.top + badge!.box.bottom) / 2);
      await page.waitForTimeout(300);
      await page.screenshot({ path: `${ARTIFACTS}/overlay-details-${name}.png` });
      expect(b.externalRequests).toEqual([]);
    } finally {
      await b.close();
      await server.close();
    }
  });
}
