import { describe, expect, test, vi } from 'vitest';
import { createScanClient, WORKER_THRESHOLD } from '../../src/popup/scan-client.ts';
import { createScanStore } from '../../src/popup/scan-store.ts';
import type { WorkerRequest } from '../../src/popup/worker-protocol.ts';
import en from '../../_locales/en/messages.json';

/** A worker stand-in that runs the real store, answering asynchronously like a Worker. */
function fakeWorker() {
  const store = createScanStore();
  const worker = {
    onmessage: null as ((e: MessageEvent) => void) | null,
    onerror: null as ((e: ErrorEvent) => void) | null,
    received: [] as string[],
    postMessage(request: WorkerRequest) {
      worker.received.push(request.type);
      const value =
        request.type === 'scan' ? store.scan(request.text) : request.type === 'csv' ? store.csv(request.catalogue) : store.unrecognized(request.from, request.count);
      setTimeout(() => worker.onmessage?.({ data: { id: request.id, ok: true, value } } as MessageEvent));
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

  test('a worker that cannot start leaves a popup that scans by itself', async () => {
    const client = createScanClient(() => {
      throw new Error('CSP blocked the worker');
    });
    const view = await client.scan(big(20_000));
    expect(view.summary.lines).toBe(20_000);
    expect((await client.unrecognized(0, 1))[0]!.line).toBe(1);
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
