// The page overlay in real Chromium with the built extension: toolbar click →
// real popup → "Mark builds on this page" → marks on the demo pages. The
// page's DOM is never changed: marks are highlights over its text and badges
// in the extension's own layer (a child of <html> after <body>).
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { scan } from '../../src/core/index.ts';
import { launchChromium, serveFixtures, ARTIFACTS, type ExtensionBrowser, type FixtureServer } from './harness.ts';
import {
  activeTabId,
  badgeCount,
  callBackground,
  clickInChip,
  drawnBadges,
  inExtensionWorld,
  markThroughPopup,
  readChip,
  shadowOf,
  waitForBadges,
  type MarkPath,
} from './overlay-helpers.ts';

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

async function open(name: string, height = 1400): Promise<Page> {
  const page = await b.context.newPage();
  await page.setViewportSize({ width: 1280, height });
  await page.goto(`${server.url}/${name}`);
  return page;
}

async function mark(page: Page): Promise<string> {
  const { path, status } = await markThroughPopup(b, page);
  paths.add(path);
  return status;
}

/** The page's own tree: everything but the extension's layer. */
const pageTree = (page: Page | Frame) =>
  page.evaluate(() =>
    [...document.documentElement.childNodes]
      .filter((n) => !(n instanceof HTMLElement && n.dataset.offlineIm === 'layer'))
      .map((n) => (n instanceof Element ? n.outerHTML : n.textContent))
      .join(''),
  );

/** For each badge: the text just before its left edge (read with caretRangeFromPoint), and whether it names the badge's build. */
function textBeforeBadges(page: Page | Frame) {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-offline-im="badge"]')].map((el) => {
      const r = el.getBoundingClientRect();
      const caret = document.caretRangeFromPoint(r.left - 2, r.top + r.height / 2);
      const node = caret?.startContainer;
      const text = node && node.nodeType === 3 ? (node as Text).data.slice(Math.max(0, caret!.startOffset - 14), caret!.startOffset + 1) : '';
      const version = el.dataset.version ?? '';
      const middle = r.top + r.height / 2;
      return { version, text, follows: text.includes(version.slice(-3)), id: node?.parentElement?.closest('[id]')?.id ?? '', inView: middle > 0 && middle < innerHeight };
    }),
  );
}

