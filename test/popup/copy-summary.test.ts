import { describe, expect, test } from 'vitest';

import en from '../../_locales/en/messages.json';
import { scan } from '../../src/core/index.ts';
import { summaryText } from '../../src/popup/copy-summary.ts';
import { createScanStore } from '../../src/popup/scan-store.ts';
import { whoMustUpdate } from '../../src/popup/who-must-update.ts';

const REPORT = [
  'EnableOfflineIM : False',
  'alice@contoso.com;16.0.6741.2021',
  'bob@contoso.com;16.0.6741.2021',
  'carol@contoso.com;15.0.4569.1503',
  'dave@contoso.com;16.0.4266.1001',
  'erin@contoso.com;16.0.7070.2036',
  'hello',
].join('\n');

describe('summaryText', () => {
  test('ticket-ready: blocker first, header with location, threshold and date, counts per action, users, no line numbers', () => {
    const view = createScanStore().scan(REPORT);
    const users = whoMustUpdate(scan(REPORT).findings, ['onprem']).users;
    const text = summaryText(view, ['onprem'], en, 'en', { date: '2026-11-29', users });
    const lines = text.split('\n');
    expect(lines[0]).toMatch(/^⚠ BLOCKER: EnableOfflineIM is False \(Global\)/);
    expect(lines).toContain('Offline IM check, Exchange on-premises (threshold 16.0.6920.1000), 2026-11-29');
    expect(lines).toContain('Clients: 5, distinct builds: 4.');
    const update = lines.indexOf('Update to 16.0.6920.1000 or later: 2 clients in 1 build');
    const msi = lines.indexOf('Move from MSI to Click-to-Run: 1 client in 1 build');
    const replace = lines.indexOf('Replace: not supported: 1 client in 1 build');
    // EnableOfflineIM False: erin's current build is blocked, and turning the switch on comes first.
    const fixServer = lines.indexOf('Turn offline IM on at the server: 1 client in 1 build');
    expect([fixServer, update, msi, replace].every((i) => i > 0)).toBe(true);
    expect(fixServer).toBeLessThan(update);
    expect(update).toBeLessThan(msi);
    expect(msi).toBeLessThan(replace);
    expect(text).not.toContain('Eligible: nothing to do');
    expect(text).toContain('Users to act (5):');
    expect(text).toContain('alice@contoso.com; bob@contoso.com; carol@contoso.com; dave@contoso.com; erin@contoso.com');
    expect(text).not.toMatch(/\blines? \d/i);
    expect(text).toContain('Lines without a client build: 1');
  });

  test('"Problems only" leaves out the eligible builds and says how many', () => {
    // Without the server switch, erin's build is eligible.
    const view = createScanStore().scan(REPORT.replace('EnableOfflineIM : False\n', ''));
    const text = summaryText(view, ['onprem'], en, 'en', { date: '2026-11-29', problemsOnly: true });
    expect(text).not.toContain('16.0.7070.2036');
    expect(text).not.toContain('Eligible: nothing to do');
    expect(text).toContain('Not listed (Problems only): 1 eligible client.');
  });

  test('both locations: both thresholds in the header, the on-premises target for updates', () => {
    const view = createScanStore().scan('16.0.6741.2021');
    const text = summaryText(view, ['online', 'onprem'], en, 'en', { date: '2026-01-02' });
    expect(text).toContain('Exchange Online (threshold 16.0.6701.1000); Exchange on-premises (threshold 16.0.6920.1000), 2026-01-02');
    expect(text).toContain('Update to 16.0.6920.1000 or later: 1 client in 1 build');
    expect(text).not.toContain('BLOCKER');
  });
});
