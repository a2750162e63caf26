// The overlay of one frame: reads the builds in the page's text (now and as
// the page changes), draws the ones on screen, keeps the summary chip current,
// follows the mailbox setting, and removes everything it made on request.
// Its state lives in this closure only: nothing in the page (no global, id or
// attribute) can switch it or steer it.
import { MAILBOX_LOCATIONS, VERDICTS, emptyLocationCounts, type MailboxLocation } from '../core/index.ts';
import type { MailboxChoice } from '../core/mailbox-choice.ts';
import { loadEffectiveSettings, onEffectiveSettingsChanged } from '../settings/managed-store.ts';
import { saveSettings } from '../settings/settings-store.ts';
import { createDetails, type Details } from './badge-details.ts';
import { createDrawing, type Drawing } from './draw-marks.ts';
import { createLayer, type Layer } from './layer.ts';
import { createMarkStore, type Mark, type MarkStore } from './mark-store.ts';
import { t } from '../platform/i18n.ts';
import { FRAME_COUNTS, REMOVE_ALL, type FrameCounts } from './overlay-messages.ts';
import { createReadQueue, type ReadQueue, type ReadStats } from './read-queue.ts';
import { showSelectionPanel } from './selection-panel.ts';
import { createSummaryChip, type SummaryChip } from './summary-chip.ts';
import { watchPage } from './watch-page.ts';

/** What the benchmark reads: marks found, badges drawn and the reading's own figures. */
export interface OverlayStats extends ReadStats {
  marks: number;
  drawn: number;
  /** From mark() to the end of the first frame that drew badges (ms). */
  firstDrawMs: number;
  /** From mark() until every build was read (ms). */
  markMs: number;
}

export interface Overlay {
  /** Marks the page (idempotent); resolves to the number of builds marked in this frame. */
  mark(options?: { focus?: boolean }): Promise<number>;
  /** Removes everything the overlay made (this frame; the top frame also asks the others). */
  remove(): void;
  /** Shows the selection panel; returns the text checked and how many builds it holds. */
  showSelection(text: string): { text: string; builds: number };
  /** Counts from a same-origin or cross-origin frame of this tab (top frame only). */
  frameCounts(message: FrameCounts): void;
  focusChip(): void;
  /** The page says offline IM is off for everyone (the chip shows it). */
  blocked(): boolean;
  stats(): OverlayStats;
}

export interface OverlayOptions {
  /** Show the summary chip (top frame only). */
  chip?: boolean;
  /** Sends a message to the background (frame counts, remove in every frame). */
  send?: (message: unknown) => void;
  sliceMs?: number;
}

/** Whitespace-insensitive form: the context menu's selectionText has its line breaks collapsed. */
function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

interface Session {
  layer: Layer;
  store: MarkStore;
  drawing: Drawing;
  reader: ReadQueue;
  details: Details;
  chip?: SummaryChip;
  stopWatching: () => void;
  stopSettings: () => void;
  stopFocus: () => void;
  mailbox: MailboxChoice;
  thresholds?: Readonly<Record<MailboxLocation, string>>;
  frames: Map<number, FrameCounts>;
  began: number;
  firstDrawMs: number;
  markMs: number;
  lastJump?: Mark;
  /** The page element that had focus before focus came to the overlay. */
  pageFocus?: WeakRef<Element>;
}

/** Up to a screenful of rows around the middle of the screen, when the page is scrolled past its first screen. */
function onScreenFirst(doc: Document): Element[] {
  const view = doc.defaultView;
  if (!view || view.scrollY < view.innerHeight || doc.visibilityState === 'hidden') return [];
  const hit = doc.elementFromPoint(view.innerWidth / 2, view.innerHeight / 2);
  const row = hit?.closest('tr, li, dt, dd, p');
  if (!row || !row.parentElement || row === doc.body) return [];
  const rows: Element[] = [row];
  let before = row.previousElementSibling;
  let after = row.nextElementSibling;
  for (let i = 0; i < 60 && (before || after); i++) {
    if (before) {
      rows.unshift(before);
      before = before.previousElementSibling;
    }
    if (after) {
      rows.push(after);
      after = after.nextElementSibling;
    }
  }
  return rows;
}

