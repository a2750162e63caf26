// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { activeTab, browser, message } from '../browser-fake.ts';

vi.mock('../../src/platform/browser.ts', () => import('../browser-fake.ts'));
/** The popup's look-ups of the active tab's site, so that a test can wait until one has been answered. */
const siteLookups = vi.hoisted(() => [] as Array<Promise<unknown>>);
vi.mock('../../src/popup/active-site.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/popup/active-site.ts')>();
  return {
    ...real,
    activeSiteOrigin: () => {
      const lookup = real.activeSiteOrigin();
      siteLookups.push(lookup);
      return lookup;
    },
  };
});

const { App: PopupApp } = await import('../../src/popup/app.tsx');
const { createScanClient } = await import('../../src/popup/scan-client.ts');
const { createWorkerHandler } = await import('../../src/popup/worker-handler.ts');
const { createScanStore } = await import('../../src/popup/scan-store.ts');
type ScanClient = import('../../src/popup/scan-client.ts').ScanClient;

/** happy-dom has no module workers: the popup runs the worker's handler itself, as its real fallback does. */
function App() {
  return <PopupApp client={createScanClient(undefined, async () => createWorkerHandler())} />;
}
const { LAST_SELECTION_KEY } = await import('../../src/messaging.ts');

beforeEach(() => {
  siteLookups.length = 0;
});
afterEach(() => cleanup());

/** Resolves once the popup knows the active tab's site and has rendered what follows from it. */
async function siteLookedUp(): Promise<void> {
  await waitFor(() => expect(siteLookups.length).toBeGreaterThan(0));
  // The popup's own .then() on the look-up runs before this await resumes; act() then flushes the render.
  await act(async () => void (await Promise.all(siteLookups)));
}

function textarea(): HTMLTextAreaElement {
  return screen.getByLabelText(message('popup_paste_label')) as HTMLTextAreaElement;
}

function type(text: string) {
  fireEvent.input(textarea(), { target: { value: text } });
}

function rows(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>('li[data-version]')];
}

async function waitForRows(n: number): Promise<HTMLElement[]> {
  await waitFor(() => expect(rows()).toHaveLength(n));
  return rows();
}

