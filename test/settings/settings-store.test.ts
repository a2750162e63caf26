import { beforeEach, describe, expect, test, vi } from 'vitest';

// storage.local with a real gap between read and write, as in a browser.
const stored: Record<string, unknown> = {};
const tick = () => new Promise((r) => setTimeout(r, 1));
vi.mock('../../src/platform/browser.ts', () => ({
  default: {
    storage: {
      local: {
        get: async (key: string) => (await tick(), key in stored ? { [key]: structuredClone(stored[key]) } : {}),
        set: async (items: Record<string, unknown>) => (await tick(), Object.assign(stored, structuredClone(items))),
      },
    },
  },
}));
const { loadSettings, saveSettings } = await import('../../src/settings/settings-store.ts');

beforeEach(() => {
  for (const key of Object.keys(stored)) delete stored[key];
});

describe('saveSettings', () => {
  test('saves started together in one context all land (none overwrites another)', async () => {
    await Promise.all([
      saveSettings({ mailbox: 'online' }),
      saveSettings({ problemsOnly: true }),
      saveSettings({ autoMarkSites: ['https://report.contoso.com'] }),
    ]);
    expect(await loadSettings()).toMatchObject({ mailbox: 'online', problemsOnly: true, autoMarkSites: ['https://report.contoso.com'] });
  });

  test('returns what it wrote, validated', async () => {
    const written = await saveSettings({ mailbox: 'nowhere' as never, problemsOnly: true });
    expect(written).toMatchObject({ mailbox: 'both', problemsOnly: true });
    expect(await loadSettings()).toEqual(written);
  });
});
