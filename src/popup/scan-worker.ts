// Scans large pastes off the popup's main thread. Holds the last full result
// so that CSV export and "show more" do not send 100,000 findings across.
import { createScanStore } from './scan-store.ts';
import type { WorkerReply, WorkerRequest } from './worker-protocol.ts';

const store = createScanStore();

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  let reply: WorkerReply;
  try {
    if (request.type === 'scan') reply = { id: request.id, ok: true, value: store.scan(request.text) };
    else if (request.type === 'csv') reply = { id: request.id, ok: true, value: store.csv(request.catalogue) };
    else reply = { id: request.id, ok: true, value: store.unrecognized(request.from, request.count) };
  } catch (error) {
    reply = { id: request.id, ok: false, error: String(error) };
  }
  self.postMessage(reply);
};
