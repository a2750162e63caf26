import { describe, expect, test, vi } from 'vitest';

vi.mock('../../src/platform/browser.ts', () => import('../browser-fake.ts'));
const { loadSettings, saveSettings } = await import('../../src/settings/settings-store.ts');

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
