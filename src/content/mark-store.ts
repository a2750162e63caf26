// Every build found on the page, in document order, as positions in the
// page's own text (no node of the page is ever touched). Kept up to date as
// the page changes: a block read again replaces its marks, and marks whose
// text went away or changed are dropped.
import type { BuildText } from './find-build-text.ts';

export interface Mark extends BuildText {
  /** Set when the mark no longer holds (its block was read again, or its text went). */
  dead?: boolean;
}

/** Whether the text the mark points at is still there, unchanged. */
export function holds(mark: Mark): boolean {
  const { start, end } = mark;
  return !mark.dead && end.node.isConnected && end.node.data.length === end.length && (start.node === end.node || (start.node.isConnected && start.node.data.length === start.length));
}

export interface MarkStore {
  /** Live marks in document order (dead ones are swept out from time to time). */
  readonly order: readonly Mark[];
  readonly size: number;
  /** Appends marks found after every existing one (the first full read). */
  append(found: readonly BuildText[]): void;
  /** Puts marks read later (a re-read block, late rows) in their document place. */
  insert(found: readonly BuildText[]): void;
  /** Drops the marks of `block` (it is read again). */
  dropBlock(block: Element): void;
  /** Drops marks whose text is gone or changed; true when any went. */
  sweep(): boolean;
  /** Bumped on every change: the drawing compares it to know when to redraw. */
  readonly version: number;
  clear(): void;
}

function before(a: Mark, b: Mark): boolean {
  if (a.end.node === b.end.node) return a.end.offset < b.end.offset;
  // DOCUMENT_POSITION_FOLLOWING: b comes after a.
  return (a.end.node.compareDocumentPosition(b.end.node) & 4) !== 0;
}

export function createMarkStore(): MarkStore {
  let order: Mark[] = [];
  const byBlock = new Map<Element, Mark[]>();
  let dead = 0;
  let version = 0;

  const index = (mark: Mark) => {
    const list = byBlock.get(mark.block);
    if (list) list.push(mark);
    else byBlock.set(mark.block, [mark]);
  };
  const compact = () => {
    if (dead === 0) return;
    order = order.filter((m) => !m.dead);
    dead = 0;
  };

  return {
    get order() {
      if (dead > 0) compact();
      return order;
    },
    get size() {
      return order.length - dead;
    },
    get version() {
      return version;
    },
    append(found) {
      for (const b of found) {
        const mark: Mark = { ...b };
        order.push(mark);
        index(mark);
      }
      if (found.length > 0) version++;
    },
    insert(found) {
      if (found.length === 0) return;
      compact();
      for (const b of found) {
        const mark: Mark = { ...b };
        const last = order[order.length - 1];
        // Reading the page from the top: each mark comes after the last one.
        if (!last || before(last, mark)) {
          order.push(mark);
          index(mark);
          continue;
        }
        // Binary search on document order: late rows land among thousands in log time.
        let lo = 0;
        let hi = order.length;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (before(order[mid]!, mark)) lo = mid + 1;
          else hi = mid;
        }
        order.splice(lo, 0, mark);
        index(mark);
      }
      version++;
    },
    dropBlock(block) {
      const list = byBlock.get(block);
      if (!list) return;
      byBlock.delete(block);
      for (const mark of list) {
        if (!mark.dead) {
          mark.dead = true;
          dead++;
        }
      }
      version++;
    },
    sweep() {
      let gone = false;
      for (const [block, list] of byBlock) {
        const live = list.filter((mark) => {
          if (mark.dead) return false;
          if (holds(mark)) return true;
          mark.dead = true;
          dead++;
          return false;
        });
        if (live.length !== list.length) gone = true;
        if (live.length === 0) byBlock.delete(block);
        else if (live.length !== list.length) byBlock.set(block, live);
      }
      if (gone) version++;
      return gone;
    },
    clear() {
      order = [];
      byBlock.clear();
      dead = 0;
      version++;
    },
  };
}