describe('Client Version Summary report', () => {
  let page: Page;
  let pristine: string;
  beforeAll(async () => {
    page = await open('client-version-summary.html');
    pristine = await pageTree(page);
  });

  test('every user agent gets a badge with the engine verdicts, right after its build on the same line', async () => {
    const status = await mark(page);
    expect(status).toMatch(/16/);
    const agents = await page.$$eval('#report tbody tr td:first-child', (cells) => cells.map((c) => c.textContent ?? ''));
    const expected = agents.map((a) => scan(a).findings[0]!);
    await waitForBadges(page, expected.length);
    const badges = await drawnBadges(page);
    expect(badges.map((x) => [x.version, x.online, x.onprem])).toEqual(expected.map((f) => [f.version, f.verdicts.online, f.verdicts.onprem]));
    expect(badges.every((x) => x.inLayer)).toBe(true);
    const placed = await textBeforeBadges(page);
    expect(placed.filter((p) => !p.follows)).toEqual([]);
    // Each badge sits on its build's line: its vertical middle is inside the cell's first line box.
    const lines = await page.$$eval('#report tbody tr td:first-child', (cells) =>
      cells.map((c) => {
        const range = document.createRange();
        range.selectNodeContents(c);
        const rects = [...range.getClientRects()];
        return { top: Math.min(...rects.map((r) => r.top)), bottom: Math.max(...rects.map((r) => r.bottom)) };
      }),
    );
    badges.forEach((x, i) => {
      const middle = (x.box.top + x.box.bottom) / 2;
      expect(middle).toBeGreaterThan(lines[i]!.top);
      expect(middle).toBeLessThan(lines[i]!.bottom);
    });
    const byVersion = new Map(badges.map((x) => [x.version, x]));
    expect(byVersion.get('16.0.6741.2021')).toMatchObject({ online: 'eligible', onprem: 'upgrade-required' });
    expect(byVersion.get('16.0.17928.20114')).toMatchObject({ online: 'eligible', onprem: 'eligible' });
    expect(byVersion.get('15.0.4569.1503')).toMatchObject({ online: 'not-supported', onprem: 'not-supported' });
    // The page's own tree is exactly as it was: no split text, no inserted element.
    expect(await pageTree(page)).toBe(pristine);
    // Each build on screen is tinted with an underline whose shape says the verdict (never colour alone).
    const tints = await inExtensionWorld<Array<{ version: string; cls: string; underline: string; width: number }>>(
      page,
      b,
      `[...document.querySelectorAll('[data-offline-im="badge"]')].map((el) => { const tint = chrome.dom.openOrClosedShadowRoot(el).querySelector('.tint');
        const cs = getComputedStyle(tint); return { version: el.dataset.version, cls: tint.className, underline: cs.borderBottomStyle, width: tint.getBoundingClientRect().width }; })`,
    );
    const tintOf = new Map(tints.map((x) => [x.version, x]));
    expect(tintOf.get('16.0.17928.20114')).toMatchObject({ cls: 'tint eligible', underline: 'solid' });
    expect(tintOf.get('15.0.4569.1503')).toMatchObject({ cls: 'tint not-supported', underline: 'double' });
    expect(tintOf.get('16.0.6741.2021')).toMatchObject({ cls: 'tint upgrade-required', underline: 'dashed' });
    expect(tints.every((x) => x.width > 30)).toBe(true);
    await page.screenshot({ path: `${ARTIFACTS}/overlay-summary.png`, caret: 'initial' });
  });

  test('the chip counts clients per verdict for the chosen mailbox', async () => {
    await page.waitForFunction(() => document.querySelector('[data-offline-im="chip"]')?.getAttribute('data-total') === '16');
    const chip = await readChip(page, b);
    expect(chip.mailbox).toBe('both');
    expect(chip.text).toContain('Clients marked: 16');
    expect(chip.pills.slice(0, 4)).toEqual(['6 Eligible', '2 Update needed', '7 Not supported', '1 Unknown']);
    expect(chip.pills.slice(4)).toEqual(['4 Eligible', '4 Update needed', '7 Not supported', '1 Unknown']);
    expect(chip.blocked).toBe(false);
  });

  test('a synthetic change on the mailbox switch does nothing; a real key press switches and saves it', async () => {
    // Every mailbox the settings take from now on, in order, recorded in the background.
    await b.context.serviceWorkers()[0]!.evaluate(`(() => {
      const seen = (globalThis.savedMailboxes = []);
      chrome.storage.onChanged.addListener((changes) => changes.settings && seen.push(changes.settings.newValue?.mailbox));
    })()`);
    await inExtensionWorld(page, b, `(() => { const s = ${shadowOf('[data-offline-im="chip"]')}.querySelector('select'); s.value = 'online'; s.dispatchEvent(new Event('change')); })()`);
    const settings = () => b.context.serviceWorkers()[0]!.evaluate('chrome.storage.local.get("settings")') as Promise<{ settings?: { mailbox?: string } }>;
    await inExtensionWorld(page, b, `(() => { const s = ${shadowOf('[data-offline-im="chip"]')}.querySelector('select'); s.value = 'both'; s.focus(); })()`);
    // Options: online, onprem, both. ArrowUp from "both" chooses on-premises with a trusted change event.
    await page.keyboard.press('ArrowUp');
    await page.waitForFunction(() => document.querySelector('[data-offline-im="badge"][data-version="16.0.6741.2021"]') !== null);
    await expect.poll(async () => (await settings()).settings?.mailbox).toBe('onprem');
    // The page's saves run one after another: had the synthetic change saved "online", it would be recorded before this one.
    expect(await b.context.serviceWorkers()[0]!.evaluate('globalThis.savedMailboxes')).toEqual(['onprem']);
    const label = await inExtensionWorld<string>(page, b, `${shadowOf('[data-offline-im="badge"][data-version="16.0.6741.2021"]')}.querySelector('button').textContent`);
    expect(label.startsWith('Update needed')).toBe(true);
    await page.keyboard.press('ArrowDown');
    await expect.poll(async () => (await settings()).settings?.mailbox).toBe('both');
  });

  test('a badge opens its details with both locations and reasons (real click)', async () => {
    const [badge] = (await drawnBadges(page)).filter((x) => x.version === '16.0.6741.2021');
    await page.mouse.click(badge!.box.left + 6, (badge!.box.top + badge!.box.bottom) / 2);
    const details = () => inExtensionWorld<string>(page, b, `${shadowOf('[data-offline-im="layer"]')}.querySelector('.details')?.textContent ?? ''`);
    await expect.poll(details).toContain('Exchange Online');
    const text = await details();
    expect(text).toContain('Exchange on-premises');
    expect(text).toContain('16.0.6920.1000');
    await page.screenshot({ path: `${ARTIFACTS}/overlay-details.png`, caret: 'initial' });
    await page.keyboard.press('Escape');
    await expect.poll(details).toBe('');
  });

  test('the chip collapses and moves aside, so that it never covers the report for good', async () => {
    const box = () =>
      inExtensionWorld<{ left: number; width: number; height: number; expanded: string }>(
        page,
        b,
        `(() => { const root = ${shadowOf('[data-offline-im="chip"]')}; const r = root.querySelector('.chip').getBoundingClientRect();
          return { left: r.left, width: r.width, height: r.height, expanded: root.querySelector('[data-action="collapse"]').getAttribute('aria-expanded') }; })()`,
      );
    const open = await box();
    expect(open.left).toBeGreaterThan(600);
    await clickInChip(page, b, '[data-action="collapse"]');
    const collapsed = await box();
    expect(collapsed.expanded).toBe('false');
    expect(collapsed.height).toBeLessThan(open.height / 2);
    await clickInChip(page, b, '[data-action="move"]');
    expect((await box()).left).toBeLessThan(40);
    await page.screenshot({ path: `${ARTIFACTS}/overlay-chip-collapsed-left.png`, caret: 'initial' });
    await clickInChip(page, b, '[data-action="collapse"]');
    await clickInChip(page, b, '[data-action="move"]');
    const back = await box();
    expect([back.expanded, back.left > 600]).toEqual(['true', true]);
  });

  test('marking again adds nothing', async () => {
    await mark(page);
    expect(await badgeCount(page)).toBe(16);
    expect(await pageTree(page)).toBe(pristine);
  });

  test('"Next update needed" scrolls to and focuses the next such badge', async () => {
    await page.setViewportSize({ width: 1280, height: 400 });
    await clickInChip(page, b, '[data-action="next-update"]');
    const focused = () =>
      inExtensionWorld<string | null>(page, b, `document.activeElement?.dataset?.offlineIm === 'badge' ? document.activeElement.dataset.version : null`);
    await expect.poll(focused).not.toBeNull();
    const first = await focused();
    const verdicts = await page.evaluate((v) => {
      const el = document.querySelector<HTMLElement>(`[data-offline-im="badge"][data-version="${v}"]`)!;
      return [el.dataset.online, el.dataset.onprem];
    }, first);
    expect(verdicts).toContain('upgrade-required');
    await page.setViewportSize({ width: 1280, height: 1400 });
  });

  test('"Remove marks" removes only what the extension made, and focus stays on the page', async () => {
    // Focus a page control first (as a keyboard user would have), then the chip.
    await page.focus('form.params input');
    await inExtensionWorld(page, b, `${shadowOf('[data-offline-im="chip"]')}.querySelector('[data-action="remove-marks"]').focus()`);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => !document.querySelector('[data-offline-im]'));
    expect(await pageTree(page)).toBe(pristine);
    expect(await page.evaluate(() => document.activeElement?.localName)).toBe('input');
    expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(0);
    await page.close();
  });
});

