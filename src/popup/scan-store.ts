import { groupByBuild, scan, type ScanResult, type Thresholds, type Unrecognized } from '../core/index.ts';
import { LINES_PER_ROW, PREREQUISITE_LIMIT, ROW_LIMIT, UNRECOGNIZED_PAGE, type ScanView } from './scan-view.ts';

/** Scans a text and keeps the full result for paging (and, in the worker, CSV export). */
export interface ScanStore {
  /** Scans against the thresholds in force (default: Microsoft's). */
  scan(text: string, thresholds?: Thresholds): ScanView;
  unrecognized(from: number, count: number): Unrecognized[];
  /** The last text scanned and its full result. */
  last(): { text: string; result: ScanResult };
}

export function toView(result: ScanResult): ScanView {
  const groups = groupByBuild(result.findings);
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

export function createScanStore(): ScanStore {
  let text = '';
  let result: ScanResult = scan('');
  return {
    scan(next, thresholds) {
      text = next;
      result = scan(next, thresholds ? { thresholds } : {});
      return toView(result);
    },
    unrecognized(from, count) {
      return result.unrecognized.slice(from, from + count);
    },
    last: () => ({ text, result }),
  };
}
