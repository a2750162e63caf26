// A large text scanned in pieces with the one engine (core/scan-stream.ts),
// so that the popup can paint the first rows and counts while the rest is
// still arriving. What it finally gives is exactly what one scan() of the
// whole text gives: the slices are scanned with carried state (line
// numbers, offsets, PowerShell tables; a line or a CRLF cut between pieces
// waits for its end), and findings judged before a later server switch
// (EnableOfflineIM False) was read are judged again with the switch the
// whole text sets, as scan() judges them.
import {
  blockedPolicies,
  createBuildGrouper,
  effective,
  emptyLocationCounts,
  groupByBuild,
  MAILBOX_LOCATIONS,
  scan,
  serverSwitches,
  VERDICTS,
  type BuildGroup,
  type Finding,
  type Prerequisite,
  type ScanResult,
  type ServerSwitches,
  type Summary,
  type Thresholds,
  type Unrecognized,
} from '../core/index.ts';
import { createStreamScan } from '../core/scan-stream.ts';
import { viewOf } from './scan-view-of.ts';
import type { ScanView } from './scan-view.ts';

export interface PieceScan {
  /** Scans the whole lines gathered so far (the last, unfinished line waits for the next piece). */
  push(piece: string): void;
  /** What the pieces so far hold: rows, counts and lines (`partial: true`). */
  partial(): ScanView;
  /** The result and view of the whole text, as one scan() of it gives them; `text()` is the whole text (for a rescan). */
  end(text: () => string): { result: ScanResult; view: ScanView };
}

type Off = ServerSwitches['offlineImOff'];

const sameOff = (a: Off, b: Off) => a === b || (a !== undefined && b !== undefined && a.identity === b.identity && a.line === b.line);

/** Appends without spreading (a slice can hold more findings than a call may take arguments). */
function append<T>(to: T[], from: readonly T[]): void {
  for (const x of from) to.push(x);
}

export function createPieceScan(thresholds?: Thresholds): PieceScan {
  const findings: Finding[] = [];
  const unrecognized: Unrecognized[] = [];
  const prerequisites: Prerequisite[] = [];
  const grouper = createBuildGrouper();
  const byLocation = emptyLocationCounts();
  let lines = 0;
  // Once a server switch is read: each slice's findings and the switch they were judged with.
  let switchSeen = false;
  const judged: { from: number; to: number; off: Off }[] = [];

  const stream = createStreamScan({
    ...(thresholds ? { thresholds } : {}),
    // Every piece is scanned as it comes (the driver would otherwise gather small ones).
    sliceChars: 1,
    onSlice(r) {
      const from = findings.length;
      append(findings, r.findings);
      append(unrecognized, r.unrecognized);
      append(prerequisites, r.prerequisites);
      grouper.add(r.findings);
      lines += r.summary.lines;
      for (const l of MAILBOX_LOCATIONS) for (const v of VERDICTS) byLocation[l][v] += r.summary.byLocation[l][v];
      switchSeen ||= r.prerequisites.some((p) => p.kind === 'offline-im-switch');
      judged.push({ from, to: findings.length, off: switchSeen ? serverSwitches(prerequisites).offlineImOff : undefined });
    },
  });

  return {
    push: (piece) => stream.push(piece),
    partial() {
      const summary: Summary = {
        lines,
        findings: findings.length,
        distinctBuilds: stream.versions().size,
        unrecognized: unrecognized.length,
        prerequisites: prerequisites.length,
        byLocation: { online: { ...byLocation.online }, onprem: { ...byLocation.onprem } },
        blocked: switchSeen && serverSwitches(prerequisites).offlineImOff !== undefined,
        blockedPolicies: blockedPolicies(prerequisites),
      };
      return { ...viewOf(grouper.groups(), { summary, unrecognized, prerequisites }), partial: true };
    },
    end(text) {
      const { summary } = stream.end();
      const off = switchSeen ? serverSwitches(prerequisites).offlineImOff : undefined;
      let rejudged = false;
      for (const slice of judged) {
        if (sameOff(slice.off, off)) continue;
        // Judged under a switch that a later line changed: the first judgement is gone, so read the text once, whole.
        if (slice.off) return whole(text(), thresholds);
        for (let i = slice.from; i < slice.to; i++) {
          const f = findings[i]!;
          const j = effective({ verdicts: f.clientVerdicts, reasons: f.reasons }, { offlineImOff: off });
          f.verdicts = j.verdicts;
          f.reasons = j.reasons;
        }
        rejudged = true;
      }
      let groups: BuildGroup[] = grouper.groups();
      if (rejudged) {
        groups = groupByBuild(findings);
        const counts = emptyLocationCounts();
        for (const f of findings) for (const l of MAILBOX_LOCATIONS) counts[l][f.verdicts[l]]++;
        summary.byLocation = counts;
      }
      const result: ScanResult = { findings, unrecognized, prerequisites, summary };
      return { result, view: viewOf(groups, result) };
    },
  };
}

function whole(text: string, thresholds: Thresholds | undefined): { result: ScanResult; view: ScanView } {
  const result = scan(text, thresholds ? { thresholds } : {});
  return { result, view: viewOf(groupByBuild(result.findings), result) };
}
