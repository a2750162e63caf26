// The engine's home in the popup: scans off the main thread, builds CSV and
// text summaries, and holds the last full result so that export and "show
// more" do not send 100,000 findings across. The popup imports this same
// module as its fallback when a worker cannot start.
import { createWorkerHandler } from './worker-handler.ts';
import type { WorkerReply, WorkerRequest } from './worker-protocol.ts';

export { createWorkerHandler };

declare const WorkerGlobalScope: { new (): unknown } | undefined;
if (typeof WorkerGlobalScope !== 'undefined' && self instanceof WorkerGlobalScope) {
  const handle = createWorkerHandler();
  const post = (reply: WorkerReply) => self.postMessage(reply);
  self.onmessage = (event: MessageEvent<WorkerRequest>) => {
    const reply = handle(event.data, post);
    if (reply) post(reply);
  };
}
