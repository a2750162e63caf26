import type { BuildGroup, Prerequisite, Summary, Unrecognized } from '../core/index.ts';

// What the popup renders of a scan: everything small enough to cross from the
// worker in a few milliseconds. Findings stay where the scan ran (a 100,000
// line report has 100,000 of them); CSV and further unrecognised lines are
// asked for on demand.

/** A row: one distinct build, its line list shortened to LINES_PER_ROW. */
export interface BuildRowData extends BuildGroup {
  /** How many distinct lines held the build (lines[] may be shortened). */
  lineTotal: number;
}

export interface ScanView {
  rows: BuildRowData[];
  /** Distinct builds in total; rows may stop at ROW_LIMIT. */
  rowTotal: number;
  /** The first unrecognised lines; summary.unrecognized says how many there are. */
  unrecognized: Unrecognized[];
  prerequisites: Prerequisite[];
  summary: Summary;
  /** Every reason message key in the result (rows may be capped): what a CSV catalogue needs. */
  reasonKeys: string[];
  /** The scan is still going on: what its first slices found (the summary counts them only). */
  partial?: boolean;
  /** Where the scan ran (shown as data-scanned-by for tests and bug reports). */
  scannedBy?: 'worker' | 'popup';
}

export const LINES_PER_ROW = 12;
export const ROW_LIMIT = 2000;
export const UNRECOGNIZED_PAGE = 100;
export const PREREQUISITE_LIMIT = 50;