describe('Client Version by User report (3,000 rows)', () => {
  test('every row is marked; only the rows on screen have badges; scrolling brings theirs', async () => {
    const page = await open('client-version-by-user.html', 800);
    await page.waitForSelector('[data-rows-ready]');
    const status = await mark(page);
    expect(status).toMatch(/3,000|3000/);
    await waitForBadges(page, 5);
    const onScreen = await badgeCount(page);
    expect(onScreen).toBeGreaterThan(5);
    expect(onScreen).toBeLessThan(60);
    await page.evaluate(() => document.querySelector('#rows tr:last-child')!.scrollIntoView());
    await page.waitForFunction(() => {
      const last = document.querySelector('#rows tr:last-child td:nth-child(3)')!.getBoundingClientRect();
      return [...document.querySelectorAll('[data-offline-im="badge"]')].some((el) => Math.abs(el.getBoundingClientRect().top - last.top) < last.height);
    });
    expect((await textBeforeBadges(page)).filter((p) => p.inView).every((p) => p.follows)).toBe(true);
    await page.screenshot({ path: `${ARTIFACTS}/overlay-3000-bottom.png` });
    await page.close();
  });

  test('marked while scrolled to the middle: the rows on screen get their badges, in place', async () => {
    const page = await open('client-version-by-user.html', 800);
    await page.waitForSelector('[data-rows-ready]');
    await page.evaluate(() => document.querySelector('#rows tr:nth-child(1500)')!.scrollIntoView({ block: 'center' }));
    await mark(page);
    await waitForBadges(page, 5);
    // (A badge half off the screen has no text point under its edge to check.)
    const placed = (await textBeforeBadges(page)).filter((p) => p.inView);
    expect(placed.length).toBeGreaterThan(5);
    expect(placed.filter((p) => !p.follows)).toEqual([]);
    const rowsOnScreen = await page.evaluate(
      () => [...document.querySelectorAll('#rows td:nth-child(3)')].filter((td) => { const r = td.getBoundingClientRect(); return r.bottom > 0 && r.top < innerHeight; }).length,
    );
    expect(await badgeCount(page)).toBe(rowsOnScreen);
    await page.close();
  });
});

