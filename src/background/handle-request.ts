// Requests from the popup and the options page (contract: src/messaging.ts).
import { isRecord } from '../core/is-record.ts';
import type { AutoMarkResponse, MarkResponse, Request } from '../messaging.ts';
import { activeTabId } from './active-tab.ts';
import { setAutoMark } from './auto-mark-registry.ts';
import { markTab } from './inject.ts';

export function isRequest(message: unknown): message is Request {
  if (!isRecord(message)) return false;
  if (message.type === 'mark-active-tab') return true;
  return message.type === 'set-auto-mark' && typeof message.origin === 'string' && typeof message.enabled === 'boolean';
}

export async function handleRequest(request: Request): Promise<MarkResponse | AutoMarkResponse> {
  if (request.type === 'mark-active-tab') {
    const tabId = await activeTabId();
    return tabId === undefined ? { ok: false, error: 'bg_error_no_tab' } : markTab(tabId);
  }
  return setAutoMark(request.origin, request.enabled);
}
