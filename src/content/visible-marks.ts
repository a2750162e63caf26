// Which marks are on screen, found with work proportional to the screen: the
// marks are in document order, which on a report is top-to-bottom order, so a
// binary search over their blocks' positions (already laid out: reading them
// forces nothing when the page has not changed) finds the first one on screen,
// and a walk from there stops a little past the bottom of the screen.
import type { Mark } from './mark-store.ts';

/** Below this many marks every block is looked at (cheap, and right for any layout). */
const LINEAR = 400;
/** Blocks past the bottom of the screen before the walk stops (tolerates small disorder). */
const PAST_BOTTOM = 24;
/** Never more than this many looked at in one frame. */
const MAX_STEPS = 4000;

export interface Viewport {
  width: number;
  height: number;
}

function firstOnScreen(order: readonly Mark[]): number {
  let lo = 0;
  let hi = order.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const r = order[mid]!.block.getBoundingClientRect();
    // A block with no box (display: none) says nothing: look above it.
    if (r.bottom < 0 && (r.width > 0 || r.height > 0)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Marks whose block is on screen, in document order (their text is checked by the caller). */
export function marksNearScreen(order: readonly Mark[], view: Viewport): Mark[] {
  const out: Mark[] = [];
  const n = order.length;
  const from = n <= LINEAR ? 0 : Math.max(0, firstOnScreen(order) - 8);
  let past = 0;
  let steps = 0;
  for (let i = from; i < n && steps < MAX_STEPS; i++, steps++) {
    const mark = order[i]!;
    if (mark.dead) continue;
    const r = mark.block.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    if (r.top > view.height) {
      if (n > LINEAR && ++past > PAST_BOTTOM) break;
      continue;
    }
    past = 0;
    if (r.bottom < 0 || r.right < 0 || r.left > view.width) continue;
    out.push(mark);
  }
  return out;
}

/** Ancestors that clip their content (scrolling boxes, overflow hidden), cached per block. */
const clippers = new WeakMap<Element, Element[]>();
function clippingAncestors(block: Element): Element[] {
  let list = clippers.get(block);
  if (list) return list;
  list = [];
  const view = block.ownerDocument.defaultView;
  const root = block.ownerDocument.documentElement;
  for (let el = block.parentElement; el && el !== root && el !== block.ownerDocument.body; el = el.parentElement) {
    const style = view?.getComputedStyle(el);
    if (style && (style.overflowX !== 'visible' || style.overflowY !== 'visible')) list.push(el);
  }
  clippers.set(block, list);
  return list;
}

/** Whether the point just after a build's text is inside every box that clips it. */
export function unclipped(block: Element, rect: DOMRect, boxes: Map<Element, DOMRect>): boolean {
  const y = rect.top + rect.height / 2;
  const x = rect.right - 1;
  for (const el of clippingAncestors(block)) {
    let box = boxes.get(el);
    if (!box) boxes.set(el, (box = el.getBoundingClientRect()));
    if (x < box.left || x > box.right || y < box.top || y > box.bottom) return false;
  }
  return true;
}