describe('admin center with lazy rows and a same-origin frame', () => {
  let page: Page;
  const frameOf = () => page.frames().find((f) => f.url().endsWith('admin-center-details.html'))!;
  test('initial rows and the frame are marked', async () => {
    page = await open('admin-center.html', 3000);
    await page.waitForSelector('[data-loaded]');
    await mark(page);
    // Every row has one build; the rows on screen have their badge.
    await page.waitForFunction(() => {
      const rows = [...document.querySelectorAll('#rows td.mono')].filter((td) => td.getBoundingClientRect().bottom < innerHeight);
      return rows.length >= 8 && document.querySelectorAll('[data-offline-im="badge"]').length === rows.length;
    });
    expect(await waitForBadges(frameOf(), 2)).toBe(2);
    const frameBadges = await drawnBadges(frameOf());
    expect(frameBadges.map((x) => [x.version, x.online, x.onprem])).toEqual([
      ['16.0.6769.2017', 'eligible', 'upgrade-required'],
      ['16.0.6965.2058', 'eligible', 'eligible'],
    ]);
  });

  test('rows added later (timer, "Load more", scrolling) are marked as they arrive', async () => {
    await page.waitForFunction(() => Number(document.documentElement.dataset.loaded) >= 16);
    await page.click('#load-more');
    await page.waitForFunction(() => Number(document.documentElement.dataset.loaded) >= 24);
    await page.waitForFunction(() => {
      const rows = [...document.querySelectorAll('#rows td.mono')].filter((td) => td.getBoundingClientRect().bottom < innerHeight);
      return rows.length >= 24 && document.querySelectorAll('[data-offline-im="badge"]').length === rows.length;
    });
    const badges = await drawnBadges(page);
    // The split "<span>16.0.</span><b>6701.999</b>" reads as one build.
    expect(badges.find((x) => x.version === '16.0.6701.999')).toMatchObject({ online: 'upgrade-required', onprem: 'upgrade-required' });
    expect(badges.find((x) => x.version === '16.0.6701')).toMatchObject({ online: 'unknown', onprem: 'upgrade-required' });
    const placed = await textBeforeBadges(page);
    expect(placed.filter((p) => !p.follows)).toEqual([]);
  });

  test("the page's one chip counts the frame's clients too (through the extension), and \"Remove marks\" clears the frame as well", async () => {
    const found = await callBackground<{ ok: boolean; marked: number }>(b, 'markTab', await activeTabId(b, page));
    expect(found.ok).toBe(true);
    await page.waitForFunction((n) => document.querySelector('[data-offline-im="chip"]')?.getAttribute('data-total') === String(n), found.marked);
    expect((await readChip(page, b)).text).toContain(`Clients marked: ${found.marked}`);
    await clickInChip(page, b, '[data-action="remove-marks"]');
    await frameOf().waitForFunction(() => document.querySelectorAll('[data-offline-im]').length === 0);
    expect(await badgeCount(page)).toBe(0);
    await page.close();
  });
});

