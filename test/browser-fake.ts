// The one stand-in for the WebExtension API in unit tests. Storage (local,
// session, managed, with onChanged), runtime events, tabs, windows and the
// toolbar action are @webext-core/fake-browser's in-memory implementation;
// what it leaves out (i18n, permissions, scripting, contextMenus, commands,
// tabs.sendMessage) and where it differs from a real browser are vi.fn stubs
// here, so that tests can assert calls and script answers.
//
// Use: vi.mock('<path to>/src/platform/browser.ts', () => import('<path to>/browser-fake.ts'));
// Importing this module resets everything before each test.
import { fakeBrowser, type FakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, vi, type MockInstance } from 'vitest';
import en from '../_locales/en/messages.json';

const catalogue = en as Record<string, { message: string }>;

/** The English text of a message key (a test fails loudly on a missing key). */
export function message(key: string): string {
  const text = catalogue[key]?.message;
  if (!text) throw new Error(`no message ${key}`);
  return text;
}

/** The page the user is on when a test starts (the active tab of the focused window). */
export const PAGE_URL = 'https://reports.contoso.com/monitoring?x=1';

type Area = 'local' | 'session' | 'managed';
type ContentScript = { id: string; [key: string]: unknown };
type InjectionDetails = { target: { tabId: number; frameIds?: number[]; allFrames?: boolean }; files?: string[]; func?: unknown; args?: unknown[] };

const library = {
  get: {
    local: fakeBrowser.storage.local.get,
    session: fakeBrowser.storage.session.get,
    managed: fakeBrowser.storage.managed.get,
  },
  set: { local: fakeBrowser.storage.local.set, session: fakeBrowser.storage.session.set },
  remove: { session: fakeBrowser.storage.session.remove },
  query: fakeBrowser.tabs.query,
  create: fakeBrowser.tabs.create,
  getURL: fakeBrowser.runtime.getURL,
  sendMessage: fakeBrowser.runtime.sendMessage,
};

// A real browser hands out a copy of what is stored and leaves missing keys out; the library
// hands out its own objects and lists missing keys as undefined.
const readArea = (area: Area) => async (keys?: string | string[] | null) => {
  const found = await (library.get[area] as (k?: string | string[] | null) => Promise<Record<string, unknown>>)(keys);
  return structuredClone(Object.fromEntries(Object.entries(found).filter(([, value]) => value !== undefined)));
};

/** Content scripts registered with scripting.registerContentScripts (the library has no scripting). */
const registered = new Map<string, ContentScript>();

const stubs = {
  i18n: {
    getMessage: vi.fn((key: string) => catalogue[key]?.message ?? ''),
    getUILanguage: vi.fn(() => 'en'),
  },
  storage: {
    local: {
      get: vi.fn<(keys?: string | string[] | null) => Promise<Record<string, unknown>>>(),
      set: vi.fn<(items: Record<string, unknown>) => Promise<void>>(),
    },
    session: {
      get: vi.fn<(keys?: string | string[] | null) => Promise<Record<string, unknown>>>(),
      set: vi.fn<(items: Record<string, unknown>) => Promise<void>>(),
      remove: vi.fn<(keys: string | string[]) => Promise<void>>(),
    },
    managed: {
      get: vi.fn<(keys?: string | string[] | null) => Promise<Record<string, unknown>>>(),
    },
  },
  runtime: {
    // The library answers only listeners that call sendResponse; tests script the background's answer instead.
    sendMessage: vi.fn<(message: unknown) => Promise<unknown>>(),
    getURL: vi.fn<(path: string) => string>(),
  },
  tabs: {
    query: vi.fn<(query: Record<string, unknown>) => Promise<Array<{ id?: number; url?: string }>>>(),
    /** undefined: a toolbar popup is not a tab (the library answers the active tab). */
    getCurrent: vi.fn<() => Promise<{ id?: number } | undefined>>(),
    create: vi.fn<(properties: { url?: string; active?: boolean }) => Promise<{ id?: number }>>(),
    sendMessage: vi.fn<(tabId: number, message: unknown, options?: { frameId?: number }) => Promise<unknown>>(),
  },
  permissions: {
    contains: vi.fn<(p: { origins: string[] }) => Promise<boolean>>(),
    request: vi.fn<(p: { origins: string[] }) => Promise<boolean>>(),
    remove: vi.fn<(p: { origins: string[] }) => Promise<boolean>>(),
    onRemoved: { addListener: vi.fn(), removeListener: vi.fn() },
  },
  contextMenus: {
    create: vi.fn<(properties: Record<string, unknown>) => void>(),
    removeAll: vi.fn<() => Promise<void>>(),
    onClicked: { addListener: vi.fn(), removeListener: vi.fn() },
  },
  commands: { onCommand: { addListener: vi.fn(), removeListener: vi.fn() } },
  scripting: {
    executeScript: vi.fn<(details: InjectionDetails) => Promise<Array<{ frameId: number; result?: unknown }>>>(),
    registerContentScripts: vi.fn<(scripts: ContentScript[]) => Promise<void>>(),
    unregisterContentScripts: vi.fn<(filter: { ids: string[] }) => Promise<void>>(),
    getRegisteredContentScripts: vi.fn<() => Promise<ContentScript[]>>(),
  },
};

