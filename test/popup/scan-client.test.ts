import { describe, expect, test, vi } from 'vitest';
import { createScanClient, WORKER_THRESHOLD } from '../../src/popup/scan-client.ts';
import { createWorkerHandler } from '../../src/popup/worker-handler.ts';
import type { WorkerRequest } from '../../src/popup/worker-protocol.ts';
import en from '../../_locales/en/messages.json';

/** A worker stand-in that runs the real worker handler, answering asynchronously like a Worker. */
function fakeWorker() {
  const handle = createWorkerHandler();
  const worker = {
    onmessage: null as ((e: MessageEvent) => void) | null,
    onerror: null as ((e: ErrorEvent) => void) | null,
    received: [] as string[],
    postMessage(request: WorkerRequest) {
      worker.received.push(request.type + ('text' in request && request.type === 'csv' ? '+text' : ''));
      const reply = handle(request);
      setTimeout(() => worker.onmessage?.({ data: reply } as MessageEvent));
    },
    terminate: vi.fn(),
  };
  return worker;
}

const big = (n: number) => Array.from({ length: n }, (_, i) => (i % 3 === 0 ? `nothing on line ${i}` : `u${i};16.0.${6000 + (i % 5)}.1000`)).join('\n');

describe('createScanClient', () => {
  test('small texts are scanned in the popup, large ones in the worker', async () => {
    const w = fakeWorker();
    const client = createScanClient(() => w as unknown as Worker);
    const small = await client.scan('16.0.6920.1000');
    expect(small.rows[0]!.version).toBe('16.0.6920.1000');
    expect(small.scannedBy).toBe('popup');
    expect(w.received).toEqual([]);

    const text = big(20_000);
    expect(text.length).toBeGreaterThan(WORKER_THRESHOLD);
    const view = await client.scan(text);
    expect(w.received).toEqual(['scan']);
    expect(view.scannedBy).toBe('worker');
    expect(view.summary.lines).toBe(20_000);
    expect(view.rows).toHaveLength(5);
    // The view is capped; the rest is paged from the worker.
    expect(view.unrecognized).toHaveLength(100);
    const next = await client.unrecognized(100, 50);
    expect(next[0]!.line).toBe(301);
    const csv = await client.csv(en);
    expect(csv.trimEnd().split('\r\n')).toHaveLength(1 + view.summary.findings);
    expect(w.received).toEqual(['scan', 'unrecognized', 'csv']);
  });

  test('the CSV of a text scanned in the popup is built in the worker', async () => {
    const w = fakeWorker();
    const client = createScanClient(() => w as unknown as Worker);
    await client.scan('a;16.0.6920.1000\nb;15.0.4569.1503');
    const csv = await client.csv(en);
    expect(w.received).toEqual(['csv+text']);
    expect(csv.trimEnd().split('\r\n').slice(1).map((l) => l.split(',')[0])).toEqual(['1', '2']);
  });

  test('a worker that cannot start leaves a popup that scans by itself', async () => {
    const client = createScanClient(() => {
      throw new Error('CSP blocked the worker');
    });
    const view = await client.scan(big(20_000));
    expect(view.summary.lines).toBe(20_000);
    expect((await client.unrecognized(0, 1))[0]!.line).toBe(1);
    // Only the CSV, built in the worker, is then unavailable: the caller shows an error.
    await expect(client.csv(en)).rejects.toThrow();
  });

  test('a worker that dies mid-scan falls back to a local scan', async () => {
    const dying = {
      onmessage: null,
      onerror: null as ((e: Event) => void) | null,
      postMessage() {
        setTimeout(() => dying.onerror?.(new Event('error')));
      },
      terminate: vi.fn(),
    };
    const client = createScanClient(() => dying as unknown as Worker);
    const view = await client.scan(big(20_000));
    expect(view.summary.findings).toBeGreaterThan(0);
    expect(view.scannedBy).toBe('popup');
    expect(dying.terminate).toHaveBeenCalled();
  });
});
