import { THRESHOLDS } from './thresholds.ts';
import type { FamilyId, MailboxLocation, Message, Verdict } from './types.ts';
import { compareKnown, parseVersion, type Parts } from './version.ts';

export interface Judgement {
  verdicts: Record<MailboxLocation, Verdict>;
  reasons: Record<MailboxLocation, Message>;
}

/** Families that can never send offline IM, with the message key saying why. */
const NOT_SUPPORTED_REASON: Readonly<Partial<Record<FamilyId, string>>> = {
  lync2013: 'reason_lync2013',
  lync2010: 'reason_lync2010',
  communicator: 'reason_communicator',
  mac: 'reason_mac',
  mobile: 'reason_mobile',
  web: 'reason_web',
  other16: 'reason_other16',
};

/**
 * How sure the scanner is that the number is a Skype client's build.
 * `confirmed`: a client agent token, a client name, an About dialog, a
 * client registry value or a build standing alone. Any other strength keeps
 * the verdict from being "eligible" (it becomes "unknown", with the reason).
 */
export type Evidence = 'confirmed' | 'suite' | 'threshold-on-line' | 'prose' | 'hypothetical' | 'past' | 'elsewhere' | 'unread-language' | 'either' | 'library';

const UNCONFIRMED_REASON: Readonly<Record<Exclude<Evidence, 'confirmed'>, string>> = {
  suite: 'reason_unconfirmed_suite',
  'threshold-on-line': 'reason_unconfirmed_threshold',
  prose: 'reason_unconfirmed_prose',
  hypothetical: 'reason_unconfirmed_hypothetical',
  past: 'reason_unconfirmed_past',
  elsewhere: 'reason_unconfirmed_elsewhere',
  'unread-language': 'reason_unconfirmed_language',
  either: 'reason_unconfirmed_either',
  library: 'reason_unconfirmed_library',
};

/** The reasons of a build read as unconfirmed: a finding that has one was not read as a client on its text's word. */
export const UNCONFIRMED_REASON_KEYS: ReadonlySet<string> = new Set(Object.values(UNCONFIRMED_REASON));

/** Thresholds in force: Microsoft's, raised (never lowered) by an organisation minimum. */
export type Thresholds = Readonly<Record<MailboxLocation, string>>;

/** The higher of Microsoft's threshold and an organisation minimum, per location; a lower or malformed minimum is ignored. */
export function thresholdsWith(minimum: string | undefined): Thresholds {
  const raised = { ...THRESHOLDS };
  const parts = minimum === undefined ? undefined : parseVersion(minimum);
  if (!parts || parts.length !== 4) return raised;
  for (const location of Object.keys(raised) as MailboxLocation[]) {
    if (compareKnown(parts, parseVersion(raised[location])!) === 1) raised[location] = parts.join('.');
  }
  return raised;
}

function judgeLocation(family: FamilyId, parts: Parts, version: string, product: string, location: MailboxLocation, thresholds: Thresholds, evidence: Evidence): [Verdict, Message] {
  const threshold = thresholds[location];
  const microsoft = THRESHOLDS[location];
  const params = { version, threshold, product };
  const notSupported = NOT_SUPPORTED_REASON[family];
  if (notSupported) return ['not-supported', { key: notSupported, params }];
  if (family === 'unknown') return ['unknown', { key: 'reason_unknown_client', params }];
  const order = compareKnown(parts, parseVersion(threshold)!);
  // Only the suite is named: its build is the client's only where the client is installed, which the line does not say.
  // Even below the threshold that is no client's verdict ("Microsoft Office Professional Plus 2016,16.0.4266.1001").
  if (evidence === 'suite' && (family === 'win16-msi-range' || (order !== undefined && order < 0))) return ['unknown', { key: 'reason_unconfirmed_suite_below', params }];
  // A build of the past is no client's now: "upgrade-required" would ask to update a machine that has moved on.
  if (evidence === 'past' && (family === 'win16-msi-range' || (order !== undefined && order < 0))) return ['unknown', { key: UNCONFIRMED_REASON.past, params }];
  // MSI-era numbers are below both thresholds; MSI never gets offline IM at all.
  if (family === 'win16-msi-range') return ['upgrade-required', { key: 'reason_msi_range', params }];
  if (order === undefined) return ['unknown', { key: 'reason_missing_revision', params }];
  if (order < 0) {
    // Between Microsoft's threshold and the organisation's: say whose rule it is.
    const meetsMicrosoft = threshold !== microsoft && compareKnown(parts, parseVersion(microsoft)!) !== -1;
    return ['upgrade-required', meetsMicrosoft ? { key: 'managed_reason_below_minimum', params: { ...params, microsoft } } : { key: 'reason_upgrade', params }];
  }
  if (evidence !== 'confirmed') return ['unknown', { key: UNCONFIRMED_REASON[evidence], params }];
  return ['eligible', { key: 'reason_eligible', params }];
}

/** Verdict and reason for both mailbox locations: the build alone, against the thresholds in force. */
export function judge(family: FamilyId, parts: Parts, product = '', thresholds: Thresholds = THRESHOLDS, evidence: Evidence = 'confirmed'): Judgement {
  const version = parts.join('.');
  const [online, onlineReason] = judgeLocation(family, parts, version, product, 'online', thresholds, evidence);
  const [onprem, onpremReason] = judgeLocation(family, parts, version, product, 'onprem', thresholds, evidence);
  return { verdicts: { online, onprem }, reasons: { online: onlineReason, onprem: onpremReason } };
}

/** What the server switches found in the input do to every client. */
export interface ServerSwitches {
  /** The EnableOfflineIM record that turns offline IM off for everyone, if any. */
  offlineImOff?: { identity: string; line: number } | undefined;
}

/**
 * The effective verdict: a client that would be eligible is `blocked` when
 * offline IM is off for everyone. Other verdicts stand: the client still
 * needs its update once the switch is turned on.
 */
export function effective(client: Judgement, switches: ServerSwitches): Judgement {
  const off = switches.offlineImOff;
  if (!off || (client.verdicts.online !== 'eligible' && client.verdicts.onprem !== 'eligible')) return client;
  const verdicts = { ...client.verdicts };
  const reasons = { ...client.reasons };
  for (const location of Object.keys(verdicts) as MailboxLocation[]) {
    if (verdicts[location] !== 'eligible') continue;
    verdicts[location] = 'blocked';
    reasons[location] = { key: 'reason_blocked_offline_im_off', params: { ...reasons[location].params, identity: off.identity, line: String(off.line), command: `Set-CsImConfiguration -Identity "${off.identity}" -EnableOfflineIM $True` } };
  }
  return { verdicts, reasons };
}
