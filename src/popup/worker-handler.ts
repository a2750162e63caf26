import { summaryText } from './copy-summary.ts';
import { csvFromFindings, csvFromUsers } from './export-csv.ts';
import { createScanStore, toView } from './scan-store.ts';
import { whoMustUpdate } from './who-must-update.ts';
import type { WorkerReply, WorkerRequest } from './worker-protocol.ts';

/** What dist/scan-worker.js does with each request; kept apart from `self` so the popup (fallback) and tests can run it. */
export function createWorkerHandler(): (request: WorkerRequest) => WorkerReply {
  const store = createScanStore();
  const answer = (request: WorkerRequest): unknown => {
    switch (request.type) {
      case 'scan':
        return store.scan(request.text, request.thresholds);
      case 'csv': {
        const { text, result } = store.last();
        return csvFromFindings(result.findings, text, request.catalogue, request.options);
      }
      case 'summary': {
        const { result } = store.last();
        const users = whoMustUpdate(result.findings, request.locations, request.options?.thresholds).users;
        return summaryText(toView(result), request.locations, request.catalogue, request.lang, { ...request.options, users });
      }
      case 'users-csv':
        return csvFromUsers(whoMustUpdate(store.last().result.findings, request.options.locations, request.options.thresholds).users, request.catalogue);
      case 'users':
        return whoMustUpdate(store.last().result.findings, request.options.locations, request.options.thresholds);
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
