import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../src/settings/defaults.ts';
import { MANAGED_POLICY_KEYS, mergeSettings, readManagedPolicy } from '../../src/settings/managed.ts';

import { browser } from '../browser-fake.ts';

vi.mock('../../src/platform/browser.ts', () => import('../browser-fake.ts'));
const { loadEffectiveSettings, onEffectiveSettingsChanged } = await import('../../src/settings/managed-store.ts');

const user: Settings = { ...DEFAULT_SETTINGS, mailbox: 'online', problemsOnly: true, autoMarkSites: ['https://reports.contoso.com'] };

describe('readManagedPolicy', () => {
  test('keeps every valid value', () => {
    expect(readManagedPolicy({ defaultMailbox: 'onprem', minimumBuild: '16.0.17928.20114', hideTroubleshooting: true, disableAutoMark: false })).toEqual({
      policy: { defaultMailbox: 'onprem', minimumBuild: '16.0.17928.20114', hideTroubleshooting: true, disableAutoMark: false },
      warnings: [],
    });
  });
  test('drops each invalid value with a warning, keeps the others', () => {
    const r = readManagedPolicy({ defaultMailbox: 'cloud', minimumBuild: 'latest', hideTroubleshooting: 'yes', disableAutoMark: true });
    expect(r.policy).toEqual({ disableAutoMark: true });
    expect(r.warnings.map((w) => w.params.key)).toEqual(['defaultMailbox', 'minimumBuild', 'hideTroubleshooting']);
    expect(r.warnings[0]).toEqual({ key: 'managed_warning_invalid', params: { key: 'defaultMailbox', value: 'cloud' } });
  });
  test('a minimum below the Microsoft thresholds is ignored with a warning', () => {
    const r = readManagedPolicy({ minimumBuild: '16.0.6000.1000' });
    expect(r.policy).toEqual({});
    expect(r.warnings).toEqual([{ key: 'managed_warning_minimum_below', params: { minimum: '16.0.6000.1000', threshold: '16.0.6701.1000' } }]);
  });
  test('a minimum must have all four parts and be a 16.0 build (never rounded)', () => {
    for (const minimumBuild of ['16.0.7000', '15.0.4569.1503', '16.0.7000.1000.1', 16070001000]) {
      expect(readManagedPolicy({ minimumBuild }).policy, String(minimumBuild)).toEqual({});
    }
  });
  test('leading zeros are normalised', () => {
    expect(readManagedPolicy({ minimumBuild: '16.0.07000.0100' }).policy.minimumBuild).toBe('16.0.7000.100');
  });
  test('no policy, or junk, is an empty policy', () => {
    for (const raw of [undefined, null, [], 'x', {}]) expect(readManagedPolicy(raw)).toEqual({ policy: {}, warnings: [] });
  });
  test('unknown keys are ignored (a newer policy file on an older extension)', () => {
    expect(readManagedPolicy({ futureKey: 1, defaultMailbox: 'both' })).toEqual({ policy: { defaultMailbox: 'both' }, warnings: [] });
  });
  test('the schema names exactly the keys the reader knows', () => {
    const schema = JSON.parse(readFileSync(new URL('../../managed_schema.json', import.meta.url), 'utf8'));
    expect(Object.keys(schema.properties).sort()).toEqual([...MANAGED_POLICY_KEYS].sort());
    expect(schema.properties.defaultMailbox.enum).toEqual(['online', 'onprem', 'both']);
    const manifest = JSON.parse(readFileSync(new URL('../../manifest.json', import.meta.url), 'utf8'));
    expect(manifest.storage).toEqual({ managed_schema: 'managed_schema.json' });
  });
});

describe('precedence', () => {
  test('managed values override the user, and say so', () => {
    const e = mergeSettings(user, readManagedPolicy({ defaultMailbox: 'onprem', disableAutoMark: true }));
    expect(e.settings.mailbox).toBe('onprem');
    expect(e.settings.autoMarkSites).toEqual([]);
    expect(e.settings.problemsOnly).toBe(true);
    expect(e.managedKeys).toEqual(['mailbox', 'autoMarkSites']);
    expect(e.autoMarkAllowed).toBe(false);
    expect(e.policyKeys).toEqual(['defaultMailbox', 'disableAutoMark']);
  });
  test('without a policy the user settings pass through unchanged', () => {
    const e = mergeSettings(user, readManagedPolicy(undefined));
    expect(e.settings).toEqual(user);
    expect(e.managedKeys).toEqual([]);
    expect(e.thresholds).toEqual({ online: '16.0.6701.1000', onprem: '16.0.6920.1000' });
    expect(e.hideTroubleshooting).toBe(false);
    expect(e.autoMarkAllowed).toBe(true);
  });
  test('disableAutoMark false leaves the sites alone', () => {
    expect(mergeSettings(user, readManagedPolicy({ disableAutoMark: false })).settings.autoMarkSites).toEqual(user.autoMarkSites);
  });
  test('an invalid managed value never overrides the user', () => {
    const e = mergeSettings(user, readManagedPolicy({ defaultMailbox: 'cloud' }));
    expect(e.settings.mailbox).toBe('online');
    expect(e.managedKeys).toEqual([]);
    expect(e.warnings).toHaveLength(1);
  });
  test('the organisation minimum raises thresholds, per location, never lowers them', () => {
    expect(mergeSettings(user, readManagedPolicy({ minimumBuild: '16.0.6800.1000' })).thresholds).toEqual({ online: '16.0.6800.1000', onprem: '16.0.6920.1000' });
    expect(mergeSettings(user, readManagedPolicy({ minimumBuild: '16.0.17928.20114' })).thresholds).toEqual({ online: '16.0.17928.20114', onprem: '16.0.17928.20114' });
  });
  test('the user object is not mutated', () => {
    const copy = structuredClone(user);
    mergeSettings(user, readManagedPolicy({ defaultMailbox: 'onprem', disableAutoMark: true }));
    expect(user).toEqual(copy);
  });
});

describe('loadEffectiveSettings over browser.storage', () => {
  beforeEach(async () => {
    await browser.storage.local.set({ settings: user });
  });
  test('reads storage.local and storage.managed and merges them', async () => {
    await browser.storage.managed.set({ defaultMailbox: 'onprem', hideTroubleshooting: true });
    const e = await loadEffectiveSettings();
    expect(e.settings.mailbox).toBe('onprem');
    expect(e.hideTroubleshooting).toBe(true);
    expect(e.managedKeys).toEqual(['mailbox']);
  });
  test('Firefox without a policy throws: that is "no policy", not an error', async () => {
    browser.storage.managed.get.mockRejectedValue(new Error('Managed storage manifest not found'));
    const e = await loadEffectiveSettings();
    expect(e.settings).toEqual(user);
    expect(e.managedKeys).toEqual([]);
  });
  test('a policy change is reported to listeners; other keys in storage.local are not', async () => {
    const seen: string[] = [];
    const stop = onEffectiveSettingsChanged((e) => seen.push(e.settings.mailbox));
    await browser.storage.managed.set({ defaultMailbox: 'both' });
    // The listener decides synchronously: once set() has returned, a reload would have read storage.local.
    await browser.storage.local.set({ other: {} });
    await vi.waitFor(() => expect(seen).toEqual(['both']));
    expect(browser.storage.local.get).toHaveBeenCalledTimes(1);
    stop();
    expect(browser.storage.onChanged.hasListeners()).toBe(false);
  });
});
