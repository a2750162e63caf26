// The background's handlers against the shared fake of the extension API (test/browser-fake.ts).
import { describe, expect, test, vi } from 'vitest';

import { browser, message, registeredScripts } from '../browser-fake.ts';

vi.mock('../../src/platform/browser.ts', () => import('../browser-fake.ts'));

const { createMenus, onMenuClicked } = await import('../../src/background/context-menus.ts');
const { injectionError, markTab } = await import('../../src/background/inject.ts');
const { isRequest, handleRequest } = await import('../../src/background/handle-request.ts');
const { onCommand } = await import('../../src/background/commands.ts');
const { setAutoMark, syncAutoMark } = await import('../../src/background/auto-mark-registry.ts');
const { relayFrames } = await import('../../src/background/relay-frames.ts');

/** Each page's answers to the injected functions (the content script file answers nothing). */
function pageAnswers(results: Array<{ frameId: number; result: unknown }>): void {
  browser.scripting.executeScript.mockImplementation(async (details) => (details.files ? [] : (results as never)));
}
const injections = () => browser.scripting.executeScript.mock.calls.map(([details]) => details);
const settings = async () => ((await browser.storage.local.get('settings')).settings as { autoMarkSites: string[] }).autoMarkSites;
const badge = async (tabId: number) => ({ text: await browser.action.getBadgeText({ tabId }), title: await browser.action.getTitle({ tabId }) });

/** The calls of several stubs in the order they happened, by name. */
function inOrder(mocks: Record<string, { mock: { invocationCallOrder: number[]; calls: unknown[][] } }>): Array<[string, unknown]> {
  return Object.entries(mocks)
    .flatMap(([name, m]) => m.mock.calls.map((args, i) => [m.mock.invocationCallOrder[i]!, name, args[0]] as const))
    .sort((x, y) => x[0] - y[0])
    .map(([, name, arg]) => [name, arg]);
}

