// @vitest-environment happy-dom
// The overlay's reading side in happy-dom (no layout here, so nothing is drawn:
// drawing is covered by the real-browser tests): what it finds, what it passes
// to the engine, how it follows the page, and that it never writes into it.
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { browser } from '../browser-fake.ts';

vi.mock('../../src/platform/browser.ts', () => import('../browser-fake.ts'));
const scanCalls: unknown[] = [];
vi.mock('../../src/core/index.ts', async (actual) => {
  const core = await actual<typeof import('../../src/core/index.ts')>();
  return {
    ...core,
    scan: (text: string, options?: unknown) => {
      scanCalls.push(options);
      const result = core.scan(text, options as never);
      // Stands in for the engine's Summary.blocked (a server switch turning offline IM off for everyone).
      return /EnableOfflineIM\s*:\s*False/i.test(text) ? { ...result, summary: { ...result.summary, blocked: true } } : result;
    },
  };
});

const { createOverlay } = await import('../../src/content/create-overlay.ts');
const { loadEffectiveSettings } = await import('../../src/settings/managed-store.ts');

function load(html: string): void {
  const template = document.createElement('template');
  // Test-only markup written here, not page text.
  template.innerHTML = html; // eslint-disable-line no-unsanitized/property
  document.body.replaceChildren(template.content);
}

/** Waits until the overlay, which follows the page on its own time, holds this many marks. */
const marksBecome = (overlay: { stats(): { marks: number } }, count: number) =>
  vi.waitFor(() => expect(overlay.stats().marks).toBe(count), { timeout: 3000, interval: 20 });

beforeEach(() => {
  scanCalls.length = 0;
  document.body.replaceChildren();
  for (const el of document.querySelectorAll('[data-offline-im]')) el.remove();
});

describe('overlay (reading the page)', () => {
  test("the thresholds in force (an organisation's minimum) go into the engine's scan", async () => {
    await browser.storage.managed.set({ defaultMailbox: 'onprem', minimumBuild: '16.0.7000.1000' });
    load('<table><tbody><tr><td>OC/16.0.6965.2058 (Skype for Business)</td></tr><tr><td>OC/16.0.17928.20114</td></tr></tbody></table>');
    const overlay = createOverlay(document);
    expect(await overlay.mark()).toBe(2);
    const { thresholds } = await loadEffectiveSettings();
    expect(thresholds).toBeDefined();
    expect(scanCalls.length).toBeGreaterThan(0);
    expect(scanCalls.every((options) => JSON.stringify((options as { thresholds?: unknown }).thresholds) === JSON.stringify(thresholds))).toBe(true);
    overlay.remove();
  });

  test("marking never writes into the page's tree; remove leaves nothing of ours", async () => {
    load('<table><tbody id="rows"><tr><td>UCCAPI/<b>16.0.</b><span>6965.2058</span> (Skype for Business)</td><td>x 16.0.4266.1001 y</td></tr></tbody></table>');
    const pristine = document.body.outerHTML;
    const overlay = createOverlay(document);
    expect(await overlay.mark()).toBe(2);
    expect(document.body.outerHTML).toBe(pristine);
    // Text split over <b>/<span> stays three nodes (nothing was split or joined).
    expect(document.querySelector('td')!.childNodes).toHaveLength(4);
    overlay.remove();
    expect(document.querySelectorAll('[data-offline-im]')).toHaveLength(0);
    expect(document.body.outerHTML).toBe(pristine);
  });

  test('the page changes: late rows, text updated in place, rows removed', async () => {
    load('<table><tbody id="rows"><tr><td>OC/16.0.6965.2058 (Skype for Business)</td></tr></tbody></table>');
    const overlay = createOverlay(document);
    expect(await overlay.mark()).toBe(1);
    const body = document.getElementById('rows') as HTMLTableSectionElement;
    for (const agent of ['OC/15.0.4569.1503 (Microsoft Lync)', 'UCCAPI/16.0.6920.1000 OC/16.0.6870.2001']) {
      const cell = body.insertRow().insertCell();
      const b = document.createElement('b');
      b.textContent = agent.slice(0, 10);
      cell.append(b, agent.slice(10));
    }
    await marksBecome(overlay, 3);
    const cell = body.insertRow().insertCell();
    const slices = overlay.stats().slices;
    cell.textContent = 'loading…';
    // The overlay has read the placeholder (a read slice ran after it appeared) and found nothing in it.
    await vi.waitFor(() => expect(overlay.stats().slices).toBeGreaterThan(slices), { timeout: 3000, interval: 5 });
    expect(overlay.stats().marks).toBe(3);
    cell.firstChild!.nodeValue = '16.0.4266.1001';
    await marksBecome(overlay, 4);
    // The same text node rewritten again: still one mark for it, with the new build.
    cell.firstChild!.nodeValue = 'no build now';
    await marksBecome(overlay, 3);
    body.querySelector('tr')!.remove();
    await marksBecome(overlay, 2);
    overlay.remove();
    expect(overlay.stats().marks).toBe(0);
  });

  test('a page showing offline IM switched off for everyone puts the chip in the blocked state', async () => {
    load('<pre>EnableOfflineIM : False</pre><p>OC/16.0.6965.2058</p>');
    const overlay = createOverlay(document);
    await overlay.mark();
    expect(overlay.blocked()).toBe(true);
    overlay.remove();
    load('<p>OC/16.0.6965.2058</p>');
    const other = createOverlay(document);
    await other.mark();
    expect(other.blocked()).toBe(false);
    other.remove();
  });

  test('markup-like page text stays text', async () => {
    const p = document.createElement('p');
    p.textContent = '<img src=x onerror=alert(1)> 16.0.6920.1000 </td><script>alert(2)</script>';
    document.body.replaceChildren(p);
    const overlay = createOverlay(document);
    expect(await overlay.mark()).toBe(1);
    expect(document.querySelectorAll('img, script')).toHaveLength(0);
    expect(p.textContent).toBe('<img src=x onerror=alert(1)> 16.0.6920.1000 </td><script>alert(2)</script>');
    overlay.remove();
  });

  test('the selection panel counts distinct builds', () => {
    const overlay = createOverlay(document);
    expect(overlay.showSelection('alice;16.0.6741.2021\nbob;16.0.6741.2021\ncarol;15.0.4569.1503\n10.0.19045.3803').builds).toBe(2);
    expect(overlay.showSelection('no builds here').builds).toBe(0);
    // The panel lives in the extension's layer, after <body>, not in the page's content.
    const layer = document.querySelector('[data-offline-im="layer"]')!;
    expect(layer.previousElementSibling).toBe(document.body);
    expect(document.body.querySelector('[data-offline-im]')).toBeNull();
  });
});
