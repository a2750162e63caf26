// Organisation settings (storage.managed: Chrome/Edge policy through
// managed_schema.json, Firefox through the 3rdparty policy). Pure: reads
// whatever the policy store holds, keeps each valid value, reports each
// invalid one, and merges the result over the user's settings.
import { isRecord } from '../core/is-record.ts';
import { MAILBOX_CHOICES, type MailboxChoice } from '../core/mailbox-choice.ts';
import { effectiveThreshold } from '../core/policy-threshold.ts';
import { THRESHOLDS } from '../core/thresholds.ts';
import type { MailboxLocation, Message } from '../core/types.ts';
import { parseVersion } from '../core/version.ts';
import type { Settings } from './defaults.ts';

/** The organisation's settings, as named in managed_schema.json. */
export interface ManagedPolicy {
  /** Mailbox location for everyone; the user cannot change it. */
  defaultMailbox?: MailboxChoice;
  /** A minimum build of the organisation's own; never lowers a Microsoft threshold. */
  minimumBuild?: string;
  /** Hide the popup's troubleshooting section. */
  hideTroubleshooting?: boolean;
  /** Turn off per-site auto-mark (no origin permission is asked, none is used). */
  disableAutoMark?: boolean;
}

export type ManagedPolicyKey = keyof ManagedPolicy;
export const MANAGED_POLICY_KEYS: readonly ManagedPolicyKey[] = ['defaultMailbox', 'minimumBuild', 'hideTroubleshooting', 'disableAutoMark'];

export interface ManagedPolicyRead {
  policy: ManagedPolicy;
  /** One message per value that was present but not usable (localisable). */
  warnings: Message[];
}

/** Validates the raw storage.managed contents key by key. Never throws. */
export function readManagedPolicy(raw: unknown): ManagedPolicyRead {
  const policy: ManagedPolicy = {};
  const warnings: Message[] = [];
  if (!isRecord(raw)) return { policy, warnings };
  const invalid = (key: string) => warnings.push({ key: 'managed_warning_invalid', params: { key, value: shorten(raw[key]) } });

  if ('defaultMailbox' in raw) {
    if (MAILBOX_CHOICES.includes(raw.defaultMailbox as MailboxChoice)) policy.defaultMailbox = raw.defaultMailbox as MailboxChoice;
    else invalid('defaultMailbox');
  }
  if ('minimumBuild' in raw) {
    const value = typeof raw.minimumBuild === 'string' ? raw.minimumBuild.trim() : undefined;
    const parts = value === undefined ? undefined : parseVersion(value);
    if (!parts || parts.length !== 4 || parts[0] !== '16' || parts[1] !== '0') invalid('minimumBuild');
    else if (effectiveThreshold('online', value).ignoredMinimum) {
      // Below both thresholds (online is the lower one): it would change nothing.
      warnings.push({ key: 'managed_warning_minimum_below', params: { minimum: value!, threshold: THRESHOLDS.online } });
    } else policy.minimumBuild = parts.join('.');
  }
  for (const key of ['hideTroubleshooting', 'disableAutoMark'] as const) {
    if (!(key in raw)) continue;
    if (typeof raw[key] === 'boolean') policy[key] = raw[key];
    else invalid(key);
  }
  return { policy, warnings };
}

function shorten(value: unknown): string {
  let text: string;
  try {
    text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  } catch {
    text = String(value);
  }
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

export interface EffectiveSettings {
  /** The user's settings with the organisation's values applied. */
  settings: Settings;
  /** The user's own settings, before the organisation's values (e.g. sites granted before auto-mark was turned off). */
  user: Settings;
  /** Settings fields the organisation decides: show them locked, "set by your organisation". */
  managedKeys: Array<keyof Settings>;
  /** The validated policy, including keys that are not Settings fields. */
  policy: ManagedPolicy;
  /** Policy keys present and valid. */
  policyKeys: ManagedPolicyKey[];
  /** Offline-IM threshold per mailbox location after the organisation minimum (never below Microsoft's). */
  thresholds: Record<MailboxLocation, string>;
  hideTroubleshooting: boolean;
  autoMarkAllowed: boolean;
  warnings: Message[];
}

/** Managed values override user values; everything else stays the user's. */
export function mergeSettings(user: Settings, read: ManagedPolicyRead): EffectiveSettings {
  const { policy, warnings } = read;
  const settings: Settings = { ...user, autoMarkSites: [...user.autoMarkSites] };
  const managedKeys: Array<keyof Settings> = [];
  if (policy.defaultMailbox !== undefined) {
    settings.mailbox = policy.defaultMailbox;
    managedKeys.push('mailbox');
  }
  if (policy.disableAutoMark === true) {
    settings.autoMarkSites = [];
    managedKeys.push('autoMarkSites');
  }
  const thresholds = {
    online: effectiveThreshold('online', policy.minimumBuild).threshold,
    onprem: effectiveThreshold('onprem', policy.minimumBuild).threshold,
  };
  return {
    settings,
    user,
    managedKeys,
    policy,
    policyKeys: MANAGED_POLICY_KEYS.filter((k) => policy[k] !== undefined),
    thresholds,
    hideTroubleshooting: policy.hideTroubleshooting === true,
    autoMarkAllowed: policy.disableAutoMark !== true,
    warnings,
  };
}
