// Marks every build under `root` with a badge right after its text, in
// time-sliced chunks (no long task on a 20,000-row report). Idempotent: a
// build already followed by its badge is left alone.
import { createBadge, isBadge } from './badge.ts';
import { findBuildText, type BuildText } from './find-build-text.ts';
import type { MarkState } from './mark-state.ts';
import { createSegmentWalker } from './text-walker.ts';
import { yieldToPage } from './yield-to-page.ts';

export interface MarkOptions {
  /** Longest stretch of work before yielding to the page (ms). */
  sliceMs?: number;
  /** Segments scanned per engine call. */
  batch?: number;
}

/** Places one badge; false when the build is already marked. */
function placeBadge(place: BuildText, state: MarkState): boolean {
  const { node, offset, finding } = place;
  const parent = node.parentNode;
  if (!parent) return false;
  if (offset === node.data.length) {
    if (isBadge(node.nextSibling)) return false;
    const host = createBadge(state.doc, finding, state.mailbox);
    parent.insertBefore(host, node.nextSibling);
    state.badges.add(host);
    return true;
  }
  const rest = node.splitText(offset);
  state.ours.add(rest);
  state.ours.add(node);
  state.splits.push([node, rest]);
  const host = createBadge(state.doc, finding, state.mailbox);
  parent.insertBefore(host, rest);
  state.badges.add(host);
  return true;
}

/** Resolves to the number of badges added. */
export async function markBuilds(root: Node, state: MarkState, options: MarkOptions = {}): Promise<number> {
  const sliceMs = options.sliceMs ?? 8;
  const batch = options.batch ?? 150;
  const walker = createSegmentWalker(root);
  const began = performance.now();
  let added = 0;
  while (state.active) {
    const start = performance.now();
    const deadline = start + sliceMs;
    do {
      const found = findBuildText(walker.collect(deadline, batch));
      // Last first: splitting a node at a later offset keeps earlier offsets valid.
      for (let i = found.length - 1; i >= 0; i--) if (placeBadge(found[i]!, state)) added++;
    } while (!walker.done && performance.now() < deadline);
    const spent = performance.now() - start;
    state.stats.slices++;
    if (spent > state.stats.longestSliceMs) state.stats.longestSliceMs = spent;
    if (walker.done) break;
    await yieldToPage();
  }
  state.stats.markMs += performance.now() - began;
  return added;
}