describe('hostile page (strict CSP, markup-like text, fields)', () => {
  let page: Page;
  let pristine: string;
  test('marks only real page text, with styles that the CSP does not block', async () => {
    page = await open('hostile.html');
    pristine = await pageTree(page);
    // The background answers once the overlay has read the whole page: 6 builds, no more to come.
    expect(await mark(page)).toMatch(/\b6\b/);
    await waitForBadges(page, 6);
    const placed = await textBeforeBadges(page);
    expect(placed.map((x) => x.version)).toEqual(['16.0.6920.1000', '16.0.6965.2058', '16.0.6920.1000', '16.0.6701.999', '16.0.4266.1001', '15.0.4569.1503']);
    expect(placed.map((x) => x.id)).toEqual(['markup', 'entity', 'split-b', 'split-deep', 'two', 'two']);
    expect(placed.filter((x) => !x.follows)).toEqual([]);
    expect(await page.$$eval('img', (imgs) => imgs.length)).toBe(0);
    expect(await page.evaluate(() => (document.querySelector('#ta') as HTMLTextAreaElement).value)).toBe('16.0.6920.1000');
    expect(await page.title()).not.toContain('scripts ran');
    // Our constructed stylesheets apply under style-src 'none'.
    const style = await inExtensionWorld<{ radius: string; display: string; width: number }>(
      page,
      b,
      `(() => { const button = ${shadowOf('[data-offline-im="badge"]')}.querySelector('button'); const cs = getComputedStyle(button);
        return { radius: cs.borderTopLeftRadius, display: cs.display, width: button.getBoundingClientRect().width }; })()`,
    );
    expect(style.radius).not.toBe('0px');
    expect(style.display).toBe('inline-flex');
    expect(style.width).toBeGreaterThan(20);
    expect(await pageTree(page)).toBe(pristine);
    await page.screenshot({ path: `${ARTIFACTS}/overlay-hostile.png`, caret: 'initial' });
  });

  test('remove leaves the hostile page exactly as it was', async () => {
    await clickInChip(page, b, '[data-action="remove-marks"]');
    await page.waitForFunction(() => !document.querySelector('[data-offline-im]'));
    expect(await pageTree(page)).toBe(pristine);
  });
});

describe('context menu and keyboard shortcut (background handlers)', () => {
  test('menus are created idempotently', async () => {
    await callBackground(b, 'createMenus');
    await expect(callBackground(b, 'createMenus')).resolves.toBeUndefined();
  });

  test('"Check selected builds" shows a panel and keeps the text for the popup', async () => {
    const page = await open('client-version-summary.html');
    const popup = await (await import('./harness.ts')).clickToolbarButton(b, page);
    await popup.close();
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
    const selectionText = selected.replace(/\s+/g, ' ').trim();
    await callBackground(b, 'onMenuClicked', { menuItemId: 'check-selection', selectionText, frameId: 0, editable: false }, { id: tabId });
    const panel = () => inExtensionWorld<string>(page, b, `${shadowOf('[data-offline-im="layer"]')}?.querySelector('.selection')?.textContent ?? ''`);
    await expect.poll(panel).toContain('16.0.6741.2021');
    expect(await panel()).toContain('16.0.6870.2001');
    const stored = (await b.context.serviceWorkers()[0]!.evaluate('chrome.storage.session.get("lastSelection")')) as {
      lastSelection: { text: string; at: number };
    };
    expect(stored.lastSelection.text).toBe(selected);
    await page.screenshot({ path: `${ARTIFACTS}/overlay-selection-panel.png` });
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('[data-offline-im]'));
    expect(await badgeCount(page)).toBe(0);
  });

  test('the "mark-builds" command marks the active tab and focuses the chip; the page menu item marks too', async () => {
    const page = await open('client-version-summary.html');
    const popup = await (await import('./harness.ts')).clickToolbarButton(b, page);
    await popup.close();
    const tabId = await activeTabId(b, page);
    const result = await callBackground<{ ok: boolean; marked: number }>(b, 'onCommand', 'mark-builds', { id: tabId });
    expect(result).toEqual({ ok: true, marked: 16 });
    await waitForBadges(page, 16);
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.offlineIm)).toBe('chip');
    await callBackground(b, 'onMenuClicked', { menuItemId: 'mark-page', frameId: 0, editable: false }, { id: tabId });
    expect(await badgeCount(page)).toBe(16);
  });

  test('where it cannot act, the toolbar button says so (badge text and tooltip)', async () => {
    const page = await open('client-version-summary.html');
    const tabId = await activeTabId(b, page);
    expect(await callBackground(b, 'onCommand', 'mark-builds', { id: tabId })).toEqual({ ok: false, error: 'bg_error_cannot_access' });
    const shown = (await b.context.serviceWorkers()[0]!.evaluate(
      `Promise.all([chrome.action.getBadgeText({ tabId: ${tabId} }), chrome.action.getTitle({ tabId: ${tabId} })])`,
    )) as [string, string];
    expect(shown[0]).toBe('!');
    expect(shown[1]).toMatch(/cannot|can't|not/i);
    expect(await badgeCount(page)).toBe(0);
  });

  test('no request left the machine', () => {
    expect(b.externalRequests).toEqual([]);
  });
});
