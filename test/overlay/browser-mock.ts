// A stand-in for the WebExtension API in happy-dom tests: English messages
// from _locales, an in-memory storage.local with change events.
import en from '../../_locales/en/messages.json';

const catalogue: Record<string, { message: string }> = en;

type Listener = (changes: Record<string, { newValue?: unknown }>, area: string) => void;
const listeners = new Set<Listener>();
let store: Record<string, unknown> = {};
let managed: Record<string, unknown> = {};

export function resetStorage(): void {
  store = {};
  managed = {};
}

/** What an organisation's policy puts in storage.managed. */
export function setManagedPolicy(policy: Record<string, unknown>): void {
  managed = policy;
}

export const browserMock = {
  i18n: {
    getMessage: (key: string) => catalogue[key]?.message ?? '',
    getUILanguage: () => 'en',
  },
  storage: {
    local: {
      get: async (key: string) => (key in store ? { [key]: structuredClone(store[key]) } : {}),
      set: async (items: Record<string, unknown>) => {
        const changes: Record<string, { newValue?: unknown }> = {};
        for (const [k, v] of Object.entries(items)) {
          store[k] = structuredClone(v);
          changes[k] = { newValue: structuredClone(v) };
        }
        for (const l of listeners) l(changes, 'local');
      },
    },
    managed: { get: async () => structuredClone(managed) },
    onChanged: {
      addListener: (l: Listener) => listeners.add(l),
      removeListener: (l: Listener) => listeners.delete(l),
    },
  },
};
