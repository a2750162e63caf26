import type { Catalogue, MailboxLocation, Unrecognized } from '../core/index.ts';
import { createScanStore } from './scan-store.ts';
import type { ScanView } from './scan-view.ts';
import type { WorkerReply, WorkerRequest } from './worker-protocol.ts';

// Small texts are scanned right here (no worker start-up, instant as one
// types); large ones in dist/scan-worker.js so the popup never freezes. If the
// worker cannot start or dies, the popup scans itself: slower, never wrong
// (only the CSV and text summary exports, built in the worker, are then unavailable).

/** Texts longer than this (UTF-16 units) go to the worker. */
export const WORKER_THRESHOLD = 100_000;

export interface ScanClient {
  scan(text: string): Promise<ScanView>;
  csv(catalogue: Catalogue): Promise<string>;
  summary(catalogue: Catalogue, lang: string, locations: MailboxLocation[]): Promise<string>;
  unrecognized(from: number, count: number): Promise<Unrecognized[]>;
  dispose(): void;
}

type WorkerFactory = () => Worker;

function defaultWorker(): Worker {
  return new Worker(new URL('scan-worker.js', import.meta.url), { type: 'module' });
}

type Pending = { resolve(value: unknown): void; reject(error: Error): void };
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

export function createScanClient(makeWorker: WorkerFactory | undefined = typeof Worker === 'function' ? defaultWorker : undefined): ScanClient {
  const local = createScanStore();
  let worker: Worker | undefined;
  let broken = !makeWorker;
  let nextId = 1;
  const pending = new Map<number, Pending>();
  /** Which side holds the last scan's findings. */
  let holder: 'local' | 'worker' = 'local';

  const fail = (error: Error) => {
    broken = true;
    worker?.terminate();
    worker = undefined;
    for (const p of pending.values()) p.reject(error);
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
        pending.delete(reply.id);
        if (reply.ok) p.resolve(reply.value);
        else p.reject(new Error(reply.error));
      };
      worker.onerror = (event) => {
        event.preventDefault?.();
        fail(new Error('scan worker failed'));
      };
    }
    return worker;
  };

  const ask = <T>(request: DistributiveOmit<WorkerRequest, 'id'>): Promise<T> => {
    const w = ensureWorker();
    if (!w) return Promise.reject(new Error('no scan worker'));
    const id = nextId++;
    return new Promise<T>((resolve, reject) => {
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      w.postMessage({ ...request, id } as WorkerRequest);
    });
  };

  return {
    async scan(text) {
      if (text.length > WORKER_THRESHOLD && !broken) {
        try {
          const view = await ask<ScanView>({ type: 'scan', text });
          holder = 'worker';
          return { ...view, scannedBy: 'worker' };
        } catch {
          // Fall through to a local scan.
        }
      }
      holder = 'local';
      return { ...local.scan(text), scannedBy: 'popup' };
    },
    async csv(catalogue) {
      // CSV code lives in the worker only (popup.js stays small); a text scanned here travels along.
      return ask<string>(holder === 'worker' ? { type: 'csv', catalogue } : { type: 'csv', catalogue, text: local.last().text });
    },
    async summary(catalogue, lang, locations) {
      return ask<string>({ type: 'summary', catalogue, lang, locations, ...(holder === 'worker' ? {} : { text: local.last().text }) });
    },
    async unrecognized(from, count) {
      return holder === 'worker' ? ask<Unrecognized[]>({ type: 'unrecognized', from, count }) : local.unrecognized(from, count);
    },
    dispose() {
      worker?.terminate();
      worker = undefined;
    },
  };
}