export function createOverlay(doc: Document, options: OverlayOptions = {}): Overlay {
  let session: Session | undefined;
  let starting: Promise<Session> | undefined;
  let selectionLayer: Layer | undefined;
  // Read ahead for the selection panel, which answers synchronously.
  let thresholds: Readonly<Record<MailboxLocation, string>> | undefined;
  void loadEffectiveSettings().then((e) => (thresholds = e.thresholds), () => undefined);
  const send = options.send ?? (() => undefined);

  const localCounts = (s: Session) => {
    const counts = emptyLocationCounts();
    let blocked = s.reader.blocked;
    let total = 0;
    for (const mark of s.store.order) {
      if (mark.dead) continue;
      total++;
      for (const l of MAILBOX_LOCATIONS) {
        const v = mark.finding.verdicts[l];
        counts[l][v]++;
        if (v === 'blocked') blocked = true;
      }
    }
    return { counts, total, blocked };
  };

  let countsQueued = false;
  /** Recounts once per frame at most: the chip here, or the top frame's chip through the background. */
  const countsChanged = () => {
    if (countsQueued || !session) return;
    countsQueued = true;
    doc.defaultView!.requestAnimationFrame(() => {
      countsQueued = false;
      const s = session;
      if (!s) return;
      const own = localCounts(s);
      if (!s.chip) {
        send({ type: FRAME_COUNTS, ...own } satisfies FrameCounts);
        return;
      }
      for (const frame of s.frames.values()) {
        own.total += frame.total;
        own.blocked ||= frame.blocked;
        for (const l of MAILBOX_LOCATIONS) for (const v of VERDICTS) own.counts[l][v] += frame.counts[l]?.[v] ?? 0;
      }
      s.chip.update({ ...own, mailbox: s.mailbox });
    });
  };

  const setMailbox = (s: Session, mailbox: MailboxChoice) => {
    if (s.mailbox === mailbox) return;
    s.mailbox = mailbox;
    s.drawing.schedule();
    countsChanged();
  };

  const nextUpdate = (s: Session) => {
    const order = s.store.order.filter((m) => !m.dead);
    const needs = (m: Mark) => {
      const v = m.finding.verdicts;
      return s.mailbox === 'both' ? v.online === 'upgrade-required' || v.onprem === 'upgrade-required' : v[s.mailbox] === 'upgrade-required';
    };
    const from = s.lastJump ? order.indexOf(s.lastJump) + 1 : 0;
    const target = order.slice(from).find(needs) ?? order.slice(0, from).find(needs);
    if (!target) {
      s.chip?.say(t('overlay_chip_next_none'));
      return;
    }
    s.chip?.say('');
    s.lastJump = target;
    // Scrolling is not a DOM change: the page's tree stays as it is.
    target.block.scrollIntoView({ block: 'center', inline: 'nearest' });
    const view = doc.defaultView!;
    view.requestAnimationFrame(() => {
      s.drawing.draw();
      s.drawing.badgeOf(target)?.button.focus();
    });
  };

  const moveFocusOut = (s: Session) => {
    if (doc.activeElement && doc.activeElement !== doc.body) return;
    const remembered = s.pageFocus?.deref();
    if (remembered?.isConnected && remembered !== doc.body) {
      (remembered as HTMLElement).focus?.();
      if (doc.activeElement === remembered) return;
    }
    // The row of the first build on screen, or the page's first control.
    const first = s.store.order.find((m) => !m.dead && s.drawing.badgeOf(m));
    const row = first?.block.closest('tr, li, [role="row"], p, div');
    const candidate = row?.querySelector<HTMLElement>(FOCUSABLE) ?? doc.body?.querySelector<HTMLElement>(FOCUSABLE);
    candidate?.focus();
  };

  const removeHere = () => {
    const s = session;
    starting = undefined;
    if (!s) return;
    session = undefined;
    const hadFocus = doc.activeElement === s.layer.host || s.layer.contains(doc.activeElement);
    s.reader.stop();
    s.stopWatching();
    s.stopSettings();
    s.stopFocus();
    s.details.close();
    s.drawing.remove();
    s.layer.remove();
    s.store.clear();
    if (hadFocus) moveFocusOut(s);
    if (!s.chip) send({ type: FRAME_COUNTS, counts: emptyLocationCounts(), total: 0, blocked: false } satisfies FrameCounts);
  };

  const start = async (): Promise<Session> => {
    const began = performance.now();
    // The organisation's policy wins over the user's choice and may raise the thresholds.
    const effective = await loadEffectiveSettings();
    selectionLayer?.remove();
    selectionLayer = undefined;
    const layer = createLayer(doc);
    const store = createMarkStore();
    const s = {} as Session;
    const drawing = createDrawing({
      doc,
      layer,
      store,
      mailbox: () => s.mailbox,
      onPress: (mark, badge) => s.details.open(badge.button, mark.finding),
      onSwept: countsChanged,
    });
    const reader = createReadQueue({
      store,
      exclude: layer.host,
      thresholds: () => s.thresholds,
      sliceMs: options.sliceMs,
      onChange: () => {
        drawing.schedule();
        countsChanged();
      },
    });
    Object.assign(s, {
      layer,
      store,
      drawing,
      reader,
      details: createDetails(doc, layer.popovers, (target) => target === layer.host || (target instanceof Node && layer.contains(target))),
      mailbox: effective.settings.mailbox,
      thresholds: effective.thresholds,
      frames: new Map(),
      began,
      firstDrawMs: 0,
      markMs: 0,
    } satisfies Partial<Session>);
    if (options.chip !== false) {
      s.chip = createSummaryChip(doc, {
        onMailbox: (mailbox) => {
          setMailbox(s, mailbox);
          // If storage fails the choice still holds on this page; it is only not remembered.
          saveSettings({ mailbox }).catch(() => undefined);
        },
        onRemove: () => {
          send({ type: REMOVE_ALL });
          removeHere();
        },
        onNext: () => nextUpdate(s),
      });
      layer.add(s.chip.host, 'chip');
    }
    s.stopSettings = onEffectiveSettingsChanged((next) => {
      const changed = JSON.stringify(next.thresholds) !== JSON.stringify(s.thresholds);
      s.thresholds = next.thresholds;
      setMailbox(s, next.settings.mailbox);
      // New thresholds: every verdict is judged again.
      if (changed && doc.body) reader.add(doc.body);
    });
    const onFocusIn = (event: FocusEvent) => {
      const target = event.target as Node | null;
      if (target && target !== layer.host && !layer.contains(target) && target !== doc.body) s.pageFocus = new WeakRef(target as Element);
    };
    doc.addEventListener('focusin', onFocusIn, true);
    s.stopFocus = () => doc.removeEventListener('focusin', onFocusIn, true);
    s.stopWatching = watchPage({
      doc,
      ours: (node) => layer.contains(node),
      onChanged: (roots) => {
        for (const root of roots) reader.add(root);
      },
      onRemoved: () => {
        if (store.sweep()) countsChanged();
      },
      onMoved: () => drawing.schedule(),
    });
    // The first frame that draws badges: when they are on screen.
    const view = doc.defaultView!;
    const firstDraw = () => {
      if (session !== s) return;
      if (drawing.count > 0) s.firstDrawMs = performance.now() - began;
      else if (!s.markMs || store.size > 0) view.requestAnimationFrame(firstDraw);
    };
    view.requestAnimationFrame(firstDraw);
    session = s;
    countsChanged();
    // Scrolled down a long report: the rows on screen are read first, then the whole page from its top.
    for (const near of onScreenFirst(doc)) reader.add(near);
    reader.add(doc.body ?? doc.documentElement);
    return s;
  };

  return {
    async mark(opts = {}) {
      let s = session;
      if (!s) {
        starting ??= start();
        s = await starting;
      }
      await s.reader.idle();
      if (session !== s) return 0;
      if (!s.markMs) s.markMs = performance.now() - s.began;
      if (opts.focus && s.chip) {
        s.layer.ensureAttached();
        s.chip.focus();
      }
      return s.store.size;
    },
    remove() {
      if (session?.chip) send({ type: REMOVE_ALL });
      removeHere();
    },
    showSelection(text) {
      const live = doc.defaultView?.getSelection()?.toString() ?? '';
      // Prefer the page's own selection: it keeps the line breaks that separate rows.
      const checked = live && squash(live) === squash(text) ? live : text;
      let layer = session?.layer;
      if (!layer) {
        selectionLayer ??= createLayer(doc);
        layer = selectionLayer;
      }
      layer.ensureAttached();
      const builds = showSelectionPanel(doc, layer.popovers, checked, session?.thresholds ?? thresholds, () => {
        if (!session && selectionLayer) {
          selectionLayer.remove();
          selectionLayer = undefined;
        }
      });
      return { text: checked, builds };
    },
    frameCounts(message) {
      if (!session?.chip || message.frameId === undefined) return;
      if (message.total === 0) session.frames.delete(message.frameId);
      else session.frames.set(message.frameId, message);
      countsChanged();
    },
    focusChip: () => {
      if (!session?.chip) return;
      session.layer.ensureAttached();
      session.chip.focus();
    },
    blocked: () => !!session && localCounts(session).blocked,
    stats: () => ({
      ...(session?.reader.stats ?? { slices: 0, longestSliceMs: 0, readMs: 0 }),
      marks: session?.store.size ?? 0,
      drawn: session?.drawing.count ?? 0,
      firstDrawMs: session?.firstDrawMs ?? 0,
      markMs: session?.markMs ?? 0,
    }),
  };
}
