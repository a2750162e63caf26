// Requests from the popup and the options page (contract: src/messaging.ts).
import type { Request, ResponseOf } from '../messaging.ts';
import { activeTabId } from './active-tab.ts';
import { setAutoMark } from './auto-mark-registry.ts';
import { markTab } from './inject.ts';

export function isRequest(message: unknown): message is Request {
  if (typeof message !== 'object' || message === null) return false;
  const m = message as Record<string, unknown>;
  if (m.type === 'mark-active-tab') return true;
  return m.type === 'set-auto-mark' && typeof m.origin === 'string' && typeof m.enabled === 'boolean';
}

export async function handleRequest<R extends Request>(request: R): Promise<ResponseOf[R['type']]> {
  if (request.type === 'mark-active-tab') {
    const tabId = await activeTabId();
    return (tabId === undefined ? { ok: false, error: 'bg_error_no_tab' } : await markTab(tabId)) as ResponseOf[R['type']];
  }
  return (await setAutoMark(request.origin, request.enabled)) as ResponseOf[R['type']];
}
