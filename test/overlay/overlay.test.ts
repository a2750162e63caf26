// @vitest-environment happy-dom
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { browserMock, resetStorage, setManagedPolicy } from './browser-mock.ts';

vi.mock('../../src/platform/browser.ts', () => ({ default: browserMock }));

const { createOverlay } = await import('../../src/content/create-overlay.ts');

function load(html: string): void {
  const template = document.createElement('template');
  // Test-only markup written here, not page text.
  template.innerHTML = html; // eslint-disable-line no-unsanitized/property
  document.body.replaceChildren(template.content);
}

const badges = () => [...document.querySelectorAll('[data-offline-im="badge"]')] as HTMLElement[];
const until = async (check: () => boolean, ms = 3000) => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
};

beforeEach(() => {
  resetStorage();
  document.body.replaceChildren();
  for (const el of document.querySelectorAll('[data-offline-im]')) el.remove();
});

describe('overlay', () => {
  test("an organisation's policy sets the mailbox and raises the minimum build the badges judge by", async () => {
    setManagedPolicy({ defaultMailbox: 'onprem', minimumBuild: '16.0.7000.1000' });
    load('<table><tbody><tr><td>OC/16.0.6965.2058 (Skype for Business)</td></tr><tr><td>OC/16.0.17928.20114</td></tr></tbody></table>');
    const overlay = createOverlay(document);
    expect(await overlay.mark()).toBe(2);
    const [below, above] = badges();
    // Eligible by Microsoft's thresholds, but below the organisation's 16.0.7000.1000.
    expect({ online: below!.dataset.online, onprem: below!.dataset.onprem }).toEqual({ online: 'upgrade-required', onprem: 'upgrade-required' });
    expect({ online: above!.dataset.online, onprem: above!.dataset.onprem }).toEqual({ online: 'eligible', onprem: 'eligible' });
    overlay.remove();
  });

  test('rows added later are marked in a batch; remove restores page and chip', async () => {
    load('<table><tbody id="rows"><tr><td>OC/16.0.6965.2058 (Skype for Business)</td></tr></tbody></table>');
    const pristine = document.documentElement.outerHTML;
    const overlay = createOverlay(document);
    expect(await overlay.mark()).toBe(1);
    expect(document.querySelector('offline-im-chip')).not.toBeNull();
    const body = document.getElementById('rows') as HTMLTableSectionElement;
    for (const agent of ['OC/15.0.4569.1503 (Microsoft Lync)', 'UCCAPI/16.0.6920.1000 OC/16.0.6870.2001']) {
      const row = body.insertRow();
      const cell = row.insertCell();
      // Split over inline elements, as a framework might render it.
      const [head, tail] = [agent.slice(0, 10), agent.slice(10)];
      const b = document.createElement('b');
      b.textContent = head;
      cell.append(b, tail);
    }
    await until(() => badges().length === 3);
    expect(badges().map((b) => b.dataset.version)).toEqual(['16.0.6965.2058', '15.0.4569.1503', '16.0.6870.2001']);
    // A text node rewritten in place (as frameworks do) is read again.
    const cell = body.insertRow().insertCell();
    cell.textContent = 'loading…';
    await new Promise((r) => setTimeout(r, 200));
    cell.firstChild!.nodeValue = '16.0.4266.1001';
    await until(() => badges().length === 4);
    overlay.remove();
    expect(badges()).toHaveLength(0);
    expect(document.querySelector('offline-im-chip')).toBeNull();
    // The rows the page added stay; everything we added is gone.
    body.replaceChildren(body.firstElementChild!);
    expect(document.documentElement.outerHTML).toBe(pristine);
  });

  test('the chip mailbox switch redraws badges and saves the setting', async () => {
    load('<p>16.0.6920.999</p>');
    const overlay = createOverlay(document);
    await overlay.mark();
    const chip = document.querySelector('offline-im-chip')!.shadowRoot!;
    const select = chip.querySelector('select')!;
    expect(select.value).toBe('both');
    select.value = 'onprem';
    select.dispatchEvent(new Event('change'));
    await until(() => badges()[0]!.shadowRoot!.querySelector('button')!.textContent === 'Update needed');
    await new Promise((r) => setTimeout(r, 50));
    expect(await browserMock.storage.local.get('settings')).toMatchObject({ settings: { mailbox: 'onprem' } });
    expect(chip.textContent).toContain('1 Update needed');
    overlay.remove();
  });

  test('the selection panel lists builds with verdicts and closes on Escape', () => {
    const overlay = createOverlay(document);
    const { builds } = overlay.showSelection('alice;16.0.6741.2021\nbob;16.0.6741.2021\ncarol;15.0.4569.1503\n10.0.19045.3803');
    expect(builds).toBe(2);
    const root = document.querySelector('offline-im-panel')!.shadowRoot!;
    const items = [...root.querySelectorAll('li.build')].map((li) => [li.getAttribute('data-version'), li.getAttribute('data-online'), li.getAttribute('data-onprem')]);
    expect(items).toEqual([
      ['16.0.6741.2021', 'eligible', 'upgrade-required'],
      ['15.0.4569.1503', 'not-supported', 'not-supported'],
    ]);
    expect(root.textContent).toContain('Seen 2 times');
    root.querySelector('.panel')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(document.querySelector('offline-im-panel')).toBeNull();
    expect(overlay.showSelection('no builds here').builds).toBe(0);
    expect(document.querySelector('offline-im-panel')!.shadowRoot!.textContent).toContain('No client build in the selected text.');
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
});
