// @vitest-environment happy-dom
// The admin's workflow: from verdicts to people and actions (issue 12).
import { cleanup, configure, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { browser, message } from '../browser-fake.ts';

// Two shared cores: give scans in the fallback time beyond the default second.
configure({ asyncUtilTimeout: 5000 });

vi.mock('../../src/platform/browser.ts', () => import('../browser-fake.ts'));

const { App: PopupApp } = await import('../../src/popup/app.tsx');
const { createScanClient } = await import('../../src/popup/scan-client.ts');
const { createWorkerHandler } = await import('../../src/popup/worker-handler.ts');

function App() {
  return <PopupApp client={createScanClient(undefined, async () => createWorkerHandler())} />;
}

let clipboard: string[] = [];
beforeEach(() => {
  clipboard = [];
  Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (text: string) => void clipboard.push(text) } });
});
afterEach(() => cleanup());

const textarea = () => screen.getByLabelText(message('popup_paste_label')) as HTMLTextAreaElement;
const type = (text: string) => fireEvent.input(textarea(), { target: { value: text } });

const REPORT = [
  'User,Version',
  'alice@contoso.com,UCCAPI/16.0.6741.2021 OC/16.0.6741.2021',
  'sip:bob@contoso.com,OC/16.0.4266.1001',
  'CONTOSO\\carol,OC/15.0.4569.1503',
  'dave@contoso.com,OC/16.0.7070.2036',
  'alice@contoso.com,OC/16.0.6741.2021',
].join('\n');

async function chooseOnPrem() {
  fireEvent.click(screen.getByRole('radio', { name: message('location_onprem') }));
  await waitFor(() => expect(screen.getByRole('radio', { name: message('location_onprem') })).toHaveProperty('checked', true));
}

describe('Who must update', () => {
  test('distinct users whose client is not eligible, with build, result and action; copied as a To: list', async () => {
    render(<App />);
    type(REPORT);
    await chooseOnPrem();
    const view = await screen.findByTestId('users-view');
    await waitFor(() => expect(view.dataset.count).toBe('3'));
    expect(view.querySelector('summary')!.textContent).toBe('Who must update: 3 users');
    const users = [...view.querySelectorAll<HTMLElement>('tr[data-user]')].map((tr) => [tr.dataset.user, tr.dataset.action]);
    expect(users).toEqual([
      ['alice@contoso.com', 'update'],
      ['bob@contoso.com', 'move-to-c2r'],
      ['CONTOSO\\carol', 'replace'],
    ]);
    fireEvent.click(within(view).getByRole('button', { name: message('popup_users_copy') }));
    await waitFor(() => expect(clipboard).toEqual(['alice@contoso.com; bob@contoso.com; CONTOSO\\carol']));
    await waitFor(() => expect(within(view).getByRole('status').textContent).toBe('3 addresses copied: paste them into an e-mail\'s To: line.'));
  });

  test('a report naming many users: the first 50 rows, 50 more on request, the To: line and count of them all', async () => {
    render(<App />);
    type(Array.from({ length: 120 }, (_, i) => `user${i}@contoso.com,OC/16.0.4266.1001`).join('\n'));
    const view = await screen.findByTestId('users-view');
    await waitFor(() => expect(view.dataset.count).toBe('120'));
    expect(view.querySelector('summary')!.textContent).toBe('Who must update: 120 users');
    const rows = () => [...view.querySelectorAll<HTMLElement>('tr[data-user]')].map((tr) => tr.dataset.user);
    expect(rows()).toEqual(Array.from({ length: 50 }, (_, i) => `user${i}@contoso.com`));
    fireEvent.click(within(view).getByRole('button', { name: message('popup_users_more').replace('{left}', '70') }));
    await waitFor(() => expect(rows()).toHaveLength(100));
    expect(rows()[99]).toBe('user99@contoso.com');
    expect(within(view).getByRole('button', { name: message('popup_users_more').replace('{left}', '20') })).toBeTruthy();
    fireEvent.click(within(view).getByRole('button', { name: message('popup_users_copy') }));
    await waitFor(() => expect(clipboard).toEqual([Array.from({ length: 120 }, (_, i) => `user${i}@contoso.com`).join('; ')]));
    await waitFor(() => expect(within(view).getByRole('status').textContent).toContain('120'));
  });

  test('says so when the lines name no users', async () => {
    render(<App />);
    type('16.0.6741.2021\n16.0.4266.1001');
    const view = await screen.findByTestId('users-view');
    expect(view.textContent).toContain(message('popup_users_title'));
    expect(view.textContent).toContain('The lines name no users');
  });
});

