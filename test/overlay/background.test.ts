// The background's handlers against a recorded fake of the extension API.
import { beforeEach, describe, expect, test, vi } from 'vitest';

const calls: Array<[string, unknown]> = [];
let executeResult: unknown[] = [];
let executeError: Error | undefined;
let granted = false;
const session: Record<string, unknown> = {};
const local: Record<string, unknown> = {};
const registered = new Map<string, unknown>();
let managedPolicy: Record<string, unknown> = {};
let scheme = 'chrome-extension';
const badge: Record<number, { text?: string; title?: string; color?: string }> = {};
const sent: Array<[number, unknown, unknown]> = [];

const fake = {
  i18n: { getMessage: (key: string) => `«${key}»` },
  runtime: { getURL: (p: string) => `${scheme}://id${p}` },
  action: {
    setBadgeText: async ({ tabId, text }: { tabId: number; text: string }) => void ((badge[tabId] ??= {}).text = text),
    setTitle: async ({ tabId, title }: { tabId: number; title: string }) => void ((badge[tabId] ??= {}).title = title),
    setBadgeBackgroundColor: async ({ tabId, color }: { tabId: number; color: string }) => void ((badge[tabId] ??= {}).color = color),
  },
  contextMenus: {
    removeAll: async () => void calls.push(['removeAll', null]),
    create: (props: unknown) => void calls.push(['create', props]),
  },
  storage: {
    session: { set: async (items: Record<string, unknown>) => void Object.assign(session, items) },
    local: {
      get: async (key: string) => (key in local ? { [key]: local[key] } : {}),
      set: async (items: Record<string, unknown>) => void Object.assign(local, items),
    },
    managed: { get: async () => managedPolicy },
    onChanged: { addListener: () => undefined, removeListener: () => undefined },
  },
  scripting: {
    executeScript: async (details: { target: unknown; files?: string[]; args?: unknown[] }) => {
      calls.push(['executeScript', { target: details.target, files: details.files, args: details.args }]);
      if (executeError) throw executeError;
      return details.files ? [] : executeResult;
    },
    registerContentScripts: async (scripts: Array<{ id: string }>) => {
      for (const s of scripts) {
        if (registered.has(s.id)) throw new Error('Duplicate script ID');
        registered.set(s.id, s);
      }
    },
    unregisterContentScripts: async ({ ids }: { ids: string[] }) => {
      for (const id of ids) if (!registered.delete(id)) throw new Error('Nonexistent script ID');
    },
    getRegisteredContentScripts: async () => [...registered.values()],
  },
  permissions: {
    contains: async () => granted,
    remove: async (p: unknown) => (calls.push(['permissions.remove', p]), true),
  },
  tabs: {
    query: async () => [{ id: 7 }],
    sendMessage: async (tabId: number, message: unknown, options?: unknown) => void sent.push([tabId, message, options]),
  },
};
vi.mock('../../src/platform/browser.ts', () => ({ default: fake }));

const { createMenus, onMenuClicked } = await import('../../src/background/context-menus.ts');
const { injectionError, markTab } = await import('../../src/background/inject.ts');
const { isRequest, handleRequest } = await import('../../src/background/handle-request.ts');
const { onCommand } = await import('../../src/background/commands.ts');
const { setAutoMark, syncAutoMark } = await import('../../src/background/auto-mark-registry.ts');
const { relayFrames } = await import('../../src/background/relay-frames.ts');

beforeEach(() => {
  calls.length = 0;
  executeResult = [];
  executeError = undefined;
  granted = false;
  managedPolicy = {};
  registered.clear();
  scheme = 'chrome-extension';
  sent.length = 0;
  for (const k of Object.keys(badge)) delete badge[Number(k)];
  for (const k of Object.keys(session)) delete session[k];
  for (const k of Object.keys(local)) delete local[k];
});

