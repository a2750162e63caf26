// The page overlay in real Chromium with the built extension: toolbar click →
// real popup → "Mark builds on this page" → badges on the demo pages.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { scan } from '../../src/core/index.ts';
import { launchChromium, serveFixtures, ARTIFACTS, type ExtensionBrowser, type FixtureServer } from './harness.ts';
import { activeTabId, badgeCount, callBackground, markThroughPopup, readBadges, waitForBadges, type MarkPath } from './overlay-helpers.ts';

let b: ExtensionBrowser;
let server: FixtureServer;
const paths = new Set<MarkPath>();

beforeAll(async () => {
  server = await serveFixtures();
  b = await launchChromium();
});
afterAll(async () => {
  console.log(`marked through: ${[...paths].join(', ')}`);
  await b?.close();
  await server?.close();
});

async function open(name: string): Promise<Page> {
  const page = await b.context.newPage();
  await page.goto(`${server.url}/${name}`);
  return page;
}

async function mark(page: Page): Promise<string> {
  const { path, status } = await markThroughPopup(b, page);
  paths.add(path);
  return status;
}

const serialise = (page: Page) => page.evaluate(() => document.documentElement.outerHTML);

describe('Client Version Summary report', () => {
  let page: Page;
  let pristine: string;
  beforeAll(async () => {
    page = await open('client-version-summary.html');
    pristine = await serialise(page);
  });

  test('every user agent gets a badge with the engine verdicts, right after its build, in its cell', async () => {
    const status = await mark(page);
    expect(status).toMatch(/16/);
    const agents = await page.$$eval('#report tbody tr td:first-child', (cells) => cells.map((c) => c.textContent ?? ''));
    const expected = agents.map((a) => scan(a).findings[0]!);
    await waitForBadges(page, expected.length);
    const badges = await readBadges(page);
    expect(badges).toHaveLength(expected.length);
    badges.forEach((badge, i) => {
      const f = expected[i]!;
      expect([badge.version, badge.online, badge.onprem]).toEqual([f.version, f.verdicts.online, f.verdicts.onprem]);
      expect(badge.cellText).toBe(agents[i]);
      expect(badge.before.endsWith(f.text)).toBe(true);
      expect(badge.hasIcon).toBe(true);
      expect(badge.label.length).toBeGreaterThan(0);
    });
    // Spot checks against the rules, independent of the engine's own output.
    const byVersion = new Map(badges.map((x) => [x.version, x]));
    expect(byVersion.get('16.0.6741.2021')).toMatchObject({ online: 'eligible', onprem: 'upgrade-required' });
    expect(byVersion.get('16.0.17928.20114')).toMatchObject({ online: 'eligible', onprem: 'eligible' });
    expect(byVersion.get('15.0.4569.1503')).toMatchObject({ online: 'not-supported', onprem: 'not-supported' });
    expect(byVersion.get('16.0.6870.2001')?.after).toBe(' (Skype for Business)');
    // The footnote's server and Windows numbers are not client builds.
    expect(await page.$$eval('.footnote [data-offline-im]', (x) => x.length)).toBe(0);
  });

  test('the summary chip counts verdicts for the chosen mailbox', async () => {
    const chip = await page.evaluate(() => {
      const root = document.querySelector('offline-im-chip')?.shadowRoot;
      return {
        text: root?.textContent ?? '',
        pills: [...(root?.querySelectorAll('[data-verdict]') ?? [])].map((p) => p.textContent),
        mailbox: root?.querySelector('select')?.value,
      };
    });
    expect(chip.mailbox).toBe('both');
    expect(chip.text).toContain('Builds marked: 16');
    // Online: 6 eligible, 2 update needed, 7 not supported, 1 unknown.
    expect(chip.pills.slice(0, 4)).toEqual(['6 Eligible', '2 Update needed', '7 Not supported', '1 Unknown']);
    expect(chip.pills.slice(4)).toEqual(['4 Eligible', '4 Update needed', '7 Not supported', '1 Unknown']);
  });

  test('switching the mailbox in the chip redraws the badges and saves the setting', async () => {
    await page.evaluate(() => {
      const select = document.querySelector('offline-im-chip')!.shadowRoot!.querySelector('select')!;
      select.value = 'onprem';
      select.dispatchEvent(new Event('change'));
    });
    await page.waitForFunction(() =>
      [...document.querySelectorAll('[data-offline-im="badge"]')].every((b) => !b.shadowRoot!.querySelector('button.both')),
    );
    const labels = (await readBadges(page)).map((x) => `${x.version}=${x.label}`);
    expect(labels).toContain('16.0.6741.2021=Update needed');
    expect(labels).toContain('16.0.17928.20114=Eligible');
    const stored = await callBackground<unknown>(b, 'syncAutoMark').then(() =>
      b.context.serviceWorkers()[0]!.evaluate('chrome.storage.local.get("settings")'),
    );
    expect(stored).toMatchObject({ settings: { mailbox: 'onprem' } });
    // Back to both for the rest of the suite.
    await page.evaluate(() => {
      const select = document.querySelector('offline-im-chip')!.shadowRoot!.querySelector('select')!;
      select.value = 'both';
      select.dispatchEvent(new Event('change'));
    });
  });

  test('a badge opens its details with both locations and reasons', async () => {
    await page.evaluate(() => document.querySelector<HTMLElement>('[data-version="16.0.6741.2021"]')!.shadowRoot!.querySelector('button')!.click());
    const details = await page.waitForFunction(() => document.querySelector('offline-im-details')?.shadowRoot?.textContent);
    const text = String(await details.jsonValue());
    expect(text).toContain('Exchange Online');
    expect(text).toContain('Exchange on-premises');
    expect(text).toContain('16.0.6920.1000');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('offline-im-details'));
  });

  test('marking again adds nothing', async () => {
    const once = await serialise(page);
    await mark(page);
    expect(await badgeCount(page)).toBe(16);
    expect(await serialise(page)).toBe(once);
  });

  test('"Remove marks" restores the page DOM exactly', async () => {
    await page.evaluate(() => document.querySelector('offline-im-chip')!.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="remove-marks"]')!.click());
    expect(await badgeCount(page)).toBe(0);
    expect(await serialise(page)).toBe(pristine);
  });
});

