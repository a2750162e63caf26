import type { Catalogue, MailboxLocation } from '../core/index.ts';

/** Messages between the popup and dist/scan-worker.js; csv, summary and unrecognized refer to the last scan. */
export type WorkerRequest =
  | { id: number; type: 'scan'; text: string }
  | { id: number; type: 'csv'; catalogue: Catalogue }
  | { id: number; type: 'summary'; catalogue: Catalogue; lang: string; locations: MailboxLocation[] }
  | { id: number; type: 'unrecognized'; from: number; count: number };

export type WorkerReply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: string };