describe('popup states', () => {
  test('empty: a labelled text area, the mailbox choice and an explanation, no rows', async () => {
    render(<App />);
    expect(textarea().tagName).toBe('TEXTAREA');
    expect(screen.getByText(message('popup_empty'))).toBeTruthy();
    expect(screen.getByRole('radio', { name: message('popup_mailbox_both') })).toHaveProperty('checked', true);
    expect(rows()).toHaveLength(0);
    // Troubleshooting is collapsed by default.
    const trouble = screen.getByText(message('popup_trouble_title')).closest('details')!;
    expect(trouble.open).toBe(false);
  });

  test('one build: verdict per location, reason and what to do', async () => {
    render(<App />);
    type('16.0.6920.999');
    const [row] = await waitForRows(1);
    expect(row!.dataset).toMatchObject({ version: '16.0.6920.999', online: 'eligible', onprem: 'upgrade-required' });
    const text = row!.textContent!;
    expect(text).toContain('✓Eligible');
    expect(text).toContain('↑Update needed');
    expect(text).toContain('Exchange Online');
    expect(text).toContain('Build 16.0.6920.999 is below 16.0.6920.1000');
    expect(text).toContain('Update to 16.0.6920.1000 or later.');
    expect(text).toContain(message('family_win16'));
    expect(screen.getByTestId('summary-total').textContent).toBe('Clients: 1 · distinct builds: 1 · lines: 1');
  });

  test('mixed report: one row per distinct build with counts and lines, summary, prerequisites, unrecognised lines', async () => {
    render(<App />);
    type(
      [
        'Identity        : Global',
        'EnableOfflineIM : False',
        'alice;UCCAPI/16.0.6965.2058 OC/16.0.6965.2058 (Skype for Business)',
        'bob;UCCAPI/16.0.6965.2058 OC/16.0.6965.2058 (Skype for Business)',
        'carol;OC/15.0.4569.1503 (Microsoft Lync)',
        'dave;16.0.6701',
        'eve;Windows 10.0.19045.3803',
      ].join('\n'),
    );
    const found = await waitForRows(3);
    const row = (v: string) => found.find((r) => r.dataset.version === v)!;
    // EnableOfflineIM False (Global): the current build is blocked, not eligible.
    expect(row('16.0.6965.2058').dataset).toMatchObject({ online: 'blocked', onprem: 'blocked' });
    expect(row('16.0.6965.2058').textContent).toContain('clients: 2');
    expect(row('16.0.6965.2058').textContent).toContain('Lines 3–4');
    expect(row('15.0.4569.1503').dataset).toMatchObject({ online: 'not-supported', onprem: 'not-supported' });
    expect(row('15.0.4569.1503').textContent).toContain('Install Skype for Business 2016 Click-to-Run 16.0.6920.1000 or later instead.');
    expect(row('16.0.6701').dataset).toMatchObject({ online: 'unknown', onprem: 'upgrade-required' });

    // The fleet bar's counts are text, per location, zero counts left out.
    const counts = (location: string) => [...document.querySelectorAll(`.fleet-location[data-location="${location}"] .fleet-count`)].map((li) => li.textContent);
    expect(counts('online')).toEqual(['⊘Blocked by server setting: 2', '✕Not supported: 1', '?Unknown: 1']);
    expect(counts('onprem')).toEqual(['↑Update needed: 1', '⊘Blocked by server setting: 2', '✕Not supported: 1']);
    // Grouped by action, problems first: the server switch before any update.
    const groups = [...document.querySelectorAll<HTMLElement>('section.group')].map((g) => g.dataset.action);
    expect(groups).toEqual(['fix-server', 'update', 'replace']);
    // The server switch that stops everyone comes before the rows.
    const blocker = screen.getByTestId('blocker');
    expect(blocker.textContent).toContain(message('popup_blocker_everyone'));
    expect(blocker.compareDocumentPosition(found[0]!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.getByTestId('results-status').textContent).toBe('4 clients: offline IM is off for everyone at the server, 1 needs an update, 1 not supported.');

    const prereq = document.querySelector('.prerequisites') as HTMLDetailsElement;
    expect(prereq.open).toBe(true);
    expect(prereq.textContent).toContain('EnableOfflineIM is False (Global): offline IM is off for everyone.');
    expect(prereq.querySelector('[data-blocking="true"]')).toBeTruthy();

    // Nothing silently disappears: the Identity and Windows lines are listed on request.
    const unrecognized = screen.getByText('Lines without a client build: 2').closest('details')!;
    expect(unrecognized.open).toBe(false);
    expect(unrecognized.textContent).toContain('eve;Windows 10.0.19045.3803');
    expect(unrecognized.textContent).toContain('10.0.19045.3803 looks like a Windows version');
  });

  test('nothing recognised: says so and lists every line with the reason', async () => {
    render(<App />);
    type('hello there\nOS Build 10.0.19045.3803\n192.168.10.25');
    await waitFor(() => expect(document.querySelector('.nothing-found')).toBeTruthy());
    expect(rows()).toHaveLength(0);
    const list = screen.getByText('Lines without a client build: 3').closest('details')!;
    expect(list.open).toBe(true);
    expect(within(list).getAllByRole('listitem')).toHaveLength(3);
    expect(list.textContent).toContain('192.168.10.25 looks like an IP address');
  });

  test.each([
    ['a string', 'garbage'],
    ['wrong types', { version: 1, mailbox: 42, problemsOnly: 'yes', autoMarkSites: 'everywhere' }],
    ['a foreign object', { theme: 'dark', nested: { a: 1 } }],
  ])('corrupt settings (%s) fall back to defaults and the popup works', async (_name, stored) => {
    await browser.storage.local.set({ settings: stored });
    render(<App />);
    await waitFor(() => expect(browser.storage.local.get).toHaveBeenCalled());
    expect(screen.getByRole('radio', { name: message('popup_mailbox_both') })).toHaveProperty('checked', true);
    type('16.0.4266.1001');
    const [row] = await waitForRows(1);
    expect(screen.getByRole('checkbox', { name: message('popup_problems_only') })).toHaveProperty('checked', false);
    expect(row!.dataset).toMatchObject({ online: 'upgrade-required', onprem: 'upgrade-required' });
    // Both locations shown, on one line because they agree.
    expect(row!.querySelector('.verdict-line')!.textContent).toBe('↑Update neededBoth locations');
  });

  test('storage that throws still leaves a working popup with defaults', async () => {
    browser.storage.local.get.mockRejectedValueOnce(new Error('corrupt database'));
    render(<App />);
    type('16.0.6701.1000');
    const [row] = await waitForRows(1);
    expect(row!.querySelectorAll('.verdict-line')).toHaveLength(2);
  });
});

describe('a long scan', () => {
  test('its first rows show while it runs (busy, exports waiting, no user list yet); then the whole result', async () => {
    const real = createScanClient(undefined, async () => createWorkerHandler());
    // What the worker sends after the first piece: the first line's row.
    const session = createScanStore().begin();
    session.push('a;16.0.6920.1000\n');
    const partial = { ...session.partial(), scannedBy: 'worker' as const };
    let finish!: () => void;
    const client: ScanClient = {
      ...real,
      scan(text, thresholds, onProgress) {
        onProgress?.(partial);
        return new Promise((resolve) => (finish = () => resolve(real.scan(text, thresholds))));
      },
    };
    render(<PopupApp client={client} />);
    type('a;16.0.6920.1000\nb;15.0.4569.1503');
    await waitForRows(1);
    const area = document.querySelector('.results-area')!;
    expect(area.getAttribute('aria-busy')).toBe('true');
    expect(screen.getByText(message('popup_scanning'))).toBeTruthy();
    expect(screen.getByTestId('summary-total').textContent).toBe('Clients: 1 · distinct builds: 1 · lines: 1');
    expect(screen.getByRole('button', { name: message('popup_export_csv') })).toHaveProperty('disabled', true);
    expect(screen.getByRole('button', { name: message('popup_copy_summary') })).toHaveProperty('disabled', true);
    expect(screen.queryByTestId('users-view')).toBeNull();
    expect(screen.getByTestId('results-status').textContent).toBe('');
    finish();
    await waitForRows(2);
    await waitFor(() => expect(area.getAttribute('aria-busy')).toBe('false'));
    expect(screen.getByTestId('summary-total').textContent).toBe('Clients: 2 · distinct builds: 2 · lines: 2');
    expect(screen.getByRole('button', { name: message('popup_export_csv') })).toHaveProperty('disabled', false);
    expect(screen.getByTestId('results-status').textContent).not.toBe('');
  });
});

describe('settings', () => {
  test('the mailbox choice is saved and limits the verdicts shown, while rows keep both codes', async () => {
    render(<App />);
    type('16.0.6701.1000');
    await waitForRows(1);
    fireEvent.click(screen.getByRole('radio', { name: 'Exchange on-premises' }));
    await waitFor(async () => expect(((await browser.storage.local.get('settings')).settings as { mailbox: string }).mailbox).toBe('onprem'));
    const [row] = rows();
    expect(row!.querySelectorAll('.verdict-line')).toHaveLength(1);
    expect(row!.textContent).toContain('Exchange on-premises');
    expect(row!.textContent).not.toContain('Exchange Online');
    expect(row!.dataset).toMatchObject({ online: 'eligible', onprem: 'upgrade-required' });
    expect(document.querySelectorAll('.fleet-location[data-location="online"]')).toHaveLength(0);
    expect(document.querySelectorAll('.fleet-location[data-location="onprem"]')).toHaveLength(1);
  });

  test('a choice made while the settings are still being read stands: the slow first read does not undo it', async () => {
    // storage.managed can take seconds to answer at a profile's first open; the admin clicks before that.
    let answer!: () => void;
    const slow = new Promise<void>((resolve) => (answer = resolve));
    // The stand-in is used once: the read it makes after the wait is the fake's own.
    vi.mocked(browser.storage.managed.get).mockImplementationOnce(async (keys) => {
      await slow;
      return browser.storage.managed.get(keys);
    });
    render(<App />);
    const onprem = screen.getByRole('radio', { name: 'Exchange on-premises' });
    fireEvent.click(onprem);
    await waitFor(async () => expect(((await browser.storage.local.get('settings')).settings as { mailbox: string }).mailbox).toBe('onprem'));
    await act(async () => {
      answer();
      await new Promise((resolve) => setTimeout(resolve, 20));
    });
    expect(onprem).toHaveProperty('checked', true);
    expect(screen.getByRole('radio', { name: message('popup_mailbox_both') })).toHaveProperty('checked', false);
  });

  test('a saved choice is shown when the popup opens', async () => {
    await browser.storage.local.set({ settings: { version: 1, mailbox: 'online', problemsOnly: true, autoMarkSites: [] } });
    render(<App />);
    await waitFor(() => expect(screen.getByRole('radio', { name: 'Exchange Online' })).toHaveProperty('checked', true));
  });

  test('problems only hides eligible builds and is remembered', async () => {
    render(<App />);
    type('16.0.17928.20114\n15.0.4569.1503');
    await waitForRows(2);
    fireEvent.click(screen.getByRole('checkbox', { name: message('popup_problems_only') }));
    await waitForRows(1);
    expect(rows()[0]!.dataset.version).toBe('15.0.4569.1503');
    expect(screen.getByText('Builds without problems hidden: 1.')).toBeTruthy();
    await waitFor(async () => expect(((await browser.storage.local.get('settings')).settings as { problemsOnly: boolean }).problemsOnly).toBe(true));
  });
});

describe('organisation settings (storage.managed)', () => {
  test('a locked mailbox, hidden troubleshooting and no auto-mark toggle', async () => {
    await browser.storage.managed.set({ defaultMailbox: 'onprem', hideTroubleshooting: true, disableAutoMark: true });
    await browser.storage.local.set({ settings: { version: 1, mailbox: 'online', problemsOnly: false, autoMarkSites: ['https://reports.contoso.com'] } });
    render(<App />);
    await waitFor(() => expect(screen.getByRole('radio', { name: 'Exchange on-premises' })).toHaveProperty('checked', true));
    expect(screen.getByRole('radio', { name: 'Exchange Online' })).toHaveProperty('disabled', true);
    expect(screen.getByText(/set by your organisation/)).toBeTruthy();
    expect(screen.queryByText(message('popup_trouble_title'))).toBeNull();
    // The site is a web page the toggle would be offered for: only the policy hides it.
    await siteLookedUp();
    await expect(siteLookups[0]).resolves.toBe('https://reports.contoso.com');
    expect(screen.queryByRole('switch')).toBeNull();
    type('16.0.6741.2021');
    const [row] = await waitForRows(1);
    expect(row!.querySelectorAll('.verdict-line')).toHaveLength(1);
    expect(row!.textContent).toContain('Exchange on-premises');
  });
});

describe('input', () => {
  test('a recent context-menu selection is loaded once and the key removed', async () => {
    await browser.storage.session.set({ [LAST_SELECTION_KEY]: { text: 'OC/16.0.6870.2001', at: Date.now() - 60_000 } });
    render(<App />);
    const [row] = await waitForRows(1);
    expect(row!.dataset.version).toBe('16.0.6870.2001');
    expect(screen.getByText(message('popup_from_selection'))).toBeTruthy();
    expect(textarea().value).toBe('OC/16.0.6870.2001');
    expect(await browser.storage.session.get(null)).toEqual({});
  });

  test('a selection older than 10 minutes is dropped', async () => {
    await browser.storage.session.set({ [LAST_SELECTION_KEY]: { text: '16.0.6870.2001', at: Date.now() - 11 * 60_000 } });
    render(<App />);
    await waitFor(() => expect(browser.storage.session.remove).toHaveBeenCalledWith(LAST_SELECTION_KEY));
    expect(rows()).toHaveLength(0);
    expect(textarea().value).toBe('');
  });

  test('a large paste stays out of the text area and shows a compact state', async () => {
    render(<App />);
    const big = Array.from({ length: 3000 }, (_, i) => `user${i};16.0.${i % 2 ? '6965.2058' : '6600.1000'}`).join('\n');
    const paste = new Event('paste', { bubbles: true, cancelable: true });
    Object.defineProperty(paste, 'clipboardData', { value: { getData: (type: string) => (type === 'text/plain' ? big : '') } });
    textarea().dispatchEvent(paste);
    expect(paste.defaultPrevented).toBe(true);
    await waitFor(() => expect(screen.getByTestId('large-text').textContent).toContain('3,000 lines pasted'));
    expect(document.querySelector('textarea')).toBeNull();
    await waitForRows(2);
    expect(screen.getByTestId('summary-total').textContent).toBe('Clients: 3,000 · distinct builds: 2 · lines: 3,000');
    fireEvent.click(screen.getByRole('button', { name: message('popup_clear') }));
    await waitFor(() => expect(document.querySelector('textarea')).toBeTruthy());
    expect(rows()).toHaveLength(0);
  });

  test('a UTF-16 PowerShell file decodes and is checked', async () => {
    render(<App />);
    const text = 'VersionToReport : 16.0.6769.2017\r\n';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) bytes[2 + i * 2] = text.charCodeAt(i);
    const file = new File([bytes], 'c2r.txt', { type: 'text/plain' });
    const input = document.querySelector('input[type=file]') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    fireEvent.change(input);
    const [row] = await waitForRows(1);
    expect(row!.dataset).toMatchObject({ version: '16.0.6769.2017', online: 'eligible', onprem: 'upgrade-required' });
    expect(screen.getByText('From file c2r.txt')).toBeTruthy();
  });

  test('a dropped .csv file is checked', async () => {
    render(<App />);
    const file = new File(['user;agent\nalice;UCCAPI/16.0.6965.2058 OC/16.0.6965.2058 (Skype for Business)\n'], 'report.csv', { type: 'text/csv' });
    const zone = textarea().closest('.paste')!;
    const drop = new Event('drop', { bubbles: true, cancelable: true });
    Object.defineProperty(drop, 'dataTransfer', { value: { types: ['Files'], files: [file] } });
    zone.dispatchEvent(drop);
    expect(drop.defaultPrevented).toBe(true);
    const [row] = await waitForRows(1);
    expect(row!.dataset).toMatchObject({ version: '16.0.6965.2058', online: 'eligible', onprem: 'eligible' });
    expect(screen.getByText('From file report.csv')).toBeTruthy();
    expect(screen.getByText('Lines without a client build: 1')).toBeTruthy();
  });

  test('a binary file is refused with a message and the text stays', async () => {
    render(<App />);
    type('16.0.6920.1000');
    await waitForRows(1);
    const file = new File([new Uint8Array([0, 1, 2, 3, 4, 5, 6, 7, 1, 2, 3, 4, 5, 6, 7, 8])], 'x.bin');
    const input = document.querySelector('input[type=file]') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    fireEvent.change(input);
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('x.bin does not look like a text file'));
    expect(rows()).toHaveLength(1);
  });
});

