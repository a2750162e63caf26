// A stand-in for the WebExtension API in component tests: i18n reads the real
// English catalogue, storage is in memory, messaging and permissions are spies.
import { vi } from 'vitest';
import en from '../../_locales/en/messages.json';

const catalogue = en as Record<string, { message: string }>;

type Listener = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string) => void;

function area(name: string, listeners: Set<Listener>) {
  let data: Record<string, unknown> = {};
  return {
    /** Replaces the whole area (test setup). */
    reset(next: Record<string, unknown> = {}) {
      data = { ...next };
    },
    dump: () => data,
    get: vi.fn(async (key?: string | string[] | null) => {
      if (key === undefined || key === null) return { ...data };
      const keys = Array.isArray(key) ? key : [key];
      return Object.fromEntries(keys.filter((k) => k in data).map((k) => [k, data[k]]));
    }),
    set: vi.fn(async (items: Record<string, unknown>) => {
      const changes: Record<string, { oldValue?: unknown; newValue?: unknown }> = {};
      for (const [k, v] of Object.entries(items)) {
        changes[k] = { oldValue: data[k], newValue: v };
        data[k] = v;
      }
      for (const l of listeners) l(changes, name);
    }),
    remove: vi.fn(async (key: string | string[]) => {
      for (const k of Array.isArray(key) ? key : [key]) delete data[k];
    }),
  };
}

const listeners = new Set<Listener>();

export const fakeBrowser = {
  i18n: {
    getMessage: (key: string) => catalogue[key]?.message ?? '',
    getUILanguage: () => 'en',
  },
  storage: {
    local: area('local', listeners),
    session: area('session', listeners),
    onChanged: {
      addListener: (l: Listener) => listeners.add(l),
      removeListener: (l: Listener) => listeners.delete(l),
    },
  },
  runtime: {
    sendMessage: vi.fn<(message: unknown) => Promise<unknown>>(),
    getURL: (path: string) => `chrome-extension://fake-id${path}`,
  },
  tabs: {
    query: vi.fn<(query: unknown) => Promise<Array<{ url?: string }>>>(),
    /** undefined: the toolbar popup; a tab: the page opened in a tab. */
    getCurrent: vi.fn<() => Promise<{ id: number } | undefined>>(async () => undefined),
    create: vi.fn<(p: { url: string }) => Promise<{ id: number }>>(async () => ({ id: 2 })),
  },
  permissions: {
    request: vi.fn<(p: { origins: string[] }) => Promise<boolean>>(),
    remove: vi.fn<(p: { origins: string[] }) => Promise<boolean>>(),
  },
};

/** Fresh state before each test: an https tab, no background listener, empty storage. */
export function resetFakeBrowser(): void {
  fakeBrowser.storage.local.reset();
  fakeBrowser.storage.session.reset();
  fakeBrowser.storage.local.get.mockClear();
  fakeBrowser.storage.local.set.mockClear();
  fakeBrowser.storage.session.remove.mockClear();
  fakeBrowser.runtime.sendMessage.mockReset().mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
  fakeBrowser.tabs.query.mockReset().mockResolvedValue([{ url: 'https://reports.contoso.com/monitoring?x=1' }]);
  fakeBrowser.tabs.getCurrent.mockReset().mockResolvedValue(undefined);
  fakeBrowser.tabs.create.mockReset().mockResolvedValue({ id: 2 });
  delete (fakeBrowser.runtime as { getBrowserInfo?: unknown }).getBrowserInfo;
  fakeBrowser.permissions.request.mockReset().mockResolvedValue(true);
  fakeBrowser.permissions.remove.mockReset().mockResolvedValue(true);
}

export function message(key: string): string {
  const m = catalogue[key]?.message;
  if (!m) throw new Error(`no message ${key}`);
  return m;
}
