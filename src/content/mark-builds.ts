// Marks every build under `root` with a badge right after its text.
// The page's own layout is the expensive part: on a big auto-layout table ANY
// change makes the browser lay the whole table out again (hundreds of ms for
// 20,000 rows), and a layout cannot be split. So the pass is arranged to cause
// as few layouts as possible, none of them forced by us, and to keep our own
// script work in short slices:
// 1. read: walk the text and run the engine, touching nothing;
// 2. two chunks, first the builds on screen (asked of an IntersectionObserver,
//    no geometry reads of ours), then the rest; for each chunk:
//    a. prepare: build its badges off the page in slices (no layout: they
//       are not in the page yet);
//    b. write: split text and insert the ready badges, in one go;
//    c. wait for the frame: the browser lays the page out once per chunk,
//       never forced by us.
// Idempotent: a build already followed by its badge is left alone.
import { createBadge, isBadge } from './badge.ts';
import { findBuildText, type BuildText } from './find-build-text.ts';
import type { MarkState } from './mark-state.ts';
import { nextFrame } from './next-frame.ts';
import { createSegmentWalker } from './text-walker.ts';
import { visibleElements } from './visible-order.ts';
import { yieldToPage } from './yield-to-page.ts';

export interface MarkOptions {
  /** Longest stretch of our own work before yielding to the page (ms). */
  sliceMs?: number;
  /** Segments scanned per engine call. */
  batch?: number;
  /** Up to this many builds are written at once, without looking for the visible ones first. */
  firstChunk?: number;
}

/** The builds of one text node, in document order: written together, last first. */
interface Group {
  places: BuildText[];
  hosts: HTMLElement[];
}

/** Places one badge; false when the build is already marked. */
function placeBadge(place: BuildText, host: HTMLElement, state: MarkState): boolean {
  const { node, offset } = place;
  const parent = node.parentNode;
  if (!parent || offset > node.data.length) return false;
  if (offset === node.data.length) {
    if (isBadge(node.nextSibling)) return false;
    parent.insertBefore(host, node.nextSibling);
    state.badges.add(host);
    return true;
  }
  const rest = node.splitText(offset);
  state.splits.push([node, rest]);
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

function groupByNode(found: readonly BuildText[]): Group[] {
  const groups: Group[] = [];
  for (const place of found) {
    const last = groups[groups.length - 1];
    if (last && last.places[0]!.node === place.node) last.places.push(place);
    else groups.push({ places: [place], hosts: [] });
  }
  return groups;
}

/** Phase 2: the badges of groups[from, to), built off the page in slices. */
async function prepareBadges(groups: readonly Group[], from: number, to: number, state: MarkState, sliceMs: number): Promise<void> {
  let start = performance.now();
  for (let g = from; g < to; g++) {
    const group = groups[g]!;
    if (!state.active) return;
    for (const place of group.places) group.hosts.push(createBadge(state.doc, place.finding, state.mailbox));
    if (performance.now() - start >= sliceMs) {
      track(state, start);
      state.stats.prepareMs += performance.now() - start;
      await yieldToPage();
      start = performance.now();
    }
  }
  track(state, start);
  state.stats.prepareMs += performance.now() - start;
}

/** Writes one group (last build first: splitting at a later offset keeps earlier offsets valid). */
function writeGroup(group: Group, state: MarkState): number {
  const { node, length } = group.places[0]!;
  // The page rewrote this text since it was read: its offsets no longer hold.
  if (!node.isConnected || node.data.length !== length) return 0;
  let added = 0;
  for (let i = group.places.length - 1; i >= 0; i--) if (placeBadge(group.places[i]!, group.hosts[i]!, state)) added++;
  return added;
}

/** On-screen groups first (document order within each part). */
async function visibleFirst(groups: Group[], doc: Document): Promise<{ ordered: Group[]; visible: number }> {
  const blocks = new Set<Element>();
  for (const group of groups) {
    const parent = group.places[0]!.node.parentElement;
    if (parent) blocks.add(parent);
  }
  const seen = await visibleElements(doc, blocks);
  if (!seen) return { ordered: groups, visible: 0 };
  const on: Group[] = [];
  const off: Group[] = [];
  for (const group of groups) {
    const parent = group.places[0]!.node.parentElement;
    (parent && seen.has(parent) ? on : off).push(group);
  }
  return { ordered: [...on, ...off], visible: on.length };
}

/** Resolves to the number of badges added. */
export async function markBuilds(root: Node, state: MarkState, options: MarkOptions = {}): Promise<number> {
  const sliceMs = options.sliceMs ?? 8;
  const began = performance.now();
  const step = (what: string) => state.stats.steps.length < 50 && state.stats.steps.push(`${what} at ${Math.round(performance.now() - began)} ms`);
  const found = await readBuilds(root, state, sliceMs, options.batch ?? 150);
  step(`read ${found.length}`);
  const groups = groupByNode(found);
  const small = found.length <= (options.firstChunk ?? 250);
  const { ordered, visible } = small ? { ordered: groups, visible: groups.length } : await visibleFirst(groups, state.doc);
  if (!small) step(`${visible} of ${groups.length} on screen`);

  let added = 0;
  let index = 0;
  let frames = 0;
  while (index < ordered.length && state.active) {
    // Two chunks: the groups on screen, then all the rest. Every chunk costs the
    // page a full layout and paint of whatever holds the builds (seconds for a
    // 20,000-row table, whatever the chunk's size), so more, smaller chunks
    // would multiply that cost; our own part of a chunk is only native DOM calls.
    const end = frames === 0 && visible > 0 ? visible : ordered.length;
    await prepareBadges(ordered, index, end, state, sliceMs);
    if (!state.active) break;
    step(`prepared ${end}`);
    const start = performance.now();
    // Our own insertions are not news for the late-row observer: it does not even see them.
    state.unobserved(() => {
      for (; index < end; index++) added += writeGroup(ordered[index]!, state);
    });
    track(state, start);
    state.stats.writeMs += performance.now() - start;
    step(`wrote ${index} in ${Math.round(performance.now() - start)} ms`);
    frames++;
    // Wait for the browser to render this chunk before writing the next.
    await nextFrame(state.doc);
    step('rendered');
    if (frames === 1 && state.stats.visibleMs === 0) state.stats.visibleMs = performance.now() - began;
  }
  state.stats.frames += frames;
  state.stats.markMs += performance.now() - began;
  return added;
}
