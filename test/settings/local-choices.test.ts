import { describe, expect, test } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../src/settings/defaults.ts';
import { mergeSettings, readManagedPolicy } from '../../src/settings/managed.ts';
import { createLocalChoices } from '../../src/settings/local-choices.ts';

const stored = (mailbox: Settings['mailbox'], policy?: Record<string, unknown>) =>
  mergeSettings({ ...DEFAULT_SETTINGS, mailbox, autoMarkSites: [] }, readManagedPolicy(policy));

describe('choices made in the popup while settings are read', () => {
  test('a read begun before the click does not undo it, before or after the save ends', () => {
    const local = createLocalChoices();
    const first = local.loadStarted();
    const saved = local.chose({ mailbox: 'onprem' });
    expect(local.over(stored('both'), first)?.settings.mailbox).toBe('onprem');
    saved();
    expect(local.over(stored('both'), first)?.settings.mailbox).toBe('onprem');
  });

  test('a read begun after the save ended is the truth again (another surface may change it later)', () => {
    const local = createLocalChoices();
    local.chose({ mailbox: 'onprem' })();
    const later = local.loadStarted();
    expect(local.over(stored('online'), later)?.settings.mailbox).toBe('online');
    // The choice is gone for good: an even later read is shown as it is.
    expect(local.over(stored('both'), local.loadStarted())?.settings.mailbox).toBe('both');
  });

  test("a save that failed keeps the choice for the popup's life", () => {
    const local = createLocalChoices();
    local.chose({ problemsOnly: true });
    expect(local.over(stored('both'), local.loadStarted())?.settings.problemsOnly).toBe(true);
    expect(local.over(stored('both'), local.loadStarted())?.user.problemsOnly).toBe(true);
  });

  test('reads answering out of order: the older one is dropped', () => {
    const local = createLocalChoices();
    const older = local.loadStarted();
    const newer = local.loadStarted();
    expect(local.over(stored('online'), newer)?.settings.mailbox).toBe('online');
    expect(local.over(stored('both'), older)).toBeUndefined();
  });

  test('a field the organisation decides stays locked, whatever was clicked', () => {
    const local = createLocalChoices();
    const first = local.loadStarted();
    local.chose({ mailbox: 'online', problemsOnly: true });
    const shown = local.over(stored('both', { defaultMailbox: 'onprem' }), first)!;
    expect(shown.settings.mailbox).toBe('onprem');
    expect(shown.settings.problemsOnly).toBe(true);
  });
});
