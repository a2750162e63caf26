import { csvFromFindings } from './export-csv.ts';
import { summaryText } from './copy-summary.ts';
import { createScanStore, toView } from './scan-store.ts';
import type { WorkerReply, WorkerRequest } from './worker-protocol.ts';

/** What dist/scan-worker.js does with each request; kept apart from `self` so tests can drive it. */
export function createWorkerHandler(): (request: WorkerRequest) => WorkerReply {
  const store = createScanStore();
  const answer = (request: WorkerRequest): unknown => {
    switch (request.type) {
      case 'scan':
        return store.scan(request.text);
      case 'csv': {
        // A text the popup scanned itself comes along with the request.
        if (request.text !== undefined && request.text !== store.last().text) store.scan(request.text);
        const { text, result } = store.last();
        return csvFromFindings(result.findings, text, request.catalogue);
      }
      case 'summary':
        if (request.text !== undefined && request.text !== store.last().text) store.scan(request.text);
        return summaryText(toView(store.last().result), request.locations, request.catalogue, request.lang);
      default:
        return store.unrecognized(request.from, request.count);
    }
  };
  return (request) => {
    try {
      return { id: request.id, ok: true, value: answer(request) };
    } catch (error) {
      return { id: request.id, ok: false, error: String(error) };
    }
  };
}
