// Scans large pastes off the popup's main thread and builds every CSV (so the
// CSV code stays out of popup.js). Holds the last full result so that export
// and "show more" do not send 100,000 findings across.
import { createWorkerHandler } from './worker-handler.ts';
import type { WorkerRequest } from './worker-protocol.ts';

const handle = createWorkerHandler();
self.onmessage = (event: MessageEvent<WorkerRequest>) => self.postMessage(handle(event.data));