describe('background', () => {
  test('menus: removed first, then created, every time', async () => {
    await createMenus();
    await createMenus();
    const calls = inOrder({ removeAll: browser.contextMenus.removeAll, create: browser.contextMenus.create });
    expect(calls.map(([what]) => what)).toEqual(['removeAll', 'create', 'create', 'removeAll', 'create', 'create']);
    expect(calls[1]![1]).toEqual({ id: 'check-selection', title: message('menu_check_selection'), contexts: ['selection'] });
    expect(calls[2]![1]).toEqual({ id: 'mark-page', title: message('menu_mark_page'), contexts: ['page'] });
  });

  test('"Check selected builds" keeps the text and shows the panel in the clicked frame', async () => {
    pageAnswers([{ frameId: 3, result: 'line one\nline two 16.0.6741.2021' }]);
    const before = Date.now();
    await onMenuClicked({ menuItemId: 'check-selection', selectionText: 'line one line two 16.0.6741.2021', frameId: 3, editable: false, modifiers: [] }, {
      id: 5,
    } as never);
    const targets = injections().map((d) => d.target);
    expect(targets.length).toBeGreaterThan(0);
    expect(targets.every((t) => JSON.stringify(t) === JSON.stringify({ tabId: 5, frameIds: [3] }))).toBe(true);
    expect(injections().some((d) => JSON.stringify(d.files) === '["/dist/content.js"]')).toBe(true);
    // The page's own selection (with its line breaks) replaces the collapsed selectionText.
    const kept = (await browser.storage.session.get('lastSelection')).lastSelection as { text: string; at: number };
    expect(kept.text).toBe('line one\nline two 16.0.6741.2021');
    expect(kept.at).toBeGreaterThanOrEqual(before);
  });

  test('the selection is kept even where the page cannot be scripted', async () => {
    browser.scripting.executeScript.mockRejectedValue(new Error('Cannot access contents of the page.'));
    await onMenuClicked({ menuItemId: 'check-selection', selectionText: '16.0.6920.1000', editable: false, modifiers: [] }, { id: 5 } as never);
    expect(((await browser.storage.session.get('lastSelection')).lastSelection as { text: string }).text).toBe('16.0.6920.1000');
  });

  test('marking sums the frames; failures become message keys', async () => {
    pageAnswers([{ frameId: 0, result: 16 }, { frameId: 4, result: 2 }, { frameId: 9, result: null }]);
    expect(await markTab(1)).toEqual({ ok: true, marked: 18 });
    expect(await onCommand('mark-builds', { id: 1 } as never)).toEqual({ ok: true, marked: 18 });
    expect(await onCommand('something-else')).toBeUndefined();
    expect(await handleRequest({ type: 'mark-active-tab' })).toEqual({ ok: true, marked: 18 });
    browser.scripting.executeScript.mockRejectedValue(new Error('Cannot access a chrome:// URL'));
    expect(await markTab(1)).toEqual({ ok: false, error: 'bg_error_cannot_access' });
    expect(injectionError(new Error('Frame with ID 0 was removed.'))).toBe('bg_error_inject_failed');
    expect(injectionError(new Error('The extensions gallery cannot be scripted.'))).toBe('bg_error_cannot_access');
  });

  test('requests are checked before they are handled', () => {
    expect(isRequest({ type: 'mark-active-tab' })).toBe(true);
    expect(isRequest({ type: 'set-auto-mark', origin: 'https://a.example', enabled: true })).toBe(true);
    expect(isRequest({ type: 'set-auto-mark', origin: 'https://a.example' })).toBe(false);
    expect(isRequest({ type: 'format-disk' })).toBe(false);
    expect(isRequest('mark-active-tab')).toBe(false);
    expect(isRequest(null)).toBe(false);
  });

  test('auto-mark: permission required, script per origin, off removes script and permission', async () => {
    const origin = 'https://reports.contoso.com:8443';
    expect(await setAutoMark('javascript:alert(1)', true)).toEqual({ ok: false, error: 'bg_error_bad_origin' });
    expect(await setAutoMark(origin, true)).toEqual({ ok: false, error: 'bg_error_no_permission' });
    expect(registeredScripts().size).toBe(0);
    browser.permissions.contains.mockResolvedValue(true);
    expect(await setAutoMark(origin, true)).toEqual({ ok: true });
    expect(await setAutoMark(origin, true)).toEqual({ ok: true });
    expect([...registeredScripts().values()]).toEqual([
      { id: `auto-mark:${origin}`, matches: [`${origin}/*`], js: ['dist/content.js'], runAt: 'document_idle', allFrames: true, persistAcrossSessions: true },
    ]);
    expect(await settings()).toEqual([origin]);
    expect(await setAutoMark(origin, false)).toEqual({ ok: true });
    expect(registeredScripts().size).toBe(0);
    expect(await settings()).toEqual([]);
    expect(browser.permissions.remove).toHaveBeenCalledWith({ origins: [`${origin}/*`] });
  });

  test('sync: drops sites whose permission was revoked', async () => {
    browser.permissions.contains.mockResolvedValue(true);
    await setAutoMark('https://a.example', true);
    browser.permissions.contains.mockResolvedValue(false);
    await syncAutoMark();
    expect(registeredScripts().size).toBe(0);
    expect(await settings()).toEqual([]);
  });

  test('an organisation that disables auto-mark: no new site, scripts stopped, the user list kept', async () => {
    browser.permissions.contains.mockResolvedValue(true);
    await setAutoMark('https://a.example', true);
    expect(registeredScripts().size).toBe(1);
    await browser.storage.managed.set({ disableAutoMark: true });
    expect(await setAutoMark('https://b.example', true)).toEqual({ ok: false, error: 'bg_error_auto_mark_disabled' });
    await syncAutoMark();
    expect(registeredScripts().size).toBe(0);
    expect(await settings()).toEqual(['https://a.example']);
    await browser.storage.managed.clear();
    await syncAutoMark();
    expect([...registeredScripts().keys()]).toEqual(['auto-mark:https://a.example']);
  });

  test('the shortcut marks and focuses the chip; where it cannot act, the toolbar button says why', async () => {
    pageAnswers([{ frameId: 0, result: 3 }]);
    expect(await onCommand('mark-builds', { id: 4 } as never)).toEqual({ ok: true, marked: 3 });
    expect(injections().at(-1)!.args).toEqual([true]);
    browser.scripting.executeScript.mockRejectedValue(new Error('Cannot access contents of url "about:blank".'));
    expect(await onCommand('mark-builds', { id: 4 } as never)).toEqual({ ok: false, error: 'bg_error_cannot_access' });
    expect(await badge(4)).toEqual({ text: '!', title: `${message('extName')}: ${message('bg_error_cannot_access')}` });
    await onMenuClicked({ menuItemId: 'mark-page', editable: false, modifiers: [] }, { id: 6 } as never);
    expect((await badge(6)).text).toBe('!');
    pageAnswers([]);
    await onCommand('mark-builds', { id: 4 } as never);
    expect(await badge(4)).toEqual({ text: '', title: '' });
  });

  test('frame counts go to the top frame with the frame id the browser set; "remove all" goes to every frame', async () => {
    const sent = browser.tabs.sendMessage.mock.calls;
    const counts = { type: 'offline-im:frame-counts', counts: {}, total: 2, blocked: false, frameId: 99 } as never;
    await relayFrames(counts, { tab: { id: 3 }, frameId: 5 } as never);
    expect(sent).toEqual([[3, { type: 'offline-im:frame-counts', counts: {}, total: 2, blocked: false, frameId: 5 }, { frameId: 0 }]]);
    // Only the top frame may ask every frame to remove its marks; a frame's own counts never go to itself.
    await relayFrames({ type: 'offline-im:remove-all' }, { tab: { id: 3 }, frameId: 5 } as never);
    await relayFrames(counts, { tab: { id: 3 }, frameId: 0 } as never);
    expect(sent).toHaveLength(1);
    await relayFrames({ type: 'offline-im:remove-all' }, { tab: { id: 3 }, frameId: 0 } as never);
    expect(sent[1]).toEqual([3, { type: 'offline-im:remove' }]);
  });

  test('Firefox: two sites on one host share a grant; turning one off keeps the other (and its permission)', async () => {
    browser.runtime.getURL.mockImplementation((path) => `moz-extension://0a1b2c3d-0000-4000-8000-000000000000${path}`);
    browser.permissions.contains.mockResolvedValue(true);
    await setAutoMark('http://127.0.0.1:35791', true);
    await setAutoMark('http://127.0.0.1:43963', true);
    expect(await setAutoMark('http://127.0.0.1:35791', false)).toEqual({ ok: true });
    expect(browser.permissions.remove).not.toHaveBeenCalled();
    await syncAutoMark();
    expect(await settings()).toEqual(['http://127.0.0.1:43963']);
    expect([...registeredScripts().keys()]).toEqual(['auto-mark:http://127.0.0.1:43963']);
    expect(await setAutoMark('http://127.0.0.1:43963', false)).toEqual({ ok: true });
    expect(browser.permissions.remove).toHaveBeenCalledWith({ origins: ['http://127.0.0.1/*'] });
  });
});