describe('this page', () => {
  const markButton = () => screen.getByRole('button', { name: message('popup_mark_page') });

  test('without a background handler the mark button shows a clear error', async () => {
    render(<App />);
    fireEvent.click(markButton());
    await waitFor(() => expect(screen.getByTestId('page-status').textContent).toContain(message('popup_error_no_background')));
    expect(browser.runtime.sendMessage).toHaveBeenCalledWith({ type: 'mark-active-tab' });
  });

  test('an empty answer is an error too', async () => {
    browser.runtime.sendMessage.mockResolvedValue(undefined);
    render(<App />);
    fireEvent.click(markButton());
    await waitFor(() => expect(screen.getByTestId('page-status').textContent).toContain(message('popup_error_no_background')));
  });

  test('the marked count and the background error key are shown', async () => {
    browser.runtime.sendMessage.mockResolvedValueOnce({ ok: true, marked: 3 }).mockResolvedValueOnce({ ok: false, error: 'popup_auto_mark_denied' });
    render(<App />);
    fireEvent.click(markButton());
    await waitFor(() => expect(screen.getByTestId('page-status').textContent).toContain('Builds marked on this page: 3.'));
    fireEvent.click(markButton());
    await waitFor(() => expect(screen.getByTestId('page-status').textContent).toContain(message('popup_auto_mark_denied')));
  });

  test('turning auto-mark on asks for the origin inside the click, then tells the background', async () => {
    browser.runtime.sendMessage.mockResolvedValue({ ok: true });
    render(<App />);
    const toggle = await screen.findByRole('switch', { name: 'Always mark builds on reports.contoso.com' });
    expect((toggle as HTMLInputElement).checked).toBe(false);
    fireEvent.click(toggle);
    // Synchronously, in the user gesture: no await happened yet.
    expect(browser.permissions.request).toHaveBeenCalledWith({ origins: ['https://reports.contoso.com/*'] });
    await waitFor(() =>
      expect(browser.runtime.sendMessage).toHaveBeenCalledWith({ type: 'set-auto-mark', origin: 'https://reports.contoso.com', enabled: true }),
    );
    await waitFor(() => expect(screen.getByTestId('page-status').textContent).toContain('Builds on reports.contoso.com will be marked on every visit.'));
    expect((toggle as HTMLInputElement).checked).toBe(true);
  });

  test('a refused permission changes nothing', async () => {
    browser.permissions.request.mockResolvedValue(false);
    render(<App />);
    const toggle = (await screen.findByRole('switch')) as HTMLInputElement;
    fireEvent.click(toggle);
    await waitFor(() => expect(screen.getByTestId('page-status').textContent).toContain(message('popup_auto_mark_denied')));
    expect(toggle.checked).toBe(false);
    expect(browser.runtime.sendMessage).not.toHaveBeenCalled();
  });

  test('turning auto-mark off tells the background, then gives the permission back', async () => {
    await browser.storage.local.set({ settings: { version: 1, mailbox: 'both', problemsOnly: false, autoMarkSites: ['https://reports.contoso.com'] } });
    browser.runtime.sendMessage.mockResolvedValue({ ok: true });
    render(<App />);
    const toggle = (await screen.findByRole('switch')) as HTMLInputElement;
    await waitFor(() => expect(toggle.checked).toBe(true));
    fireEvent.click(toggle);
    await waitFor(() => expect(browser.permissions.remove).toHaveBeenCalledWith({ origins: ['https://reports.contoso.com/*'] }));
    expect(browser.runtime.sendMessage).toHaveBeenCalledWith({ type: 'set-auto-mark', origin: 'https://reports.contoso.com', enabled: false });
    const sent = browser.runtime.sendMessage.mock.invocationCallOrder[0]!;
    const removed = browser.permissions.remove.mock.invocationCallOrder[0]!;
    expect(sent).toBeLessThan(removed);
  });

  test('no auto-mark toggle on a non-web tab', async () => {
    await browser.tabs.update((await activeTab()).id, { url: 'chrome://newtab/' });
    render(<App />);
    await siteLookedUp();
    expect(browser.tabs.query).toHaveBeenCalledWith({ active: true, currentWindow: true });
    await expect(siteLookups[0]).resolves.toBeUndefined();
    expect(screen.queryByRole('switch')).toBeNull();
    expect(markButton()).toBeTruthy();
  });
});
