// Reads page text into the mark store, in slices that never hold the page up:
// the whole page when marking starts, then the blocks the page changes. A
// block read again replaces its marks (once per reading of it). Nothing here
// writes to the page.
import type { MailboxLocation } from '../core/index.ts';
import { findBuildText } from './find-build-text.ts';
import type { MarkStore } from './mark-store.ts';
import { createSegmentWalker, type SegmentWalker } from './text-walker.ts';
import { yieldToPage } from './yield-to-page.ts';

export interface ReadStats {
  slices: number;
  longestSliceMs: number;
  readMs: number;
}

export interface ReadQueue {
  /** Queues a subtree to read (again); reading starts at once. */
  add(root: Node): void;
  /** Resolves when everything queued so far has been read. */
  idle(): Promise<void>;
  readonly stats: ReadStats;
  /** Some text read said offline IM is off for everyone. */
  readonly blocked: boolean;
  stop(): void;
}

interface Job {
  walker: SegmentWalker;
  /** Blocks whose old marks this reading already dropped. */
  dropped: Set<Element>;
}

export interface ReadOptions {
  store: MarkStore;
  exclude: Node;
  thresholds: () => Readonly<Record<MailboxLocation, string>> | undefined;
  /** After every slice that changed the store. */
  onChange: () => void;
  sliceMs?: number;
  /** The first slice after a quiet time: long enough to read a report of a few hundred rows at once (one frame). */
  firstSliceMs?: number;
  batch?: number;
}

export function createReadQueue({ store, exclude, thresholds, onChange, sliceMs = 8, firstSliceMs = 40, batch = 150 }: ReadOptions): ReadQueue {
  const jobs: Job[] = [];
  const stats: ReadStats = { slices: 0, longestSliceMs: 0, readMs: 0 };
  let running: Promise<void> | undefined;
  let stopped = false;
  let blocked = false;

  const slice = (budget: number): boolean => {
    const start = performance.now();
    const deadline = start + budget;
    const before = store.version;
    while (jobs.length > 0 && performance.now() < deadline) {
      const job = jobs[0]!;
      const segments = job.walker.collect(deadline, batch);
      for (const segment of segments) {
        const block = segment.block;
        if (block && !job.dropped.has(block)) {
          job.dropped.add(block);
          store.dropBlock(block);
        }
      }
      store.insert(findBuildText(segments, thresholds(), () => (blocked = true)));
      if (job.walker.done) jobs.shift();
    }
    const spent = performance.now() - start;
    stats.slices++;
    stats.readMs += spent;
    if (spent > stats.longestSliceMs) stats.longestSliceMs = spent;
    if (store.version !== before) onChange();
    return jobs.length > 0;
  };

  const run = async () => {
    // A microtask later (so that `running` is set before it is cleared), the first
    // slice runs: a small page is read (and drawn) in the frame of the click or change.
    await Promise.resolve();
    let budget = firstSliceMs;
    while (!stopped && slice(budget)) {
      budget = sliceMs;
      await yieldToPage();
    }
    running = undefined;
  };

  return {
    add(root) {
      if (stopped) return;
      jobs.push({ walker: createSegmentWalker(root, exclude), dropped: new Set() });
      running ??= run();
    },
    idle: () => running ?? Promise.resolve(),
    stats,
    get blocked() {
      return blocked;
    },
    stop() {
      stopped = true;
      jobs.length = 0;
    },
  };
}
