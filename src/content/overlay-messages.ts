// Messages between the overlays of one tab's frames, always through the
// background (runtime messaging): a page can fire DOM events, but it cannot
// send these, so it cannot forge a frame's counts or remove our marks.
import type { MailboxLocation, VerdictCounts } from '../core/index.ts';

export const FRAME_COUNTS = 'offline-im:frame-counts';
export const REMOVE_ALL = 'offline-im:remove-all';
export const REMOVE = 'offline-im:remove';

export interface FrameCounts {
  type: typeof FRAME_COUNTS;
  counts: Record<MailboxLocation, VerdictCounts>;
  total: number;
  blocked: boolean;
  /** Set by the background from the sender (never by the frame itself). */
  frameId?: number;
}

export type OverlayMessage = FrameCounts | { type: typeof REMOVE_ALL } | { type: typeof REMOVE };

export function isOverlayMessage(message: unknown): message is OverlayMessage {
  if (typeof message !== 'object' || message === null) return false;
  const type = (message as { type?: unknown }).type;
  return type === FRAME_COUNTS || type === REMOVE_ALL || type === REMOVE;
}
