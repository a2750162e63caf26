// The overlays of a page's same-origin frames are separate script instances.
// They talk through plain DOM events on each other's documents: a frame tells
// the top frame when its badges changed (so the one summary chip counts them
// too), and the top frame's "remove marks" tells every frame to remove its own.
// A page can fire these events as well; all it can cause is a recount or a removal.
import { MAILBOX_LOCATIONS, VERDICTS, type MailboxLocation, type Verdict, type VerdictCounts } from '../core/index.ts';
import { BADGE_TAG } from './badge.ts';
import { OVERLAY_ATTR } from './text-walker.ts';

export const FRAME_MARKED_EVENT = 'offline-im-frame-marked';
export const REMOVE_MARKS_EVENT = 'offline-im-remove-marks';

/** Documents of the same-origin frames below `doc`, at any depth; cross-origin frames are skipped. */
export function frameDocuments(doc: Document): Document[] {
  const found: Document[] = [];
  const visit = (win: Window | null) => {
    if (!win) return;
    for (let i = 0; i < win.frames.length; i++) {
      let child: Document | undefined;
      try {
        child = win.frames[i]!.document;
      } catch {
        continue; // cross-origin: no access, and nothing of ours in it
      }
      if (!child) continue;
      found.push(child);
      visit(child.defaultView);
    }
  };
  visit(doc.defaultView);
  return found;
}

/** Tells the top frame's overlay that this frame's badges changed. */
export function signalTopFrame(doc: Document): void {
  const win = doc.defaultView;
  if (!win || win === win.top) return;
  try {
    win.top?.document.dispatchEvent(new Event(FRAME_MARKED_EVENT));
  } catch {
    // A cross-origin top frame has no chip of ours to update.
  }
}

/** Asks every same-origin frame's overlay to remove its marks. */
export function signalRemoveInFrames(doc: Document): void {
  for (const child of frameDocuments(doc)) child.dispatchEvent(new Event(REMOVE_MARKS_EVENT));
}

const isVerdict = (value: string | null): value is Verdict => (VERDICTS as readonly string[]).includes(value ?? '');

/** Adds the badges of the same-origin frames below `doc` to `counts`, read from their data attributes; returns how many. */
export function countFrameBadges(doc: Document, counts: Record<MailboxLocation, VerdictCounts>): number {
  let total = 0;
  for (const child of frameDocuments(doc)) {
    for (const host of child.querySelectorAll(`${BADGE_TAG}[${OVERLAY_ATTR}="badge"]`)) {
      const verdicts = MAILBOX_LOCATIONS.map((l) => host.getAttribute(`data-${l}`));
      if (!verdicts.every(isVerdict)) continue;
      MAILBOX_LOCATIONS.forEach((l, i) => counts[l][verdicts[i] as Verdict]++);
      total++;
    }
  }
  return total;
}
