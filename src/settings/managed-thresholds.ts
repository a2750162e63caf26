// An organisation's minimum build applied to a scan result. The engine judges
// against Microsoft's thresholds; this raises them (never lowers them) for the
// popup, the overlay and the CLI, and keeps every reason pointing at the build
// the user must actually reach.
import { summarize } from '../core/summarize.ts';
import { THRESHOLDS } from '../core/thresholds.ts';
import { MAILBOX_LOCATIONS, type Finding, type MailboxLocation, type Message, type ScanResult, type Verdict } from '../core/types.ts';
import { compareKnown, parseVersion } from '../core/version.ts';

type Judged = [Verdict, Message];

function rejudge(f: Finding, location: MailboxLocation, threshold: string): Judged {
  const verdict = f.verdicts[location];
  const reason = f.reasons[location];
  const microsoft = THRESHOLDS[location];
  const raised: Message = { key: reason.key, params: { ...reason.params, threshold } };
  if (verdict === 'not-supported' || f.family !== 'win16') return [verdict, 'threshold' in reason.params ? raised : reason];
  const order = compareKnown(parseVersion(f.version) ?? [], parseVersion(threshold)!);
  if (verdict === 'eligible' || verdict === 'unknown') {
    if (order === undefined) return ['unknown', { key: 'reason_missing_revision', params: { ...reason.params, threshold } }];
    if (order < 0) {
      return ['upgrade-required', { key: 'managed_reason_below_minimum', params: { ...reason.params, version: f.version, threshold, microsoft } }];
    }
    return ['eligible', raised];
  }
  return [verdict, raised];
}

/**
 * Returns the result judged against `thresholds` (EffectiveSettings.thresholds).
 * Unchanged when they are Microsoft's; the input is never mutated.
 */
export function applyOrganisationMinimum(result: ScanResult, thresholds: Readonly<Record<MailboxLocation, string>>): ScanResult {
  const raised = MAILBOX_LOCATIONS.filter((l) => thresholds[l] !== THRESHOLDS[l]);
  if (raised.length === 0) return result;
  const findings = result.findings.map((f) => {
    const verdicts = { ...f.verdicts };
    const reasons = { ...f.reasons };
    for (const location of raised) [verdicts[location], reasons[location]] = rejudge(f, location, thresholds[location]);
    return { ...f, verdicts, reasons };
  });
  return { ...result, findings, summary: summarize(findings, result.unrecognized, result.prerequisites, result.summary.lines) };
}
