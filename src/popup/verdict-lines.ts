import type { MailboxLocation, Message, Verdict } from '../core/index.ts';
import type { BuildRowData } from './scan-view.ts';

export interface VerdictLine {
  verdict: Verdict;
  locations: MailboxLocation[];
}

/** One line per distinct verdict: "both locations: not supported" reads better than the same line twice. */
export function verdictLines(row: BuildRowData, locations: readonly MailboxLocation[]): VerdictLine[] {
  const lines: VerdictLine[] = [];
  for (const location of locations) {
    const verdict = row.verdicts[location];
    const same = lines.find((l) => l.verdict === verdict);
    if (same) same.locations.push(location);
    else lines.push({ verdict, locations: [location] });
  }
  return lines;
}

/**
 * The reason worth reading: the one of the strictest shown location that is
 * not eligible (the on-premises threshold covers both), else the eligible one.
 */
export function mainReason(row: BuildRowData, locations: readonly MailboxLocation[]): Message {
  const problems = locations.filter((l) => row.verdicts[l] !== 'eligible');
  const pick = problems.includes('onprem') ? 'onprem' : (problems[0] ?? locations[locations.length - 1]!);
  return row.reasons[pick];
}
