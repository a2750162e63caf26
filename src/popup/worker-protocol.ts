import type { Thresholds } from '../core/verdict.ts';
import type { Catalogue, MailboxLocation } from '../core/index.ts';
import type { SummaryOptions } from './copy-summary.ts';
import type { CsvOptions } from './export-csv.ts';

/** What "Who must update" asks for: the shown locations and the thresholds in force. */
export interface UsersOptions {
  locations: MailboxLocation[];
  thresholds?: Record<MailboxLocation, string>;
}

/** Messages between the popup and dist/scan-worker.js; csv, summary, users and unrecognized refer to the last scan. */
export type WorkerRequest =
  | { id: number; type: 'scan'; text: string; thresholds?: Thresholds | undefined }
  | { id: number; type: 'csv'; catalogue: Catalogue; options?: CsvOptions }
  | { id: number; type: 'summary'; catalogue: Catalogue; lang: string; locations: MailboxLocation[]; options?: Omit<SummaryOptions, 'users'> }
  | { id: number; type: 'users'; options: UsersOptions }
  | { id: number; type: 'users-csv'; catalogue: Catalogue; options: UsersOptions }
  | { id: number; type: 'unrecognized'; from: number; count: number };

export type WorkerReply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: string };
