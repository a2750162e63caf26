import type { BuildGroup, ScanResult } from '../core/index.ts';
import { LINES_PER_ROW, PREREQUISITE_LIMIT, ROW_LIMIT, UNRECOGNIZED_PAGE, type ScanView } from './scan-view.ts';

/** The view of a result whose findings are already grouped by build (core groupByBuild). */
export function viewOf(groups: readonly BuildGroup[], result: Omit<ScanResult, 'findings'>): ScanView {
  const reasonKeys = new Set<string>();
  for (const g of groups) for (const reason of Object.values(g.reasons)) reasonKeys.add(reason.key);
  return {
    reasonKeys: [...reasonKeys],
    rows: groups.slice(0, ROW_LIMIT).map((g) => ({ ...g, lines: g.lines.slice(0, LINES_PER_ROW), lineTotal: g.lines.length })),
    rowTotal: groups.length,
    unrecognized: result.unrecognized.slice(0, UNRECOGNIZED_PAGE),
    prerequisites: result.prerequisites.slice(0, PREREQUISITE_LIMIT),
    summary: result.summary,
  };
}
