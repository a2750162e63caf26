import { groupByBuild, scan, type Catalogue, type ScanResult, type Unrecognized } from '../core/index.ts';
import { csvFromFindings } from './export-csv.ts';
import { LINES_PER_ROW, PREREQUISITE_LIMIT, ROW_LIMIT, UNRECOGNIZED_PAGE, type ScanView } from './scan-view.ts';

/** Scans a text and keeps the full result for CSV export and paging. Runs in the worker or, for small texts, in the popup. */
export interface ScanStore {
  scan(text: string): ScanView;
  csv(catalogue: Catalogue): string;
  unrecognized(from: number, count: number): Unrecognized[];
}

export function toView(result: ScanResult): ScanView {
  const groups = groupByBuild(result.findings);
  return {
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
    scan(next) {
      text = next;
      result = scan(next);
      return toView(result);
    },
    csv(catalogue) {
      return csvFromFindings(result.findings, text, catalogue);
    },
    unrecognized(from, count) {
      return result.unrecognized.slice(from, from + count);
    },
  };
}
