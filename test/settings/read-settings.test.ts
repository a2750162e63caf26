import { describe, expect, test } from 'vitest';
import { DEFAULT_SETTINGS, SETTINGS_VERSION } from '../../src/settings/defaults.ts';
import { readSettings } from '../../src/settings/read-settings.ts';

describe('readSettings', () => {
  test.each([undefined, null, 42, 'settings', [], [1, 2]])('falls back to the defaults for %j', (stored) => {
    expect(readSettings(stored)).toEqual(DEFAULT_SETTINGS);
  });

  test('keeps every valid field and replaces only the invalid one', () => {
    const s = readSettings({ version: 1, mailbox: 'exchange-2003', problemsOnly: true, autoMarkSites: ['https://reports.contoso.com'] });
    expect(s).toEqual({ version: SETTINGS_VERSION, mailbox: 'both', problemsOnly: true, autoMarkSites: ['https://reports.contoso.com'] });
  });

  test('drops foreign entries from the site list without losing the good ones', () => {
    const s = readSettings({
      version: 1,
      mailbox: 'onprem',
      autoMarkSites: ['https://a.contoso.com', 'javascript:alert(1)', 7, 'https://a.contoso.com', 'http://10.0.0.5:8080', 'https://x.com/path'],
    });
    expect(s.mailbox).toBe('onprem');
    expect(s.autoMarkSites).toEqual(['https://a.contoso.com', 'http://10.0.0.5:8080']);
  });

  test('migrates version 0 ("location") to version 1 ("mailbox")', () => {
    expect(readSettings({ location: 'onprem' })).toMatchObject({ version: 1, mailbox: 'onprem' });
    expect(readSettings({ location: 'nowhere' }).mailbox).toBe('both');
  });

  test('does not run migrations backwards on settings from a newer version', () => {
    expect(readSettings({ version: 99, mailbox: 'online' })).toMatchObject({ version: SETTINGS_VERSION, mailbox: 'online' });
  });
});
