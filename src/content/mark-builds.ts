// Marks every build under `root` with a badge right after its text.
// Two phases, both time-sliced so that our own work never runs long:
// 1. read: walk the text and run the engine, touching nothing;
// 2. write: insert the badges top of the page first, in chunks that grow
//    (each change to a big table makes the browser lay the whole table out
//    again, so a 20,000-row report is written in a handful of chunks, not
//    hundreds).
// Idempotent: a build already followed by its badge is left alone.
import { createBadge, isBadge } from './badge.ts';
import { findBuildText, type BuildText } from './find-build-text.ts';
import type { MarkState } from './mark-state.ts';
import { createSegmentWalker } from './text-walker.ts';
import { yieldToPage } from './yield-to-page.ts';

export interface MarkOptions {
  /** Longest stretch of our own work before yielding to the page (ms). */
  sliceMs?: number;
  /** Segments scanned per engine call. */
  batch?: number;
  /** Badges in the first write chunk; each next one 64 times larger (the visible top first, then the rest). */
  firstChunk?: number;
}

/** Places one badge; false when the build is already marked. */
function placeBadge(place: BuildText, state: MarkState): boolean {
  const { node, offset, finding } = place;
  const parent = node.parentNode;
  if (!parent || offset > node.data.length) return false;
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

function track(state: MarkState, start: number): void {
  const spent = performance.now() - start;
  state.stats.slices++;
  if (spent > state.stats.longestSliceMs) state.stats.longestSliceMs = spent;
}

/** Phase 1: every build under `root`, in document order. */
async function readBuilds(root: Node, state: MarkState, sliceMs: number, batch: number): Promise<BuildText[]> {
  const walker = createSegmentWalker(root);
  const found: BuildText[] = [];
  while (state.active) {
    const start = performance.now();
    const deadline = start + sliceMs;
    do {
      for (const place of findBuildText(walker.collect(deadline, batch))) found.push(place);
    } while (!walker.done && performance.now() < deadline);
    track(state, start);
    state.stats.readMs += performance.now() - start;
    if (walker.done) break;
    await yieldToPage();
  }
  return found;
}

/** Phase 2: inserts badges for found[from, to) and returns how many it added. */
function writeChunk(found: readonly BuildText[], from: number, to: number, state: MarkState): number {
  let added = 0;
  const checked = new Set<Text>();
  // Last first: splitting a node at a later offset keeps earlier offsets in it valid.
  for (let i = to - 1; i >= from; i--) {
    const place = found[i]!;
    if (!checked.has(place.node)) {
      checked.add(place.node);
      // The page rewrote this text since it was read: its offsets no longer hold.
      if (!place.node.isConnected || place.node.data.length !== place.length) {
        while (i - 1 >= from && found[i - 1]!.node === place.node) i--;
        continue;
      }
    }
    if (placeBadge(place, state)) added++;
  }
  return added;
}

/** Resolves to the number of badges added. */
export async function markBuilds(root: Node, state: MarkState, options: MarkOptions = {}): Promise<number> {
  const sliceMs = options.sliceMs ?? 10;
  const began = performance.now();
  const found = await readBuilds(root, state, sliceMs, options.batch ?? 150);
  const step = (what: string) => state.stats.steps.length < 50 && state.stats.steps.push(`${what} at ${Math.round(performance.now() - began)} ms`);
  step(`read ${found.length}`);
  let added = 0;
  let size = options.firstChunk ?? 250;
  for (let from = 0; from < found.length && state.active; ) {
    let to = Math.min(found.length, from + size);
    // A node's builds go in one chunk (see writeChunk).
    while (to < found.length && found[to]!.node === found[to - 1]!.node) to++;
    const start = performance.now();
    added += writeChunk(found, from, to, state);
    track(state, start);
    state.stats.writeMs += performance.now() - start;
    step(`wrote ${to} in ${Math.round(performance.now() - start)} ms`);
    from = to;
    size *= 64;
    if (from < found.length) await yieldToPage();
  }
  state.stats.markMs += performance.now() - began;
  return added;
}
