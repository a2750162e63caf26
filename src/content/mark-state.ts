// What the overlay has done to a page, so that it can be undone exactly.
import type { MailboxLocation } from '../core/types.ts';
import type { MailboxChoice } from '../settings/defaults.ts';

/** Figures of the marking passes (for the benchmark). */
export interface MarkStats {
  slices: number;
  longestSliceMs: number;
  markMs: number;
  /** Until the first chunk (the builds on screen) was written and rendered. */
  visibleMs: number;
  readMs: number;
  prepareMs: number;
  writeMs: number;
  /** Frames the writes took (one page layout each). */
  frames: number;
  steps: string[];
}

export function emptyStats(): MarkStats {
  return { slices: 0, longestSliceMs: 0, markMs: 0, visibleMs: 0, readMs: 0, prepareMs: 0, writeMs: 0, frames: 0, steps: [] };
}

export interface MarkState {
  doc: Document;
  mailbox: MailboxChoice;
  /** Thresholds to judge by: Microsoft's, or an organisation's higher minimum (storage.managed). */
  thresholds?: Readonly<Record<MailboxLocation, string>>;
  /** False after "remove marks": running passes stop at their next slice. */
  active: boolean;
  /** Badge hosts in the page. */
  badges: Set<HTMLElement>;
  /** Text nodes split to place a badge mid-text: [left part, right part], in order. */
  splits: Array<[Text, Text]>;
  /** Nodes the overlay created or changed; the late-row observer ignores them. */
  ours: WeakSet<Node>;
  /** Runs our own DOM writes with the late-row observer switched off (set by the observer). */
  unobserved: (write: () => void) => void;
  stats: MarkStats;
}

export function createMarkState(doc: Document, mailbox: MailboxChoice): MarkState {
  return {
    doc,
    mailbox,
    active: true,
    badges: new Set(),
    splits: [],
    ours: new WeakSet(),
    unobserved: (write) => write(),
    stats: emptyStats(),
  };
}