describe('Client Version by User report (3,000 rows)', () => {
  test('every row is marked', async () => {
    const page = await open('client-version-by-user.html');
    await page.waitForSelector('[data-rows-ready]');
    await mark(page);
    expect(await waitForBadges(page, 3000)).toBe(3000);
    const rows = await page.$$eval('#rows tr', (trs) => trs.filter((tr) => tr.children[2]!.querySelector('[data-offline-im]')).length);
    expect(rows).toBe(3000);
  });
});

describe('admin center with lazy rows and a same-origin frame', () => {
  let page: Page;
  test('initial rows and the frame are marked', async () => {
    page = await open('admin-center.html');
    await page.waitForSelector('[data-loaded]');
    await mark(page);
    const loaded = Number(await page.getAttribute('html', 'data-loaded'));
    expect(await waitForBadges(page, loaded)).toBeGreaterThanOrEqual(loaded);
    const frame = page.frames().find((f) => f.url().endsWith('admin-center-details.html'))!;
    expect(await waitForBadges(frame, 2)).toBe(2);
    const frameBadges = await readBadges(frame);
    expect(frameBadges.map((x) => [x.version, x.online, x.onprem])).toEqual([
      ['16.0.6769.2017', 'eligible', 'upgrade-required'],
      ['16.0.6965.2058', 'eligible', 'eligible'],
    ]);
  });

  test('rows added later (timer, "Load more", scrolling) are marked as they arrive', async () => {
    await page.waitForFunction(() => Number(document.documentElement.dataset.loaded) >= 16);
    await page.click('#load-more');
    await page.mouse.wheel(0, 5000);
    await page.waitForFunction(() => Number(document.documentElement.dataset.loaded) >= 32);
    const loaded = Number(await page.getAttribute('html', 'data-loaded'));
    await page.waitForFunction(
      (n) => document.querySelectorAll('#rows [data-offline-im="badge"]').length === n,
      loaded,
      { timeout: 10_000 },
    );
    const badges = await readBadges(page);
    // The split "<span>16.0.</span><b>6701.999</b>" reads as one build.
    expect(badges.find((x) => x.version === '16.0.6701.999')).toMatchObject({ online: 'upgrade-required', onprem: 'upgrade-required' });
    expect(badges.find((x) => x.version === '16.0.6701')).toMatchObject({ online: 'unknown', onprem: 'upgrade-required' });
    const perRow = await page.$$eval('#rows tr', (trs) => trs.map((tr) => tr.querySelectorAll('[data-offline-im="badge"]').length));
    expect(perRow.every((n) => n === 1)).toBe(true);
  });

  test("the page's one chip counts the frame's badges too, and its \"Remove marks\" clears the frame as well", async () => {
    const frame = page.frames().find((f) => f.url().endsWith('admin-center-details.html'))!;
    const inPage = await badgeCount(page);
    expect(await badgeCount(frame)).toBe(2);
    const chipText = () => page.evaluate(() => document.querySelector('offline-im-chip')?.shadowRoot?.textContent ?? '');
    await page.waitForFunction((n) => document.querySelector('offline-im-chip')?.shadowRoot?.textContent?.includes(`Builds marked: ${n}`), inPage + 2);
    expect(await chipText()).toContain(`Builds marked: ${inPage + 2}`);
    await page.evaluate(() => document.querySelector('offline-im-chip')!.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="remove-marks"]')!.click());
    await frame.waitForFunction(() => document.querySelectorAll('[data-offline-im]').length === 0);
    expect(await badgeCount(page)).toBe(0);
    // The frame's text is whole again (the split text nodes were joined back).
    expect(await frame.evaluate(() => document.body.textContent)).toMatch(/16\.0\.6769\.2017[\s\S]*16\.0\.6965\.2058/);
  });
});

