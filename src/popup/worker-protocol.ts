import type { Thresholds } from '../core/verdict.ts';
import type { Catalogue, MailboxLocation } from '../core/index.ts';
import type { SummaryOptions } from './copy-summary.ts';
import type { CsvOptions } from './export-csv.ts';

/** What "Who must update" asks for: the shown locations and the thresholds in force (`limit`: rows sent, UsersPage). */
export interface UsersOptions {
  locations: MailboxLocation[];
  thresholds?: Record<MailboxLocation, string>;
}

/**
 * Messages between the popup and dist/scan-worker.js; csv, summary, users and
 * unrecognized refer to the last scan. A large text comes in pieces: scan
 * messages with the same id, `more` on all but the last; only the last is
 * answered (partial views may come before).
 */
export type WorkerRequest =
  | { id: number; type: 'scan'; text: string; thresholds?: Thresholds | undefined; more?: true }
  | { id: number; type: 'csv'; catalogue: Catalogue; options?: CsvOptions }
  | { id: number; type: 'summary'; catalogue: Catalogue; lang: string; locations: MailboxLocation[]; options?: Omit<SummaryOptions, 'users'> }
  | { id: number; type: 'users'; options: UsersOptions; limit: number }
  | { id: number; type: 'users-csv'; catalogue: Catalogue; options: UsersOptions }
  | { id: number; type: 'unrecognized'; from: number; count: number };

/** `progress`: a partial view of a scan still under way; the reply without it follows. */
export type WorkerReply = { id: number; ok: true; value: unknown; progress?: true } | { id: number; ok: false; error: string };
