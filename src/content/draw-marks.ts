// Draws the marks that are on screen, and only those: each gets a badge in the
// overlay layer, placed right after the text, with a tint over the text
// (colour + an underline shape per verdict) drawn by the badge itself.
// Measured on a 20,000-row table, the CSS Custom Highlight API needs a
// document-level ::highlight() stylesheet, and adding it restyles the whole
// page (2–2.6 s, more than the page's own one-cell edit), and every change of
// the highlighted ranges repaints the table (0.2–1 s a frame); the tint in our
// own layer costs neither. Called once per frame at most (scroll, resize,
// page changes); the work is proportional to what is on screen. Badges that
// leave the screen go back to a small pool.
import type { MailboxChoice } from '../core/mailbox-choice.ts';
import { createBadge, renderBadge, shownVerdict, type Badge } from './badge.ts';
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
  mailbox: () => MailboxChoice;
  onPress: (mark: Mark, badge: Badge) => void;
  /** After a draw that found marks whose text is gone (the counts change). */
  onSwept: () => void;
}

/** Where (0, 0) of the layer is, in viewport coordinates: the initial containing block, or a positioned <html>'s padding box. */
function documentOrigin(doc: Document): { left: number; top: number } {
  const html = doc.documentElement;
  const view = doc.defaultView!;
  if (view.getComputedStyle(html).position === 'static') return { left: -view.scrollX, top: -view.scrollY };
  const r = html.getBoundingClientRect();
  return { left: r.left + html.clientLeft, top: r.top + html.clientTop };
}

export function createDrawing({ doc, layer, store, mailbox, onPress, onSwept }: DrawOptions): Drawing {
  const view = doc.defaultView!;
  const drawn = new Map<Mark, Badge>();
  const markOf = new WeakMap<Badge, Mark>();
  const placed = new WeakMap<Badge, string>();
  const pool: Badge[] = [];
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
    const choice = mailbox();
    const width = view.innerWidth;
    const height = view.innerHeight;
    const near = marksNearScreen(store.order, { width, height });
    const boxes = new Map<Element, DOMRect>();
    const visible: Array<{ mark: Mark; rect: DOMRect; first: DOMRect }> = [];
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
      visible.push({ mark, rect, first: rects[0]! });
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
    // Worked out from geometry already laid out, before anything of ours changes (no forced layout).
    const origin = documentOrigin(doc);
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
      renderBadge(badge, mark.finding, choice, shownVerdict(mark.finding.verdicts, choice));
      const x = Math.round(rect.right - origin.left + GAP);
      const y = Math.round(rect.top - origin.top + (rect.height - BADGE_HEIGHT) / 2);
      // The tint covers the build's text on its last line, relative to the badge.
      const { first } = visible[i]!;
      const left = first.top === rect.top ? first.left : rect.left;
      const tint = `${Math.round(left - rect.right - GAP)}px ${Math.round(rect.top - origin.top - y)}px ${Math.round(rect.right - left)}px ${Math.round(rect.height)}px`;
      const at = `${x} ${y} ${tint}`;
      if (placed.get(badge) !== at) {
        placed.set(badge, at);
        // Custom properties: `all: initial` in the badge's own style keeps the page's CSS off the host, but not these.
        const style = badge.host.style;
        style.setProperty('--offline-im-at', `translate(${x}px, ${y}px)`, 'important');
        const [tx, ty, tw, th] = tint.split(' ');
        style.setProperty('--offline-im-tint-x', tx!, 'important');
        style.setProperty('--offline-im-tint-y', ty!, 'important');
        style.setProperty('--offline-im-tint-w', tw!, 'important');
        style.setProperty('--offline-im-tint-h', th!, 'important');
      }
      next = badge;
    }

    // Attached (or put back) last: the page lays out once, in this frame's own rendering.
    if (visible.length > 0 || layer.host.isConnected) layer.ensureAttached();
    if (stale && store.sweep()) onSwept();
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
      drawn.clear();
    },
  };
}