describe('hostile page (strict CSP, markup-like text, fields)', () => {
  let page: Page;
  let pristine: string;
  test('marks only real page text, with styles that the CSP does not block', async () => {
    page = await open('hostile.html');
    pristine = await serialise(page);
    await mark(page);
    await waitForBadges(page, 6);
    await page.waitForTimeout(300);
    const badges = await readBadges(page);
    expect(badges.map((x) => x.version)).toEqual(['16.0.6920.1000', '16.0.6965.2058', '16.0.6920.1000', '16.0.6701.999', '16.0.4266.1001', '15.0.4569.1503']);
    const where = await page.$$eval('[data-offline-im="badge"]', (els) => els.map((el) => el.closest('[id]')?.id));
    expect(where).toEqual(['markup', 'entity', 'split-b', 'split-deep', 'two', 'two']);
    // document.querySelectorAll, not $$eval: Playwright's selectors would also pierce our own shadow roots.
    const untouched = await page.evaluate(() =>
      [...document.querySelectorAll('#ta, #in, #ce, noscript, select, script, style, template')].map(
        (e) => `${e.localName}:${e.querySelectorAll('[data-offline-im]').length}`,
      ),
    );
    expect(untouched).toEqual(['style:0', 'script:0', 'textarea:0', 'input:0', 'div:0', 'script:0', 'noscript:0', 'template:0', 'select:0']);
    expect(await page.$$eval('img', (imgs) => imgs.length)).toBe(0);
    expect(await page.evaluate(() => (document.querySelector('#ta') as HTMLTextAreaElement).value)).toBe('16.0.6920.1000');
    // The page's scripts did not run (its own CSP), ours did; and our adopted stylesheet applies.
    expect(await page.title()).not.toContain('scripts ran');
    const style = await page.evaluate(() => {
      const button = document.querySelector('[data-offline-im="badge"]')!.shadowRoot!.querySelector('button')!;
      const cs = getComputedStyle(button);
      return { radius: cs.borderTopLeftRadius, display: cs.display, width: button.getBoundingClientRect().width };
    });
    expect(style.radius).not.toBe('0px');
    expect(style.display).toBe('inline-flex');
    expect(style.width).toBeGreaterThan(20);
    // caret: 'initial' — Playwright's caret hiding would leave style="" on the page's fields.
    await page.screenshot({ path: `${ARTIFACTS}/overlay-hostile.png`, caret: 'initial' });
  });

  test('remove restores the hostile page exactly', async () => {
    await page.evaluate(() => document.querySelector('offline-im-chip')!.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="remove-marks"]')!.click());
    expect(await serialise(page)).toBe(pristine);
  });
});

