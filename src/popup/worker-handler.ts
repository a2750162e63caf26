import { summaryText } from './copy-summary.ts';
import { csvFromFindings, csvFromUsers } from './export-csv.ts';
import { createScanStore, type PiecesSession } from './scan-store.ts';
import { toLine, usersPage, whoMustUpdate, type UsersAnswer } from './who-must-update.ts';
import type { UsersOptions, WorkerReply, WorkerRequest } from './worker-protocol.ts';

/**
 * Replies to one request; `progress` gets the partial views of a scan before
 * its reply. A piece of a text with more to come gets no reply (undefined).
 */
export type WorkerHandler = (request: WorkerRequest, progress?: (reply: WorkerReply) => void) => WorkerReply | undefined;

/**
 * After the first, partial views at most this often: each one is a render of
 * the popup, and on a busy two-core machine the popup's renders take the CPU
 * time the scan needs (a 100,000-line paste completes within about 2 s).
 */
export const PROGRESS_MS = 500;

const NO_REPLY = Symbol('no reply');

/** What dist/scan-worker.js does with each request; kept apart from `self` so the popup (fallback) and tests can run it. */
export function createWorkerHandler(): WorkerHandler {
  const store = createScanStore();
  /** The scan whose pieces are arriving. */
  let current: { id: number; session: PiecesSession; shown: number } | undefined;
  /** The last answer of who must update, for the next page of the same question. */
  let users: { result: object; key: string; answer: UsersAnswer; line: string } | undefined;
  const usersOf = (options: UsersOptions) => {
    const { result } = store.last();
    const key = JSON.stringify([options.locations, options.thresholds ?? null]);
    if (users?.result !== result || users.key !== key) {
      const answer = whoMustUpdate(result.findings, options.locations, options.thresholds);
      users = { result, key, answer, line: toLine(answer.users) };
    }
    return users;
  };
  /** A scan that failed on one of its pieces: the rest of its pieces are dropped (its error was the answer). */
  let failed: number | undefined;
  const answer = (request: WorkerRequest, progress?: (reply: WorkerReply) => void): unknown => {
    switch (request.type) {
      case 'scan': {
        if (request.id === failed) return NO_REPLY;
        if (current?.id !== request.id) current = { id: request.id, session: store.begin(request.thresholds), shown: -Infinity };
        const { session } = current;
        session.push(request.text);
        if (!request.more) {
          current = undefined;
          return session.end();
        }
        const now = performance.now();
        if (progress && now - current.shown >= PROGRESS_MS) {
          current.shown = now;
          progress({ id: request.id, ok: true, value: session.partial(), progress: true });
        }
        return NO_REPLY;
      }
      case 'csv': {
        const { text, result } = store.last();
        return csvFromFindings(result.findings, text, request.catalogue, request.options);
      }
      case 'summary': {
        const { view } = store.last();
        const users = usersOf({ locations: request.locations, thresholds: request.options?.thresholds }).answer.users;
        return summaryText(view, request.locations, request.catalogue, request.lang, { ...request.options, users });
      }
      case 'users-csv':
        return csvFromUsers(usersOf(request.options).answer.users, request.catalogue);
      case 'users': {
        const { answer, line } = usersOf(request.options);
        return usersPage(answer, request.limit, line);
      }
      default:
        return store.unrecognized(request.from, request.count);
    }
  };
  return (request, progress) => {
    try {
      const value = answer(request, progress);
      return value === NO_REPLY ? undefined : { id: request.id, ok: true, value };
    } catch (error) {
      if (request.type === 'scan' && request.more) failed = request.id;
      if (request.type === 'scan') current = undefined;
      return { id: request.id, ok: false, error: String(error) };
    }
  };
}
