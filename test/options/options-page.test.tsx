// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { browser } from '../browser-fake.ts';

vi.mock('../../src/platform/browser.ts', () => import('../browser-fake.ts'));
const { OptionsPage } = await import('../../src/options/options-page.tsx');

const SITES = ['https://reports.contoso.com', 'http://127.0.0.1:8080'];

/** Saves, messages to the background and permission removals, in the order they happened. */
function calls(): string[] {
  const log = [
    ['save', browser.storage.local.set],
    ['message', browser.runtime.sendMessage],
    ['permissions.remove', browser.permissions.remove],
  ] as const;
  return log
    .flatMap(([what, stub]) => stub.mock.calls.map((args, i) => [stub.mock.invocationCallOrder[i]!, `${what} ${JSON.stringify(args[0])}`] as const))
    .sort((x, y) => x[0] - y[0])
    .map(([, call]) => call);
}
const stored = async () => (await browser.storage.local.get('settings')).settings as { mailbox: string; problemsOnly: boolean };

beforeEach(async () => {
  await browser.storage.local.set({ settings: { version: 1, mailbox: 'online', problemsOnly: false, autoMarkSites: [...SITES] } });
  browser.storage.local.set.mockClear();
  browser.runtime.sendMessage.mockResolvedValue({ ok: true });
});
afterEach(cleanup);

describe('first open', () => {
  test('renders at once with the user\'s settings while storage.managed has not answered', async () => {
    browser.storage.managed.get.mockReturnValue(new Promise(() => undefined));
    render(<OptionsPage />);
    // Not blank: the heading and the mailbox choice are there before any policy answer.
    expect(screen.getByRole('heading', { level: 1 })).toBeTruthy();
    await waitFor(() => expect((screen.getByRole('radio', { name: 'Exchange Online' }) as HTMLInputElement).checked).toBe(true));
  });

  test('a choice made before storage.managed answers stands when it does', async () => {
    let answer!: (policy: Record<string, unknown>) => void;
    browser.storage.managed.get.mockReturnValueOnce(new Promise((resolve) => (answer = resolve)));
    render(<OptionsPage />);
    const onprem = screen.getByRole('radio', { name: 'Exchange on-premises' });
    await waitFor(() => expect((screen.getByRole('radio', { name: 'Exchange Online' }) as HTMLInputElement).checked).toBe(true));
    fireEvent.click(onprem);
    await waitFor(async () => expect((await stored()).mailbox).toBe('onprem'));
    answer({});
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect((onprem as HTMLInputElement).checked).toBe(true);
  });
});

describe('user settings', () => {
  test('shows the stored choices with labelled controls', async () => {
    render(<OptionsPage />);
    const online = await screen.findByRole('radio', { name: 'Exchange Online' });
    // The defaults are on show until storage answers.
    await waitFor(() => expect((online as HTMLInputElement).checked).toBe(true));
    expect((screen.getByRole('radio', { name: 'Exchange on-premises' }) as HTMLInputElement).checked).toBe(false);
    expect(screen.getByRole('group', { name: "Where are your users' mailboxes?" })).toBeTruthy();
    expect((screen.getByRole('checkbox', { name: 'Show only builds that need action' }) as HTMLInputElement).checked).toBe(false);
    expect(screen.queryByText('Set by your organisation')).toBeNull();
  });

  test('changing the mailbox and the filter saves them', async () => {
    render(<OptionsPage />);
    fireEvent.click(await screen.findByRole('radio', { name: 'Exchange on-premises' }));
    await waitFor(async () => expect((await stored()).mailbox).toBe('onprem'));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Show only builds that need action' }));
    await waitFor(async () => expect((await stored()).problemsOnly).toBe(true));
    expect(screen.getByRole('status').textContent).toBe('Saved.');
  });
});

