import type { Catalogue, MailboxLocation } from '../core/index.ts';

/** Messages between the popup and dist/scan-worker.js. */
export type WorkerRequest =
  | { id: number; type: 'scan'; text: string }
  /** `text`: scan this first (the popup scanned it itself and the worker has not seen it). */
  | { id: number; type: 'csv'; catalogue: Catalogue; text?: string }
  | { id: number; type: 'unrecognized'; from: number; count: number }
  /** Plain-text summary of the last scan (or of `text`, as for csv). */
  | { id: number; type: 'summary'; catalogue: Catalogue; lang: string; locations: MailboxLocation[]; text?: string };

export type WorkerReply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: string };
