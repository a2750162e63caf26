// Draws the marks that are on screen, and only those: each gets a highlight
// (colour + underline shape) over its text and a badge in the overlay layer,
// placed right after the text. Called once per frame at most (scroll, resize,
// page changes); the work is proportional to what is on screen. Badges that
// leave the screen go back to a small pool.
import type { Verdict } from '../core/index.ts';
import type { MailboxChoice } from '../settings/defaults.ts';
import { createBadge, renderBadge, shownVerdict, type Badge } from './badge.ts';
import { createHighlights } from './highlights.ts';
import type { Layer } from './layer.ts';
import { holds, type Mark, type MarkStore } from './mark-store.ts';
import { BADGE_HEIGHT } from './overlay-styles.ts';
import { marksNearScreen, unclipped } from './visible-marks.ts';

/** Gap between the build's text and its badge (px). */
const GAP = 2;
const POOL = 200;

export interface Drawn {
  mark: Mark;
  badge: Badge;
}

export interface Drawing {
  /** Draws in the next frame (once, however often it is asked). */
  schedule(): void;
  /** Draws now (used right after a pass, inside a frame callback). */
  draw(): void;
  /** The badge drawn for a mark, if it is on screen. */
  badgeOf(mark: Mark): Badge | undefined;
  /** How many badges are drawn. */
  readonly count: number;
  remove(): void;
}

export interface DrawOptions {
  doc: Document;
  layer: Layer;
  store: MarkStore;
  mailbox(): MailboxChoice;
  onPress(mark: Mark, badge: Badge): void;
  /** After a draw that found marks whose text is gone (the counts change). */
  onSwept(): void;
}

export function createDrawing({ doc, layer, store, mailbox, onPress, onSwept }: DrawOptions): Drawing {
  const view = doc.defaultView!;
  const drawn = new Map<Mark, Badge>();
  const markOf = new WeakMap<Badge, Mark>();
  const placed = new WeakMap<Badge, string>();
  const pool: Badge[] = [];
  const highlights = createHighlights(doc);
  let highlightKey = '';
  let frame = 0;
  let removed = false;

  const press = (badge: Badge) => {
    const mark = markOf.get(badge);
    if (mark) onPress(mark, badge);
  };
  const acquire = (): Badge => pool.pop() ?? createBadge(doc, press);
  const release = (badge: Badge) => {
    badge.host.remove();
    if (pool.length < POOL) pool.push(badge);
  };

  const draw = () => {
    frame = 0;
    if (removed) return;
    layer.ensureAttached();
    const choice = mailbox();
    const width = view.innerWidth;
    const height = view.innerHeight;
    const near = marksNearScreen(store.order, { width, height });
    const boxes = new Map<Element, DOMRect>();
    const visible: Array<{ mark: Mark; rect: DOMRect; range: Range }> = [];
    let stale = false;
    for (const mark of near) {
      if (!holds(mark)) {
        stale = true;
        continue;
      }
      const range = doc.createRange();
      try {
        range.setStart(mark.start.node, mark.start.offset);
        range.setEnd(mark.end.node, mark.end.offset);
      } catch {
        stale = true;
        continue;
      }
      const rects = range.getClientRects();
      const rect = rects[rects.length - 1];
      if (!rect || (rect.width === 0 && rect.height === 0)) continue;
      if (rect.bottom < 0 || rect.top > height || rect.right < 0 || rect.left > width) continue;
      if (!unclipped(mark.block, rect, boxes)) continue;
      visible.push({ mark, rect, range });
    }

    // Badges whose build left the screen (or went) go first; the rest keep their place in the tab order.
    const wanted = new Set(visible.map((v) => v.mark));
    for (const [mark, badge] of drawn) {
      if (!wanted.has(mark)) {
        drawn.delete(mark);
        release(badge);
      }
    }
    // The marks box sits at the document's origin: positions relative to it scroll with the page.
    const origin = layer.marksBox.getBoundingClientRect();
    let next: Badge | undefined;
    // Walk backwards so that a new badge is inserted before the next drawn one (document order = tab order).
    for (let i = visible.length - 1; i >= 0; i--) {
      const { mark, rect } = visible[i]!;
      let badge = drawn.get(mark);
      if (!badge) {
        badge = acquire();
        drawn.set(mark, badge);
        markOf.set(badge, mark);
        badge.host.slot = 'marks';
        if (next) layer.host.insertBefore(badge.host, next.host);
        else layer.add(badge.host, 'marks');
      }
      renderBadge(badge, mark.finding, choice);
      const x = Math.round(rect.right - origin.left + GAP);
      const y = Math.round(rect.top - origin.top + (rect.height - BADGE_HEIGHT) / 2);
      const at = `translate(${x}px, ${y}px)`;
      if (placed.get(badge) !== at) {
        placed.set(badge, at);
        // A custom property: `all: initial` in the badge's own style keeps the page's CSS off the host but not this.
        badge.host.style.setProperty('--offline-im-at', at, 'important');
      }
      next = badge;
    }

    const key = `${choice}|${store.version}|${visible.map((v) => drawnIndex(v.mark)).join(',')}`;
    if (key !== highlightKey) {
      highlightKey = key;
      const byVerdict = new Map<Verdict, Range[]>();
      for (const { mark, range } of visible) {
        const verdict = shownVerdict(mark.finding.verdicts, choice);
        const list = byVerdict.get(verdict);
        if (list) list.push(range);
        else byVerdict.set(verdict, [range]);
      }
      highlights.show(byVerdict);
    }
    if (stale && store.sweep()) onSwept();
  };

  // A stable id per mark for the highlight key (marks are objects).
  const ids = new WeakMap<Mark, number>();
  let nextId = 0;
  const drawnIndex = (mark: Mark) => {
    let id = ids.get(mark);
    if (id === undefined) ids.set(mark, (id = nextId++));
    return id;
  };

  return {
    schedule() {
      if (removed || frame) return;
      frame = view.requestAnimationFrame(draw);
    },
    draw,
    badgeOf: (mark) => drawn.get(mark),
    get count() {
      return drawn.size;
    },
    remove() {
      removed = true;
      if (frame) view.cancelAnimationFrame(frame);
      highlights.remove();
      drawn.clear();
    },
  };
}