describe('auto-mark sites', () => {
  test('lists the sites, each with a labelled remove button', async () => {
    render(<OptionsPage />);
    for (const origin of SITES) expect(await screen.findByRole('button', { name: `Remove ${origin} and its access` })).toBeTruthy();
  });

  test('remove: tells the background first, then drops the permission, then the setting', async () => {
    render(<OptionsPage />);
    fireEvent.click(await screen.findByRole('button', { name: 'Remove https://reports.contoso.com and its access' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('https://reports.contoso.com removed; the extension no longer has access to it.'));
    expect(calls()).toEqual([
      'message {"type":"set-auto-mark","origin":"https://reports.contoso.com","enabled":false}',
      'permissions.remove {"origins":["https://reports.contoso.com/*"]}',
      `save {"settings":{"version":1,"mailbox":"online","problemsOnly":false,"autoMarkSites":["http://127.0.0.1:8080"]}}`,
    ]);
    expect(screen.queryByText('https://reports.contoso.com')).toBeNull();
    expect(screen.getByText('http://127.0.0.1:8080')).toBeTruthy();
  });

  test('the permission pattern keeps the port in Chrome (Firefox patterns have none)', async () => {
    render(<OptionsPage />);
    fireEvent.click(await screen.findByRole('button', { name: 'Remove http://127.0.0.1:8080 and its access' }));
    await waitFor(() => expect(calls()).toContain('permissions.remove {"origins":["http://127.0.0.1:8080/*"]}'));
    const { originPattern } = await import('../../src/platform/origin-pattern.ts');
    browser.runtime.getURL.mockImplementation((path) => `moz-extension://0a1b2c3d-0000-4000-8000-000000000000${path}`);
    expect(originPattern('http://127.0.0.1:8080')).toBe('http://127.0.0.1/*');
    expect(originPattern('https://reports.contoso.com')).toBe('https://reports.contoso.com/*');
  });

  test('a background error still removes the access, and says what happened', async () => {
    browser.runtime.sendMessage.mockResolvedValue({ ok: false, error: 'error_no_permission' });
    render(<OptionsPage />);
    fireEvent.click(await screen.findByRole('button', { name: 'Remove http://127.0.0.1:8080 and its access' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('but the background page reported: error_no_permission'));
    expect(calls().some((c) => c.startsWith('permissions.remove'))).toBe(true);
  });

  test('a storage failure while removing says so, and the button works again', async () => {
    browser.storage.local.set.mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    render(<OptionsPage />);
    const button = (await screen.findByRole('button', { name: 'Remove http://127.0.0.1:8080 and its access' })) as HTMLButtonElement;
    fireEvent.click(button);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Could not remove http://127.0.0.1:8080: QUOTA_BYTES quota exceeded'));
    expect(button.disabled).toBe(false);
    expect(screen.getByText('http://127.0.0.1:8080')).toBeTruthy();
  });

  test('no sites: an explanation instead of an empty list', async () => {
    await browser.storage.local.set({ settings: { version: 1, mailbox: 'both', problemsOnly: false, autoMarkSites: [] } });
    render(<OptionsPage />);
    expect(await screen.findByText('No sites. Turn on auto-mark for a site from the popup.')).toBeTruthy();
  });
});

describe('organisation settings', () => {
  test('a managed mailbox is shown locked, with text and icon, and cannot be changed', async () => {
    await browser.storage.managed.set({ defaultMailbox: 'onprem', minimumBuild: '16.0.17928.20114', hideTroubleshooting: true });
    render(<OptionsPage />);
    const onprem = (await screen.findByRole('radio', { name: 'Exchange on-premises' })) as HTMLInputElement;
    await waitFor(() => expect(onprem.checked).toBe(true));
    for (const radio of screen.getAllByRole('radio') as HTMLInputElement[]) expect(radio.disabled).toBe(true);
    const group = screen.getByRole('group', { name: "Where are your users' mailboxes?" });
    expect(group.getAttribute('aria-describedby')).toContain('mailbox-locked');
    expect(document.getElementById('mailbox-locked')!.textContent).toBe('Set by your organisation');
    expect(document.querySelector('#mailbox-locked svg')).toBeTruthy();
    expect(screen.getByText('Mailbox location: Exchange on-premises')).toBeTruthy();
    expect(screen.getByText('Minimum client build: 16.0.17928.20114 (thresholds now: Exchange Online 16.0.17928.20114, on-premises 16.0.17928.20114)')).toBeTruthy();
    expect(screen.getByText('The troubleshooting section is hidden.')).toBeTruthy();
    // The user's own choice stays stored; it is only overridden.
    expect((await stored()).mailbox).toBe('online');
  });

  test('disabled auto-mark: locked, but earlier sites can still be removed', async () => {
    await browser.storage.managed.set({ disableAutoMark: true });
    render(<OptionsPage />);
    expect(await screen.findByText('Per-site auto-mark is turned off.')).toBeTruthy();
    expect(document.getElementById('sites-locked')!.textContent).toContain('Your organisation turned off per-site auto-mark.');
    expect(screen.getByRole('button', { name: 'Remove https://reports.contoso.com and its access' })).toBeTruthy();
    expect((screen.getByRole('radio', { name: 'Exchange Online' }) as HTMLInputElement).disabled).toBe(false);
  });

  test('invalid organisation values are reported, not applied', async () => {
    await browser.storage.managed.set({ defaultMailbox: 'cloud', minimumBuild: '16.0.6000.1000' });
    render(<OptionsPage />);
    expect(await screen.findByText(/Your organisation's setting defaultMailbox has a value this version cannot use \(cloud\)/)).toBeTruthy();
    expect(screen.getByText(/minimum build 16.0.6000.1000 is below Microsoft's threshold 16.0.6701.1000/)).toBeTruthy();
    expect((screen.getByRole('radio', { name: 'Exchange Online' }) as HTMLInputElement).disabled).toBe(false);
  });
});
