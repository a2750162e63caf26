// Marks every build under `root` with a badge right after its text.
// The page's own layout is the expensive part: on a big auto-layout table ANY
// change makes the browser lay the whole table out again (hundreds of ms for
// 20,000 rows), and a layout cannot be split. So the pass is arranged to cause
// as few layouts as possible, none of them forced by us, and to keep our own
// script work in short slices:
// 1. read: walk the text and run the engine, touching nothing (in slices);
// 2. two chunks, first the builds on screen (asked of an IntersectionObserver,
//    no geometry reads of ours; looked for among the first builds read, then,
//    if the screen is further down, among all), then the rest; for each chunk:
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
import { createSegmentWalker, type SegmentWalker } from './text-walker.ts';
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

/** A build followed by its badge (an earlier pass): nothing to prepare or write. */
function alreadyMarked({ node, offset }: BuildText): boolean {
  return offset === node.data.length && isBadge(node.nextSibling);
}

/** Phase 1: reads builds into `found` (document order) until the walk ends or `found` holds `until` of them. */
async function readBuilds(walker: SegmentWalker, found: BuildText[], until: number, state: MarkState, sliceMs: number, batch: number): Promise<void> {
  while (state.active && !walker.done && found.length < until) {
    const start = performance.now();
    const deadline = start + sliceMs;
    do {
      for (const place of findBuildText(walker.collect(deadline, batch), state.thresholds)) if (!alreadyMarked(place)) found.push(place);
    } while (!walker.done && found.length < until && performance.now() < deadline);
    track(state, start);
    state.stats.readMs += performance.now() - start;
    if (!walker.done && found.length < until) await yieldToPage();
  }
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

/** The groups on screen (or one screen above or below), or undefined when the browser cannot tell. */
async function onScreen(groups: readonly Group[], doc: Document): Promise<Set<Group> | undefined> {
  const blocks = new Set<Element>();
  for (const group of groups) {
    const parent = group.places[0]!.node.parentElement;
    if (parent) blocks.add(parent);
  }
  const seen = await visibleElements(doc, blocks);
  if (!seen) return undefined;
  return new Set(groups.filter((group) => seen.has(group.places[0]!.node.parentElement!)));
}

/** Resolves to the number of badges added. */
export async function markBuilds(root: Node, state: MarkState, options: MarkOptions = {}): Promise<number> {
  const sliceMs = options.sliceMs ?? 8;
  const batch = options.batch ?? 150;
  const firstChunk = options.firstChunk ?? 250;
  const began = performance.now();
  const step = (what: string) => state.stats.steps.length < 50 && state.stats.steps.push(`${what} at ${Math.round(performance.now() - began)} ms`);
  let added = 0;
  let frames = 0;

  /** Prepares, writes and renders one chunk. */
  const write = async (chunk: readonly Group[]) => {
    await prepareBadges(chunk, 0, chunk.length, state, sliceMs);
    if (!state.active) return;
    step(`prepared ${chunk.length}`);
    const start = performance.now();
    // Our own insertions are not news for the late-row observer: it does not even see them.
    state.unobserved(() => {
      for (const group of chunk) added += writeGroup(group, state);
    });
    track(state, start);
    state.stats.writeMs += performance.now() - start;
    step(`wrote ${chunk.length} in ${Math.round(performance.now() - start)} ms`);
    frames++;
    // Wait for the browser to render this chunk before writing the next.
    await nextFrame(state.doc);
    step('rendered');
    if (frames === 1 && state.stats.visibleMs === 0) state.stats.visibleMs = performance.now() - began;
  };

  // Every chunk costs the page a full layout and paint of whatever holds the
  // builds (about a second for a 20,000-row table, whatever the chunk's size,
  // and more with every badge already in it), so there are at most two: the
  // builds on screen, then all the rest. Measured with 4,000 builds per chunk
  // instead, all rows took 2.5 times as long and the longest freeze shrank only
  // from 7.0 to 5.6 s. Our own part of a chunk is native DOM calls.
  const walker = createSegmentWalker(root);
  const found: BuildText[] = [];
  const written = new Set<Group>();
  // The page is usually seen from its top: the first builds read may already
  // cover the screen, and are marked before the rest is even read.
  await readBuilds(walker, found, firstChunk * 2, state, sliceMs, batch);
  if (!walker.done && state.active) {
    const early = groupByNode(found);
    const seen = await onScreen(early, state.doc);
    step(`read ${found.length}, ${seen?.size ?? '?'} on screen`);
    // Only when the screen ends inside what was read (the last build read is below it).
    if (seen && seen.size > 0 && !seen.has(early[early.length - 1]!)) {
      const chunk = early.filter((group) => seen.has(group));
      await write(chunk);
      for (const group of chunk) written.add(group);
    }
  }
  await readBuilds(walker, found, Infinity, state, sliceMs, batch);
  step(`read ${found.length}`);
  const groups = groupByNode(found);
  // Groups of the same text nodes as those written already (a node's builds are always read together).
  const done = new Set<Text>([...written].map((group) => group.places[0]!.node));
  let rest = groups.filter((group) => !done.has(group.places[0]!.node));
  if (frames === 0 && rest.length > firstChunk) {
    const seen = await onScreen(rest, state.doc);
    step(`${seen?.size ?? '?'} of ${rest.length} on screen`);
    if (seen && seen.size > 0) {
      await write(rest.filter((group) => seen.has(group)));
      rest = rest.filter((group) => !seen.has(group));
    }
  }
  if (rest.length > 0 && state.active) await write(rest);
  state.stats.frames += frames;
  state.stats.markMs += performance.now() - began;
  return added;
}
