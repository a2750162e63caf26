// The overlay on pages that own their DOM: a React-like table that updates
// text nodes in place and re-mounts rows, a list that re-renders whenever a
// foreign node appears in it, and a page that tries to drive the extension.
// Real Chromium, the built extension, marked through the real popup.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium, serveFixtures, ARTIFACTS, type ExtensionBrowser, type FixtureServer } from './harness.ts';
import { badgeCount, callBackground, activeTabId, clickInChip, drawnBadges, markThroughPopup, readChip, waitForBadges } from './overlay-helpers.ts';

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

async function open(name: string): Promise<Page> {
  const page = await b.context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${server.url}/${name}`);
  await page.waitForSelector('[data-ready]');
  return page;
}

const versions = async (page: Page) => (await drawnBadges(page)).map((x) => `${x.version}:${x.online}/${x.onprem}`);

describe('React-like table (text updated in place, rows re-mounted)', () => {
  let page: Page;
  test('marking leaves every cell exactly as the app rendered it', async () => {
    page = await open('react-like.html');
    await markThroughPopup(b, page);
    await waitForBadges(page, 4);
    expect(await page.evaluate(() => (window as unknown as { app: { check(): string[] } }).app.check())).toEqual([]);
    expect(await versions(page)).toEqual([
      '16.0.6741.2021:eligible/upgrade-required',
      '16.0.6965.2058:eligible/eligible',
      '15.0.4569.1503:not-supported/not-supported',
      '16.0.4266.1001:upgrade-required/upgrade-required',
    ]);
  });

  test('a cell updated with nodeValue shows the new verdict within a frame or two, and the cell text stays whole', async () => {
    await page.evaluate(() => (window as unknown as { app: { setAgent(i: number, a: string): void } }).app.setAgent(0, 'UCCAPI/16.0.17928.20114 OC/16.0.17928.20114 (Skype for Business)'));
    const frames = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let n = 0;
          const tick = () => {
            n++;
            if (document.querySelector('[data-offline-im="badge"][data-version="16.0.17928.20114"]') || n > 30) resolve(n);
            else requestAnimationFrame(tick);
          };
          requestAnimationFrame(tick);
        }),
    );
    expect(frames).toBeLessThanOrEqual(2);
    expect(await versions(page)).toContain('16.0.17928.20114:eligible/eligible');
    expect(await versions(page)).not.toContain('16.0.6741.2021:eligible/upgrade-required');
    // No duplicated text, no stale badge: the app's text node is the cell's only child.
    expect(await page.evaluate(() => (window as unknown as { app: { check(): string[] } }).app.check())).toEqual([]);
    expect(await page.$eval('#rows tr:first-child td:nth-child(2)', (td) => td.textContent)).toBe('UCCAPI/16.0.17928.20114 OC/16.0.17928.20114 (Skype for Business)');
  });

  test('a re-mounted row is marked again, a removed row loses its mark', async () => {
    await page.evaluate(() => (window as unknown as { app: { remount(i: number, a: string): void } }).app.remount(1, 'UCCAPI/16.0.6366.2062 OC/16.0.6366.2062 (Skype for Business)'));
    await page.waitForFunction(() => document.querySelector('[data-offline-im="badge"][data-version="16.0.6366.2062"]'));
    expect(await versions(page)).not.toContain('16.0.6965.2058:eligible/eligible');
    await page.evaluate(() => (window as unknown as { app: { removeRow(i: number): void } }).app.removeRow(2));
    await page.waitForFunction(() => !document.querySelector('[data-offline-im="badge"][data-version="15.0.4569.1503"]'));
    expect(await badgeCount(page)).toBe(3);
    expect(await page.evaluate(() => (window as unknown as { app: { check(): string[] } }).app.check())).toEqual([]);
    await page.waitForFunction(() => document.querySelector('[data-offline-im="chip"]')?.getAttribute('data-total') === '3');
    await page.screenshot({ path: `${ARTIFACTS}/overlay-react-like.png` });
  });

  test('"Remove marks" leaves the app\'s nodes alone', async () => {
    await clickInChip(page, b, '[data-action="remove-marks"]');
    await page.waitForFunction(() => !document.querySelector('[data-offline-im]'));
    expect(await page.evaluate(() => (window as unknown as { app: { check(): string[] } }).app.check())).toEqual([]);
    await page.close();
  });
});

describe('a list that re-renders when foreign nodes appear in it', () => {
  test('marking causes no re-render and no loop; badges stay; a real re-render is followed', async () => {
    const page = await open('rerender-list.html');
    const before = await page.evaluate(() => (window as unknown as { renders: number }).renders);
    // The list re-renders in a microtask after any node it did not create appears in it, so once the
    // overlay has read the page (the background's answer) and drawn its badges, a re-render would show.
    expect((await markThroughPopup(b, page)).status).toMatch(/\b5\b/);
    await waitForBadges(page, 5);
    await page.waitForFunction(() => document.querySelector('[data-offline-im="chip"]')?.getAttribute('data-total') === '5');
    expect(await page.evaluate(() => (window as unknown as { renders: number }).renders)).toBe(before);
    expect(await badgeCount(page)).toBe(5);
    // The app re-renders (new nodes for every item): the marks follow, once.
    await page.evaluate(() => (window as unknown as { addItem(t: string): void }).addItem('Farid: Skype for Business 16.0.6920.1000'));
    await page.waitForFunction(() => document.querySelectorAll('[data-offline-im="badge"]').length === 6);
    await page.waitForFunction(() => document.querySelector('[data-offline-im="chip"]')?.getAttribute('data-total') === '6');
    expect(await page.evaluate(() => (window as unknown as { renders: number }).renders)).toBe(before + 1);
    await page.screenshot({ path: `${ARTIFACTS}/overlay-rerender-list.png` });
    await page.close();
  });
});

describe('a page that tries to drive the extension', () => {
  let page: Page;
  test('clobbering ids and globals do not switch marking off; the chip counts only real builds (frame included)', async () => {
    page = await open('hostile-actor.html');
    const { status } = await markThroughPopup(b, page);
    // 3 in the page, 1 in the frame (its 50 fake badges are not ours and not counted).
    expect(status).toMatch(/\b4\b/);
    await waitForBadges(page, 3);
    await page.waitForFunction(() => document.querySelector('[data-offline-im="chip"]')?.getAttribute('data-total') === '4');
    // The page keeps poking (every 150 ms): after eight more pokes, nothing has changed.
    const pokes = await page.evaluate(() => (window as unknown as { attempts: { pokes: number } }).attempts.pokes);
    await page.waitForFunction((n) => (window as unknown as { attempts: { pokes: number } }).attempts.pokes >= n + 8, pokes, { timeout: 30_000 });
    const chip = await readChip(page, b);
    expect(chip.text).toContain('Clients marked: 4');
    const attempts = await page.evaluate(() => (window as unknown as { attempts: Record<string, number> }).attempts);
    expect(attempts.seen).toBeGreaterThan(0);
    expect(attempts.shadowRoots).toBe(0);
    expect(attempts.attachShadow).toBe(0);
    expect(attempts.upgraded ?? 0).toBe(0);
    expect(attempts.synthetic).toBeGreaterThan(0);
    // Synthetic clicks opened no details, and changed no setting.
    const stored = (await b.context.serviceWorkers()[0]!.evaluate('chrome.storage.local.get("settings")')) as { settings?: { mailbox?: string } };
    expect(stored.settings?.mailbox ?? 'both').toBe('both');
    expect(await badgeCount(page)).toBe(3);
    await page.screenshot({ path: `${ARTIFACTS}/overlay-hostile-actor.png` });
  });

  test('"Remove marks" removes only what the extension made (the page\'s own look-alike elements stay)', async () => {
    await clickInChip(page, b, '[data-action="remove-marks"]');
    await page.waitForFunction(() => !document.querySelector('[data-offline-im="layer"]'));
    expect(await page.evaluate(() => [...document.querySelectorAll('offline-im-badge, offline-im-chip')].map((e) => e.id))).toEqual(['own-1', 'own-2']);
    const frame = page.frames().find((f) => f.url().endsWith('hostile-frame.html'))!;
    await frame.waitForFunction(() => !document.querySelector('[data-offline-im="layer"]'));
    // The frame's fake badges are the page's own: still there.
    expect(await frame.evaluate(() => document.querySelectorAll('#fakes [data-offline-im="badge"]').length)).toBe(50);
  });

  test('marking again works after the page defined its globals (state is not in the page)', async () => {
    const tabId = await activeTabId(b, page);
    const result = await callBackground<{ ok: boolean; marked: number }>(b, 'markTab', tabId);
    expect(result).toEqual({ ok: true, marked: 4 });
    await waitForBadges(page, 3);
    await page.close();
  });
});