/** The library's fake with the stubs above in place; typed so that tests can script the stubs. */
export const browser = fakeBrowser as unknown as FakeBrowser & typeof stubs & { runtime: { getBrowserInfo?: () => Promise<{ name: string }> } };
export default browser;

for (const [name, api] of Object.entries(stubs)) {
  const target = fakeBrowser as unknown as Record<string, Record<string, unknown>>;
  target[name] ??= {};
  for (const [key, value] of Object.entries(api)) {
    const current = target[name]![key];
    // storage areas: keep the library's area, swap in the stubbed methods.
    if (name === 'storage' && typeof current === 'object' && current !== null) Object.assign(current, value);
    else target[name]![key] = value;
  }
}

function allMocks(api: object): MockInstance[] {
  return Object.values(api).flatMap((value) => (vi.isMockFunction(value) ? [value] : typeof value === 'object' && value ? allMocks(value) : []));
}

/** Empty storage and no listeners; one focused window whose active tab shows PAGE_URL; every stub back to its default. */
export async function resetBrowser(): Promise<void> {
  fakeBrowser.reset();
  registered.clear();
  delete browser.runtime.getBrowserInfo;
  for (const mock of allMocks(stubs)) mock.mockReset();
  stubs.i18n.getMessage.mockImplementation((key: string) => catalogue[key]?.message ?? '');
  stubs.i18n.getUILanguage.mockImplementation(() => 'en');
  for (const area of ['local', 'session', 'managed'] as const) stubs.storage[area].get.mockImplementation(readArea(area));
  stubs.storage.local.set.mockImplementation(library.set.local as never);
  stubs.storage.session.set.mockImplementation(library.set.session as never);
  stubs.storage.session.remove.mockImplementation(library.remove.session as never);
  stubs.runtime.getURL.mockImplementation(library.getURL);
  // No background listening: the library rejects like a browser does ("Receiving end does not exist").
  stubs.runtime.sendMessage.mockImplementation(library.sendMessage as never);
  // The library's "last focused window" is the one focused before the current one; a browser's is the current one.
  stubs.tabs.query.mockImplementation((query) => {
    const { lastFocusedWindow, ...rest } = query;
    return (library.query as (q: Record<string, unknown>) => Promise<Array<{ id?: number; url?: string }>>)(
      lastFocusedWindow === undefined ? query : { ...rest, currentWindow: lastFocusedWindow },
    );
  });
  stubs.tabs.getCurrent.mockResolvedValue(undefined);
  stubs.tabs.create.mockImplementation(library.create as never);
  stubs.tabs.sendMessage.mockResolvedValue(undefined);
  stubs.permissions.contains.mockResolvedValue(false);
  stubs.permissions.request.mockResolvedValue(true);
  stubs.permissions.remove.mockResolvedValue(true);
  stubs.contextMenus.removeAll.mockResolvedValue(undefined);
  stubs.scripting.executeScript.mockResolvedValue([]);
  // As in Chrome: registering an id twice or unregistering an unknown id fails.
  stubs.scripting.registerContentScripts.mockImplementation(async (scripts) => {
    for (const script of scripts) {
      if (registered.has(script.id)) throw new Error(`Duplicate script ID '${script.id}'`);
      registered.set(script.id, script);
    }
  });
  stubs.scripting.unregisterContentScripts.mockImplementation(async ({ ids }) => {
    for (const id of ids) if (!registered.delete(id)) throw new Error(`Nonexistent script ID '${id}'`);
  });
  stubs.scripting.getRegisteredContentScripts.mockImplementation(async () => [...registered.values()]);
  const window = await fakeBrowser.windows.create({ focused: true });
  await fakeBrowser.tabs.create({ windowId: window!.id!, url: PAGE_URL, active: true });
  stubs.tabs.create.mockClear();
}

/** The active tab's id (for tests that change its address). */
export async function activeTab(): Promise<{ id: number; url?: string }> {
  const [tab] = await (library.query as (q: object) => Promise<Array<{ id: number; url?: string }>>)({ active: true, currentWindow: true });
  return tab!;
}

/** Content scripts registered now, by id. */
export function registeredScripts(): ReadonlyMap<string, ContentScript> {
  return registered;
}

beforeEach(resetBrowser);
