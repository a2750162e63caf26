// The overlay of one frame: marks builds (now and as rows arrive), keeps the
// summary chip current, follows the mailbox setting, and removes everything
// on request. One instance per frame, kept on the content script's global.
import { MAILBOX_LOCATIONS, VERDICTS, type MailboxLocation, type VerdictCounts } from '../core/index.ts';
import type { MailboxChoice } from '../settings/defaults.ts';
import { loadEffectiveSettings, onEffectiveSettingsChanged } from '../settings/managed-store.ts';
import { saveSettings } from '../settings/settings-store.ts';
import { badgeBuild, renderBadge } from './badge.ts';
import { closeDetails } from './badge-details.ts';
import { countFrameBadges, FRAME_MARKED_EVENT, REMOVE_MARKS_EVENT, signalRemoveInFrames, signalTopFrame } from './frame-signals.ts';
import { createMarkState, emptyStats, type MarkState, type MarkStats } from './mark-state.ts';
import { markBuilds, type MarkOptions } from './mark-builds.ts';
import { observeLateRows } from './observe-late-rows.ts';
import { showSelectionPanel } from './selection-panel.ts';
import { createSummaryChip, type SummaryChip } from './summary-chip.ts';
import { unmark } from './unmark.ts';
import { yieldToPage } from './yield-to-page.ts';

/** What the benchmark reads after a pass: the badge count and the pass's own figures. */
export type OverlayStats = { badges: number } & MarkStats;

export interface Overlay {
  /** Marks the page (idempotent); resolves to the number of badges on it. */
  mark(): Promise<number>;
  /** Removes every mark, the chip and the observer. */
  remove(): void;
  /** Shows the selection panel; returns the text checked and how many builds it holds. */
  showSelection(text: string): { text: string; builds: number };
  stats(): OverlayStats;
}

export interface OverlayOptions extends MarkOptions {
  /** Show the summary chip (top frame only). */
  chip?: boolean;
}

function emptyCounts(): Record<MailboxLocation, VerdictCounts> {
  const zero = () => Object.fromEntries(VERDICTS.map((v) => [v, 0])) as VerdictCounts;
  return { online: zero(), onprem: zero() };
}

/** Whitespace-insensitive form: the context menu's selectionText has its line breaks collapsed. */
function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function createOverlay(doc: Document, options: OverlayOptions = {}): Overlay {
  let state: MarkState | undefined;
  let chip: SummaryChip | undefined;
  let stopObserving: (() => void) | undefined;
  let stopSettings: (() => void) | undefined;
  // Read ahead for the selection panel, which answers synchronously.
  let thresholds: Readonly<Record<MailboxLocation, string>> | undefined;
  void loadEffectiveSettings().then((e) => (thresholds = e.thresholds), () => undefined);
  // One pass at a time: a shortcut pressed during a pass waits for it.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(job: () => Promise<T>): Promise<T> => {
    const run = queue.then(job, job);
    queue = run.catch(() => undefined);
    return run;
  };

  const liveBadges = (s: MarkState) => {
    for (const host of s.badges) if (!host.isConnected) s.badges.delete(host);
    return s.badges;
  };

  const refreshChip = () => {
    if (!state || !chip) return;
    const counts = emptyCounts();
    for (const host of liveBadges(state)) {
      const build = badgeBuild(host);
      if (build) for (const l of MAILBOX_LOCATIONS) counts[l][build.verdicts[l]]++;
    }
    // Same-origin frames have overlays of their own; the one chip counts their badges too.
    const inFrames = countFrameBadges(doc, counts);
    chip.update(counts, state.badges.size + inFrames, state.mailbox);
  };

  /** After a marking pass: the chip here, or the top frame's chip for a frame. */
  const passDone = () => {
    if (chip) refreshChip();
    else signalTopFrame(doc);
  };

  const setMailbox = async (s: MarkState, mailbox: MailboxChoice) => {
    if (s.mailbox === mailbox) return;
    s.mailbox = mailbox;
    let since = performance.now();
    for (const host of [...s.badges]) {
      if (!s.active || s.mailbox !== mailbox) return;
      renderBadge(host, mailbox);
      if (performance.now() - since > 8) {
        await yieldToPage();
        since = performance.now();
      }
    }
    refreshChip();
  };

  const remove = () => {
    if (!state) return;
    if (chip) signalRemoveInFrames(doc);
    state.active = false;
    stopObserving?.();
    stopSettings?.();
    closeDetails();
    chip?.remove();
    unmark(state);
    state = undefined;
    chip = undefined;
    stopObserving = stopSettings = undefined;
  };

  const start = async (): Promise<MarkState> => {
    // The organisation's policy wins over the user's choice and may raise the thresholds.
    const effective = await loadEffectiveSettings();
    if (state) return state;
    const s = createMarkState(doc, effective.settings.mailbox);
    s.thresholds = effective.thresholds;
    state = s;
    if (options.chip !== false) {
      chip = createSummaryChip(doc, {
        onMailbox: (mailbox) => {
          void setMailbox(s, mailbox);
          void saveSettings({ mailbox });
        },
        onRemove: remove,
      });
    }
    stopSettings = onEffectiveSettingsChanged((next) => void setMailbox(s, next.settings.mailbox));
    const observer = observeLateRows(s, (blocks) => {
      void serial(async () => {
        for (const block of blocks) if (s.active) await markBuilds(block, s, options);
        if (s.active) passDone();
      });
    });
    // The top frame recounts when a frame's badges change; a frame removes its marks when the top frame's chip says so.
    const event = chip ? FRAME_MARKED_EVENT : REMOVE_MARKS_EVENT;
    const listener = chip ? refreshChip : remove;
    doc.addEventListener(event, listener);
    stopObserving = () => {
      observer();
      doc.removeEventListener(event, listener);
    };
    return s;
  };

  return {
    mark: () =>
      serial(async () => {
        const s = state ?? (await start());
        await markBuilds(doc.body ?? doc.documentElement, s, options);
        if (!s.active) return 0;
        passDone();
        return liveBadges(s).size;
      }),
    remove,
    showSelection(text) {
      const live = doc.defaultView?.getSelection()?.toString() ?? '';
      // Prefer the page's own selection: it keeps the line breaks that separate rows.
      const checked = live && squash(live) === squash(text) ? live : text;
      return { text: checked, builds: showSelectionPanel(doc, checked, state?.thresholds ?? thresholds) };
    },
    stats: () => ({ badges: state ? liveBadges(state).size : 0, ...(state?.stats ?? emptyStats()) }),
  };
}
