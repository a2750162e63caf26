import { blockedPolicies, serverSwitches } from './server-switches.ts';
import { MAILBOX_LOCATIONS, type Finding, type Prerequisite, type Summary, type Unrecognized } from './types.ts';
import { emptyLocationCounts } from './verdict-counts.ts';

/** The summary of findings gathered from several scans (slices of one text). */
export function summarize(findings: readonly Finding[], unrecognized: readonly Unrecognized[], prerequisites: readonly Prerequisite[], lines: number): Summary {
  const byLocation = emptyLocationCounts();
  const builds = new Set<string>();
  for (const f of findings) {
    builds.add(f.version);
    for (const location of MAILBOX_LOCATIONS) byLocation[location][f.verdicts[location]]++;
  }
  return {
    lines,
    findings: findings.length,
    distinctBuilds: builds.size,
    unrecognized: unrecognized.length,
    prerequisites: prerequisites.length,
    byLocation,
    blocked: serverSwitches(prerequisites).offlineImOff !== undefined,
    blockedPolicies: blockedPolicies(prerequisites),
  };
}
