import type { Thresholds } from '../core/verdict.ts';
import type { Catalogue, MailboxLocation, Unrecognized } from '../core/index.ts';
import type { ScanView } from './scan-view.ts';
import type { SummaryOptions } from './copy-summary.ts';
import type { CsvOptions } from './export-csv.ts';
import type { UsersPage } from './who-must-update.ts';
import { FIRST_PIECE, pieces } from './text-pieces.ts';
import type { WorkerHandler } from './worker-handler.ts';
import type { UsersOptions, WorkerReply, WorkerRequest } from './worker-protocol.ts';

// Every scan runs in dist/scan-worker.js (started when the popup opens), so
// typing and a 100,000-line paste alike leave the popup responsive, and the
// engine stays out of popup.js. If the worker cannot start or dies, the same
// module is imported into the popup and answers here: slower, never wrong.
// A large text crosses in pieces, the popup yielding between them: the
// worker scans the first piece while the rest is still being copied across,
// and partial views come back on the way, so the first rows paint early.

export interface ScanClient {
  /**
   * Scans `text` against the thresholds in force (the organisation's minimum
   * included). `onProgress` receives partial views (`partial: true`) of a
   * large text before the promise settles with the whole one.
   */
  scan(text: string, thresholds?: Thresholds, onProgress?: (view: ScanView) => void): Promise<ScanView>;
  csv(catalogue: Catalogue, options?: CsvOptions): Promise<string>;
  summary(catalogue: Catalogue, lang: string, locations: MailboxLocation[], options?: Omit<SummaryOptions, 'users'>): Promise<string>;
  /** "Who must update" for the last scan: the first `limit` rows, the count and the To: line. */
  users(options: UsersOptions, limit: number): Promise<UsersPage>;
  usersCsv(catalogue: Catalogue, options: UsersOptions): Promise<string>;
  unrecognized(from: number, count: number): Promise<Unrecognized[]>;
  /** Starts the worker ahead of need. */
  warm(): void;
  dispose(): void;
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
type Request = DistributiveOmit<WorkerRequest, 'id'>;
type Progress = (value: unknown) => void;

/** Lets the popup handle the worker's partial views and paint between two pieces. */
const yieldToPopup = () => new Promise<void>((resolve) => setTimeout(resolve));

/** Posts a request; a scan of a large text goes in pieces (worker-protocol.ts), yielding between them. */
async function send(w: Worker, request: WorkerRequest): Promise<void> {
  if (request.type !== 'scan' || request.text.length <= FIRST_PIECE) return w.postMessage(request);
  const { text } = request;
  for (const [at, piece] of pieces(text)) {
    const more = at + piece.length < text.length;
    w.postMessage(more ? { ...request, text: piece, more } : { ...request, text: piece });
    if (more) await yieldToPopup();
  }
}

const workerUrl = () => new URL('scan-worker.js', import.meta.url);

function defaultWorker(): Worker {
  return new Worker(workerUrl(), { type: 'module' });
}

/** The worker's module, run in the popup itself. */
async function defaultLocal(): Promise<WorkerHandler> {
  // Our own packaged sibling, left for run time by the build so the engine stays out of popup.js.
  const module = await import('./scan-worker.js');
  return module.createWorkerHandler();
}

export function createScanClient(
  makeWorker: (() => Worker) | undefined = typeof Worker === 'function' ? defaultWorker : undefined,
  loadLocal: () => Promise<WorkerHandler> = defaultLocal,
): ScanClient {
  let worker: Worker | undefined;
  let broken = !makeWorker;
  let local: Promise<WorkerHandler> | undefined;
  let nextId = 1;
  /** Requests go out one after another: the pieces of one text are never interleaved with another request. */
  let sending = Promise.resolve();
  const pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void; progress?: Progress | undefined }>();
  /** The last text scanned, to scan again on the local side if the worker dies. */
  let lastText: string | undefined;
  let lastThresholds: Thresholds | undefined;

  const fail = () => {
    broken = true;
    worker?.terminate();
    worker = undefined;
    for (const p of pending.values()) p.reject(new Error('scan worker failed'));
    pending.clear();
  };

  const ensureWorker = (): Worker | undefined => {
    if (broken) return undefined;
    if (!worker) {
      try {
        worker = makeWorker!();
      } catch {
        broken = true;
        return undefined;
      }
      worker.onmessage = (event: MessageEvent<WorkerReply>) => {
        const reply = event.data;
        const p = pending.get(reply.id);
        if (!p) return;
        if (reply.ok && reply.progress) return p.progress?.(reply.value);
        pending.delete(reply.id);
        if (reply.ok) p.resolve(reply.value);
        else p.reject(new Error(reply.error));
      };
      worker.onerror = (event) => {
        event.preventDefault?.();
        fail();
      };
    }
    return worker;
  };

  const askLocal = async <T>(request: Request, progress?: Progress): Promise<T> => {
    if (!local) {
      local = loadLocal();
      // The fresh local side has not seen the text the worker held.
      if (request.type !== 'scan' && lastText !== undefined) (await local)({ id: 0, type: 'scan', text: lastText, thresholds: lastThresholds });
    }
    const onReply = progress && ((r: WorkerReply) => r.ok && progress(r.value));
    const reply = (await local)({ ...request, id: nextId++ }, onReply);
    if (!reply) throw new Error('no answer');
    if (!reply.ok) throw new Error(reply.error);
    return reply.value as T;
  };

  const ask = async <T>(request: Request, progress?: Progress): Promise<T> => {
    const w = ensureWorker();
    if (w) {
      try {
        const id = nextId++;
        return await new Promise<T>((resolve, reject) => {
          pending.set(id, { resolve, reject, progress });
          // A post that throws (nothing here should) fails its own request; the next ones still go.
          sending = sending
            .then(() => send(w, { ...request, id }))
            .catch((error: unknown) => {
              pending.delete(id);
              reject(error instanceof Error ? error : new Error(String(error)));
            });
        });
      } catch (error) {
        if (!broken) throw error;
        // The worker died: answer here instead.
      }
    }
    return askLocal<T>(request, progress);
  };

  return {
    async scan(text, thresholds, onProgress) {
      lastText = text;
      lastThresholds = thresholds;
      const by = (): ScanView['scannedBy'] => (broken ? 'popup' : 'worker');
      const progress = onProgress && ((value: unknown) => onProgress({ ...(value as ScanView), scannedBy: by() }));
      const view = await ask<ScanView>({ type: 'scan', text, thresholds }, progress);
      return { ...view, scannedBy: by() };
    },
    csv: (catalogue, options) => ask<string>({ type: 'csv', catalogue, options }),
    summary: (catalogue, lang, locations, options) => ask<string>({ type: 'summary', catalogue, lang, locations, options }),
    users: (options, limit) => ask<UsersPage>({ type: 'users', options, limit }),
    usersCsv: (catalogue, options) => ask<string>({ type: 'users-csv', catalogue, options }),
    unrecognized: (from, count) => ask<Unrecognized[]>({ type: 'unrecognized', from, count }),
    warm() {
      ensureWorker();
    },
    dispose() {
      worker?.terminate();
      worker = undefined;
    },
  };
}
