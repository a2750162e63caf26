import { THRESHOLDS, THRESHOLD_PARTS } from './thresholds.ts';
import type { FamilyId, MailboxLocation, Message, Verdict } from './types.ts';
import { compareKnown, type Parts } from './version.ts';

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

function judgeLocation(family: FamilyId, parts: Parts, version: string, product: string, location: MailboxLocation): [Verdict, Message] {
  const threshold = THRESHOLDS[location];
  const params = { version, threshold, product };
  const notSupported = NOT_SUPPORTED_REASON[family];
  if (notSupported) return ['not-supported', { key: notSupported, params }];
  if (family === 'unknown') return ['unknown', { key: 'reason_unknown_client', params }];
  // MSI-era numbers are below both thresholds; MSI never gets offline IM at all.
  if (family === 'win16-msi-range') return ['upgrade-required', { key: 'reason_msi_range', params }];
  const order = compareKnown(parts, THRESHOLD_PARTS[location]);
  if (order === undefined) return ['unknown', { key: 'reason_missing_revision', params }];
  if (order >= 0) return ['eligible', { key: 'reason_eligible', params }];
  return ['upgrade-required', { key: 'reason_upgrade', params }];
}

/** Verdict and reason for both mailbox locations. */
export function judge(family: FamilyId, parts: Parts, product = ''): Judgement {
  const version = parts.join('.');
  const [online, onlineReason] = judgeLocation(family, parts, version, product, 'online');
  const [onprem, onpremReason] = judgeLocation(family, parts, version, product, 'onprem');
  return { verdicts: { online, onprem }, reasons: { online: onlineReason, onprem: onpremReason } };
}
