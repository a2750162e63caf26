// Removes every mark and puts split text back together, so that the page's
// DOM serialises exactly as before marking.
import { BADGE_TAG } from './badge.ts';
import type { MarkState } from './mark-state.ts';

export function unmark(state: MarkState): void {
  for (const host of state.badges) host.remove();
  state.badges.clear();
  // Latest split first: a node split twice is rejoined in reverse order.
  for (let i = state.splits.length - 1; i >= 0; i--) {
    const [left, right] = state.splits[i]!;
    if (left.nextSibling === right) {
      left.appendData(right.data);
      right.remove();
    }
  }
  state.splits = [];
  // Badges left by an earlier copy of the content script (extension reloaded).
  for (const stray of state.doc.querySelectorAll(BADGE_TAG)) stray.remove();
}