describe('context menu and keyboard shortcut (background handlers)', () => {
  test('menus are created idempotently', async () => {
    await callBackground(b, 'createMenus');
    await expect(callBackground(b, 'createMenus')).resolves.toBeUndefined();
  });

  test('"Check selected builds" shows a panel and keeps the text for the popup', async () => {
    const page = await open('client-version-summary.html');
    // A real context-menu click grants activeTab; automation cannot click a native menu, so the toolbar grants it.
    const popup = await (await import('./harness.ts')).clickToolbarButton(b, page);
    await popup.close();
    // Select two rows of the table, as an admin would.
    const selected = await page.evaluate(() => {
      const rows = document.querySelectorAll('#report tbody tr');
      const range = document.createRange();
      range.setStartBefore(rows[4]!);
      range.setEndAfter(rows[5]!);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      return getSelection()!.toString();
    });
    const tabId = await activeTabId(b, page);
    // Chrome hands the menu a whitespace-collapsed selectionText.
    const selectionText = selected.replace(/\s+/g, ' ').trim();
    await callBackground(b, 'onMenuClicked', { menuItemId: 'check-selection', selectionText, frameId: 0, editable: false }, { id: tabId });
    const panel = await page.waitForFunction(() => {
      const root = document.querySelector('offline-im-panel')?.shadowRoot;
      return root && [...root.querySelectorAll('li.build')].map((li) => `${li.getAttribute('data-version')}:${li.getAttribute('data-online')}/${li.getAttribute('data-onprem')}`);
    });
    expect(await panel.jsonValue()).toEqual(['16.0.6741.2021:eligible/upgrade-required', '16.0.6870.2001:eligible/upgrade-required']);
    const stored = (await b.context.serviceWorkers()[0]!.evaluate('chrome.storage.session.get("lastSelection")')) as {
      lastSelection: { text: string; at: number };
    };
    expect(stored.lastSelection.text).toBe(selected);
    expect(Date.now() - stored.lastSelection.at).toBeLessThan(60_000);
    await page.screenshot({ path: `${ARTIFACTS}/overlay-selection-panel.png` });
    await page.keyboard.press('Escape');
    expect(await page.$$eval('offline-im-panel', (x) => x.length)).toBe(0);
    // The panel is not a mark: nothing else was added to the page.
    expect(await badgeCount(page)).toBe(0);
  });

  test('the "mark-builds" command and the page menu item mark the active tab', async () => {
    const page = await open('client-version-summary.html');
    const popup = await (await import('./harness.ts')).clickToolbarButton(b, page);
    await popup.close();
    const tabId = await activeTabId(b, page);
    const result = await callBackground<{ ok: boolean; marked: number }>(b, 'onCommand', 'mark-builds', { id: tabId });
    expect(result).toEqual({ ok: true, marked: 16 });
    expect(await badgeCount(page)).toBe(16);
    await callBackground(b, 'onMenuClicked', { menuItemId: 'mark-page', frameId: 0, editable: false }, { id: tabId });
    expect(await badgeCount(page)).toBe(16);
  });

  test('a tab without the activeTab grant gets a clear error key', async () => {
    const page = await open('client-version-summary.html');
    const tabId = await activeTabId(b, page);
    expect(await callBackground(b, 'markTab', tabId)).toEqual({ ok: false, error: 'bg_error_cannot_access' });
    expect(await badgeCount(page)).toBe(0);
  });

  test('no request left the machine', () => {
    expect(b.externalRequests).toEqual([]);
  });
});
