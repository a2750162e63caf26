// @vitest-environment happy-dom
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { BUILD_CASES, NOT_A_BUILD } from '../cases.ts';
import { browserMock, resetStorage } from './browser-mock.ts';

vi.mock('../../src/platform/browser.ts', () => ({ default: browserMock }));

const { createMarkState } = await import('../../src/content/mark-state.ts');
const { markBuilds } = await import('../../src/content/mark-builds.ts');
const { unmark } = await import('../../src/content/unmark.ts');

function load(html: string): void {
  const template = document.createElement('template');
  // Test-only markup written here, not page text.
  template.innerHTML = html; // eslint-disable-line no-unsanitized/property
  document.body.replaceChildren(template.content);
}

const badges = () => [...document.querySelectorAll('[data-offline-im="badge"]')] as HTMLElement[];
const serialise = () => document.documentElement.outerHTML;

beforeEach(() => {
  resetStorage();
  document.body.replaceChildren();
});

describe('marking builds', () => {
  test.each(BUILD_CASES.map((c) => [c.input, c] as const))('%s gets a badge with the engine verdicts', async (_input, c) => {
    const cell = document.createElement('td');
    cell.textContent = c.input;
    const table = document.createElement('table');
    table.createTBody().insertRow().append(cell);
    document.body.replaceChildren(table);
    const state = createMarkState(document, 'both');
    expect(await markBuilds(document.body, state)).toBe(1);
    const [badge] = badges();
    expect(badge).toBeDefined();
    expect(badge!.parentElement).toBe(cell);
    expect(badge!.dataset.version).toBe(c.version);
    expect(badge!.dataset.online).toBe(c.online);
    expect(badge!.dataset.onprem).toBe(c.onprem);
  });

  test.each(NOT_A_BUILD)('%s gets no badge', async (text) => {
    load(`<p></p>`);
    document.querySelector('p')!.textContent = text;
    expect(await markBuilds(document.body, createMarkState(document, 'both'))).toBe(0);
    expect(badges()).toHaveLength(0);
  });

  test('a badge sits right after the build text, before the rest of the cell', async () => {
    load('<table><tr><td>UCCAPI/16.0.6965.2058 OC/16.0.6965.2058 (Skype for Business)</td></tr></table>');
    await markBuilds(document.body, createMarkState(document, 'online'));
    const cell = document.querySelector('td')!;
    const [before, badge, after] = [...cell.childNodes];
    expect(before!.textContent).toBe('UCCAPI/16.0.6965.2058 OC/16.0.6965.2058');
    expect((badge as HTMLElement).dataset.version).toBe('16.0.6965.2058');
    expect(after!.textContent).toBe(' (Skype for Business)');
  });

  test('a build split across <b> and <span> is found and marked after its last piece', async () => {
    load('<table><tr><td>OC/<b>16.0.</b><span>6701.999</span> (Skype)</td></tr></table>');
    await markBuilds(document.body, createMarkState(document, 'both'));
    const [badge] = badges();
    expect(badge!.dataset.version).toBe('16.0.6701.999');
    expect(badge!.dataset.online).toBe('upgrade-required');
    expect(badge!.parentElement!.localName).toBe('span');
    expect(badge!.closest('td')).toBe(document.querySelector('td'));
  });

  test('skipped elements get no badge', async () => {
    load(
      '<p>16.0.6920.1000</p><script>var v = "16.0.6920.1000"</script><style>/* 16.0.6920.1000 */</style>' +
        '<textarea>16.0.6920.1000</textarea><input value="16.0.6920.1000"><div contenteditable>16.0.6920.1000</div>',
    );
    await markBuilds(document.body, createMarkState(document, 'both'));
    expect(badges().map((b) => b.parentElement!.localName)).toEqual(['p']);
  });

  test('running twice adds nothing', async () => {
    load('<table><tr><td>OC/16.0.6965.2058 (Skype)</td><td>16.0.4266.1001 and 15.0.4569.1503</td></tr></table>');
    const state = createMarkState(document, 'both');
    expect(await markBuilds(document.body, state)).toBe(3);
    const once = serialise();
    expect(await markBuilds(document.body, state)).toBe(0);
    expect(serialise()).toBe(once);
    // A fresh state (a second injection) finds the badges in the page too.
    expect(await markBuilds(document.body, createMarkState(document, 'both'))).toBe(0);
    expect(badges()).toHaveLength(3);
  });

  test('remove marks restores the DOM exactly', async () => {
    load(
      '<table><tr><td>UCCAPI/16.0.6965.2058 OC/16.0.6965.2058 (Skype for Business)</td><td>alice</td></tr>' +
        '<tr><td>two: 16.0.6701.1000, 16.0.6920.999 and <b>16.0.</b>7000 end</td></tr></table><p>Version 1605 (Build 6965.2058 Click-to-Run)</p>',
    );
    const before = serialise();
    const state = createMarkState(document, 'both');
    expect(await markBuilds(document.body, state)).toBe(5);
    expect(serialise()).not.toBe(before);
    unmark(state);
    expect(serialise()).toBe(before);
    expect(document.querySelector('td')!.childNodes).toHaveLength(1);
  });

  test('a big page (visible-first path, two writes) gets every badge once, in its cell, and restores exactly', async () => {
    const table = document.createElement('table');
    const body = table.createTBody();
    for (let i = 0; i < 700; i++) {
      const cell = body.insertRow().insertCell();
      cell.textContent = `UCCAPI/16.0.${6000 + i}.1000 OC/16.0.${6000 + i}.1000 (Skype for Business)`;
    }
    document.body.replaceChildren(table);
    const before = serialise();
    const state = createMarkState(document, 'online');
    expect(await markBuilds(document.body, state)).toBe(700);
    const all = badges();
    expect(all).toHaveLength(700);
    expect(all.map((b) => b.dataset.version)).toEqual(Array.from({ length: 700 }, (_, i) => `16.0.${6000 + i}.1000`));
    for (const badge of all) {
      expect(badge.previousSibling!.textContent!.endsWith(`OC/${badge.dataset.version}`)).toBe(true);
      expect(badge.nextSibling!.textContent).toBe(' (Skype for Business)');
    }
    expect(await markBuilds(document.body, state)).toBe(0);
    unmark(state);
    expect(serialise()).toBe(before);
  });

  test('the badge shows text and an icon for the chosen location', async () => {
    load('<p>16.0.6920.999</p>');
    await markBuilds(document.body, createMarkState(document, 'onprem'));
    const button = badges()[0]!.shadowRoot!.querySelector('button')!;
    expect(button.textContent).toBe('Update needed');
    expect(button.querySelector('svg')).not.toBeNull();
    expect(button.getAttribute('aria-label')).toContain('Exchange Online: Eligible');
    expect(button.title).toContain('Exchange on-premises: Update needed');
  });
});