describe('grouped by action, summary and CSV', () => {
  test('groups are labelled with their target and counts, problems first', async () => {
    render(<App />);
    type(REPORT);
    await chooseOnPrem();
    await waitFor(() => expect(document.querySelectorAll('section.group')).toHaveLength(4));
    const titles = [...document.querySelectorAll('.group-title')].map((h) => h.textContent);
    expect(titles).toEqual([
      'Update to 16.0.6920.1000 or later2 clients in 1 build',
      'Move from MSI to Click-to-Run1 client in 1 build',
      'Replace: not supported1 client in 1 build',
      'Eligible: nothing to do1 client in 1 build',
    ]);
  });

  test('"Copy summary" honours Problems only, and the confirmation is next to the buttons', async () => {
    render(<App />);
    type(REPORT);
    await chooseOnPrem();
    fireEvent.click(await screen.findByRole('checkbox', { name: message('popup_problems_only') }));
    await waitFor(() => expect(document.querySelectorAll('section.group')).toHaveLength(3));
    fireEvent.click(screen.getByRole('button', { name: message('popup_copy_summary') }));
    await waitFor(() => expect(clipboard).toHaveLength(1));
    const text = clipboard[0]!;
    expect(text).toMatch(/^Offline IM check, Exchange on-premises \(threshold 16\.0\.6920\.1000\), \d{4}-\d\d-\d\d/);
    expect(text).not.toContain('16.0.7070.2036');
    expect(text).toContain('alice@contoso.com; bob@contoso.com; CONTOSO\\carol');
    const status = screen.getByTestId('export-status');
    await waitFor(() => expect(status.textContent).toBe(message('popup_copied_summary')));
    // Right under the buttons, before any build row.
    expect(status.compareDocumentPosition(document.querySelector('li.row')!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  test('the fleet bar is an SVG hidden from screen readers, its counts are text', async () => {
    render(<App />);
    type(REPORT);
    await chooseOnPrem();
    const fleet = await screen.findByTestId('fleet');
    const svg = fleet.querySelector('svg')!;
    expect(svg.getAttribute('aria-hidden')).toBe('true');
    expect([...svg.querySelectorAll('rect')].map((r) => r.getAttribute('class'))).toEqual(['bar-eligible', 'bar-upgrade-required', 'bar-not-supported']);
    expect(fleet.textContent).toContain('Update needed: 3');
    expect(screen.getByTestId('results-status').textContent).toBe('5 clients: 3 need an update, 1 not supported.');
  });
});

describe('Firefox: files open in a tab', () => {
  test('in Firefox\'s toolbar popup, "Open file…" opens this page in a tab instead of a dialog that would close the popup', async () => {
    browser.runtime.getBrowserInfo = async () => ({ name: 'Firefox' });
    const close = vi.spyOn(window, 'close').mockImplementation(() => undefined);
    render(<App />);
    const button = screen.getByRole('button', { name: message('popup_open_file') });
    await waitFor(() => expect(button.dataset.viaTab).toBe('true'));
    fireEvent.click(button);
    await waitFor(() => expect(browser.tabs.create).toHaveBeenCalledTimes(1));
    expect(new URL(browser.tabs.create.mock.calls[0]![0].url!).search).toBe('?open-file');
    expect(close).toHaveBeenCalled();
  });

  test('in a tab (or in Chromium) the file dialog opens directly; the toolbar popup focuses the paste box', async () => {
    render(<App />);
    expect(document.activeElement).toBe(textarea());
    const button = screen.getByRole('button', { name: message('popup_open_file') });
    const input = document.querySelector<HTMLInputElement>('input[type=file]')!;
    const click = vi.spyOn(input, 'click');
    fireEvent.click(button);
    expect(click).toHaveBeenCalled();
    expect(browser.tabs.create).not.toHaveBeenCalled();
  });
});