describe('background', () => {
  test('menus: removed first, then created, every time', async () => {
    await createMenus();
    await createMenus();
    expect(calls.map(([what]) => what)).toEqual(['removeAll', 'create', 'create', 'removeAll', 'create', 'create']);
    expect(calls[1]![1]).toEqual({ id: 'check-selection', title: '«menu_check_selection»', contexts: ['selection'] });
    expect(calls[2]![1]).toEqual({ id: 'mark-page', title: '«menu_mark_page»', contexts: ['page'] });
  });

  test('"Check selected builds" keeps the text and shows the panel in the clicked frame', async () => {
    executeResult = [{ frameId: 3, result: 'line one\nline two 16.0.6741.2021' }];
    const before = Date.now();
    await onMenuClicked({ menuItemId: 'check-selection', selectionText: 'line one line two 16.0.6741.2021', frameId: 3, editable: false, modifiers: [] }, {
      id: 5,
    } as never);
    const targets = calls.filter(([w]) => w === 'executeScript').map(([, d]) => (d as { target: unknown }).target);
    expect(targets.every((t) => JSON.stringify(t) === JSON.stringify({ tabId: 5, frameIds: [3] }))).toBe(true);
    expect(calls.some(([w, d]) => w === 'executeScript' && JSON.stringify((d as { files?: string[] }).files) === '["/dist/content.js"]')).toBe(true);
    // The page's own selection (with its line breaks) replaces the collapsed selectionText.
    const kept = session.lastSelection as { text: string; at: number };
    expect(kept.text).toBe('line one\nline two 16.0.6741.2021');
    expect(kept.at).toBeGreaterThanOrEqual(before);
  });

  test('the selection is kept even where the page cannot be scripted', async () => {
    executeError = new Error('Cannot access contents of the page.');
    await onMenuClicked({ menuItemId: 'check-selection', selectionText: '16.0.6920.1000', editable: false, modifiers: [] }, { id: 5 } as never);
    expect((session.lastSelection as { text: string }).text).toBe('16.0.6920.1000');
  });

  test('marking sums the frames; failures become message keys', async () => {
    executeResult = [{ frameId: 0, result: 16 }, { frameId: 4, result: 2 }, { frameId: 9, result: null }];
    expect(await markTab(1)).toEqual({ ok: true, marked: 18 });
    expect(await onCommand('mark-builds', { id: 1 } as never)).toEqual({ ok: true, marked: 18 });
    expect(await onCommand('something-else')).toBeUndefined();
    expect(await handleRequest({ type: 'mark-active-tab' })).toEqual({ ok: true, marked: 18 });
    executeError = new Error('Cannot access a chrome:// URL');
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
    expect(registered.size).toBe(0);
    granted = true;
    expect(await setAutoMark(origin, true)).toEqual({ ok: true });
    expect(await setAutoMark(origin, true)).toEqual({ ok: true });
    expect([...registered.values()]).toEqual([
      { id: `auto-mark:${origin}`, matches: [`${origin}/*`], js: ['dist/content.js'], runAt: 'document_idle', allFrames: true, persistAcrossSessions: true },
    ]);
    expect((local.settings as { autoMarkSites: string[] }).autoMarkSites).toEqual([origin]);
    expect(await setAutoMark(origin, false)).toEqual({ ok: true });
    expect(registered.size).toBe(0);
    expect((local.settings as { autoMarkSites: string[] }).autoMarkSites).toEqual([]);
    expect(calls).toContainEqual(['permissions.remove', { origins: [`${origin}/*`] }]);
  });

  test('sync: drops sites whose permission was revoked', async () => {
    granted = true;
    await setAutoMark('https://a.example', true);
    granted = false;
    await syncAutoMark();
    expect(registered.size).toBe(0);
    expect((local.settings as { autoMarkSites: string[] }).autoMarkSites).toEqual([]);
  });

  test('an organisation that disables auto-mark: no new site, scripts stopped, the user list kept', async () => {
    granted = true;
    await setAutoMark('https://a.example', true);
    expect(registered.size).toBe(1);
    managedPolicy = { disableAutoMark: true };
    expect(await setAutoMark('https://b.example', true)).toEqual({ ok: false, error: 'bg_error_auto_mark_disabled' });
    await syncAutoMark();
    expect(registered.size).toBe(0);
    expect((local.settings as { autoMarkSites: string[] }).autoMarkSites).toEqual(['https://a.example']);
    managedPolicy = {};
    await syncAutoMark();
    expect([...registered.keys()]).toEqual(['auto-mark:https://a.example']);
  });

  test('the shortcut marks and focuses the chip; where it cannot act, the toolbar button says why', async () => {
    executeResult = [{ frameId: 0, result: 3 }];
    expect(await onCommand('mark-builds', { id: 4 } as never)).toEqual({ ok: true, marked: 3 });
    const markCall = calls.filter(([w]) => w === 'executeScript').at(-1)![1] as { args?: unknown[] };
    expect(markCall.args).toEqual([true]);
    executeError = new Error('Cannot access contents of url "about:blank".');
    expect(await onCommand('mark-builds', { id: 4 } as never)).toEqual({ ok: false, error: 'bg_error_cannot_access' });
    expect(badge[4]).toMatchObject({ text: '!', title: '«extName»: «bg_error_cannot_access»' });
    await onMenuClicked({ menuItemId: 'mark-page', editable: false, modifiers: [] }, { id: 6 } as never);
    expect(badge[6]?.text).toBe('!');
    executeError = undefined;
    await onCommand('mark-builds', { id: 4 } as never);
    expect(badge[4]).toMatchObject({ text: '', title: '' });
  });

  test('frame counts go to the top frame with the frame id the browser set; "remove all" goes to every frame', async () => {
    const counts = { type: 'offline-im:frame-counts', counts: {}, total: 2, blocked: false, frameId: 99 } as never;
    await relayFrames(counts, { tab: { id: 3 }, frameId: 5 } as never);
    expect(sent).toEqual([[3, { type: 'offline-im:frame-counts', counts: {}, total: 2, blocked: false, frameId: 5 }, { frameId: 0 }]]);
    // Only the top frame may ask every frame to remove its marks; a frame's own counts never go to itself.
    await relayFrames({ type: 'offline-im:remove-all' }, { tab: { id: 3 }, frameId: 5 } as never);
    await relayFrames(counts, { tab: { id: 3 }, frameId: 0 } as never);
    expect(sent).toHaveLength(1);
    await relayFrames({ type: 'offline-im:remove-all' }, { tab: { id: 3 }, frameId: 0 } as never);
    expect(sent[1]).toEqual([3, { type: 'offline-im:remove' }, undefined]);
  });

  test('Firefox: two sites on one host share a grant; turning one off keeps the other (and its permission)', async () => {
    scheme = 'moz-extension';
    granted = true;
    await setAutoMark('http://127.0.0.1:35791', true);
    await setAutoMark('http://127.0.0.1:43963', true);
    expect(await setAutoMark('http://127.0.0.1:35791', false)).toEqual({ ok: true });
    expect(calls.some(([w]) => w === 'permissions.remove')).toBe(false);
    await syncAutoMark();
    expect((local.settings as { autoMarkSites: string[] }).autoMarkSites).toEqual(['http://127.0.0.1:43963']);
    expect([...registered.keys()]).toEqual(['auto-mark:http://127.0.0.1:43963']);
    expect(await setAutoMark('http://127.0.0.1:43963', false)).toEqual({ ok: true });
    expect(calls).toContainEqual(['permissions.remove', { origins: ['http://127.0.0.1/*'] }]);
  });
});
