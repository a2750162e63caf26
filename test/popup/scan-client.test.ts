import { describe, expect, test, vi } from 'vitest';
import en from '../../_locales/en/messages.json';
import { createScanClient } from '../../src/popup/scan-client.ts';
import { createWorkerHandler } from '../../src/popup/worker-handler.ts';
import type { WorkerReply, WorkerRequest } from '../../src/popup/worker-protocol.ts';

/** A worker stand-in that runs the real worker handler, answering asynchronously like a Worker. */
function fakeWorker() {
  const handle = createWorkerHandler();
  const worker = {
    onmessage: null as ((e: MessageEvent) => void) | null,
    onerror: null as ((e: Event) => void) | null,
    /** Request types, a text's pieces counted as one scan. */
    received: [] as string[],
    pieces: 0,
    postMessage(request: WorkerRequest) {
      if (request.type === 'scan') worker.pieces++;
      if (request.type !== 'scan' || !request.more) worker.received.push(request.type);
      const post = (data: WorkerReply) => setTimeout(() => worker.onmessage?.({ data } as MessageEvent));
      const reply = handle(request, post);
      if (reply) post(reply);
    },
    terminate: vi.fn(),
  };
  return worker;
}

const big = (n: number) => Array.from({ length: n }, (_, i) => (i % 3 === 0 ? `nothing on line ${i}` : `u${i};16.0.${6000 + (i % 5)}.1000`)).join('\n');
const localHandler = vi.fn(async () => createWorkerHandler());

describe('createScanClient', () => {
  test('scans, pages, exports and summarises in the worker; the popup never loads the engine', async () => {
    const w = fakeWorker();
    localHandler.mockClear();
    const client = createScanClient(() => w as unknown as Worker, localHandler);
    const small = await client.scan('16.0.6920.1000');
    expect(small.rows[0]!.version).toBe('16.0.6920.1000');
    expect(small.scannedBy).toBe('worker');

    const view = await client.scan(big(20_000));
    expect(view.summary.lines).toBe(20_000);
    expect(view.rows).toHaveLength(5);
    // The view is capped; the rest is paged from the worker.
    expect(view.unrecognized).toHaveLength(100);
    const next = await client.unrecognized(100, 50);
    expect(next[0]!.line).toBe(301);
    const csv = await client.csv(en);
    expect(csv.trimEnd().split('\r\n')).toHaveLength(1 + view.summary.findings);
    const summary = await client.summary(en, 'en', ['online']);
    expect(summary.split('\n')[1]).toBe('Clients: 13,333, distinct builds: 5.');
    expect(w.received).toEqual(['scan', 'scan', 'unrecognized', 'csv', 'summary']);
    expect(localHandler).not.toHaveBeenCalled();
  });

  test('a worker that cannot start leaves a popup that scans by itself', async () => {
    const client = createScanClient(() => {
      throw new Error('CSP blocked the worker');
    }, localHandler);
    const view = await client.scan(big(20_000));
    expect(view.summary.lines).toBe(20_000);
    expect(view.scannedBy).toBe('popup');
    expect((await client.unrecognized(0, 1))[0]!.line).toBe(1);
    expect((await client.csv(en)).length).toBeGreaterThan(1000);
  });

  test('a worker that dies mid-scan: the popup answers, and later exports still see the text', async () => {
    const dying = {
      onmessage: null,
      onerror: null as ((e: Event) => void) | null,
      postMessage() {
        setTimeout(() => dying.onerror?.(new Event('error')));
      },
      terminate: vi.fn(),
    };
    const client = createScanClient(() => dying as unknown as Worker, localHandler);
    const view = await client.scan('a;16.0.6920.1000\nb;15.0.4569.1503');
    expect(view.summary.findings).toBe(2);
    expect(view.scannedBy).toBe('popup');
    expect(dying.terminate).toHaveBeenCalled();
    expect((await client.csv(en)).trimEnd().split('\r\n')).toHaveLength(3);
  });

  test('a post that throws fails its own request (no hang), and the next request still goes out', async () => {
    const w = fakeWorker();
    const post = w.postMessage.bind(w);
    let refuse = true;
    w.postMessage = (request: WorkerRequest) => {
      if (refuse) {
        refuse = false;
        throw new DOMException('could not be cloned', 'DataCloneError');
      }
      post(request);
    };
    const client = createScanClient(() => w as unknown as Worker, localHandler);
    await expect(client.scan('16.0.6920.1000')).rejects.toThrow('could not be cloned');
    expect((await client.scan('15.0.4569.1503')).rows[0]!.version).toBe('15.0.4569.1503');
  });
});
