// The floating summary on a marked page: how many clients were marked and
// their verdicts for the chosen mailbox location, the mailbox switch (saved to
// settings), "next update needed" and "remove marks". It can be collapsed and
// moved to the other side so that it never covers the report for good. It
// lives in the overlay layer in a closed shadow root and acts only on the
// user's own (trusted) events: the page can neither read nor drive it.
import { MAILBOX_LOCATIONS, VERDICT_MESSAGE, VERDICTS, type MailboxLocation, type VerdictCounts } from '../core/index.ts';
import { MAILBOX_CHOICES, type MailboxChoice } from '../core/mailbox-choice.ts';
import { adoptStyles } from './adopt-styles.ts';
import { verdictIcon } from './icons.ts';
import { t, uiLanguage } from '../platform/i18n.ts';
import { CHIP_CSS } from './overlay-styles.ts';
import { OVERLAY_ATTR } from './text-walker.ts';

export interface ChipState {
  counts: Record<MailboxLocation, VerdictCounts>;
  /** Clients marked (one per build found, in this frame and its frames). */
  total: number;
  mailbox: MailboxChoice;
  /** Offline IM is off for everyone (a server switch in the page says so). */
  blocked: boolean;
}

export interface SummaryChip {
  host: HTMLElement;
  update(state: ChipState): void;
  focus(): void;
  /** Where focus goes when the chip is about to go: true when it had it. */
  hasFocus(): boolean;
  /** A short message under the controls (e.g. "no more updates needed"). */
  say(text: string): void;
}

export interface ChipActions {
  onMailbox: (mailbox: MailboxChoice) => void;
  onRemove: () => void;
  onNext: () => void;
}

const trusted =
  <E extends Event>(act: (event: E) => void) =>
  (event: E) => {
    // Only the user's own clicks and key presses: a page cannot press our buttons.
    if (event.isTrusted) act(event);
  };

function button(doc: Document, text: string, action: string, onClick: () => void): HTMLButtonElement {
  const b = doc.createElement('button');
  b.type = 'button';
  b.textContent = text;
  b.setAttribute('data-action', action);
  b.addEventListener('click', trusted(onClick));
  return b;
}

export function createSummaryChip(doc: Document, actions: ChipActions): SummaryChip {
  // A plain element: no custom element name the page could define first.
  const host = doc.createElement('span');
  host.setAttribute(OVERLAY_ATTR, 'chip');
  const shadow = host.attachShadow({ mode: 'closed' });
  adoptStyles(shadow, CHIP_CSS);

  const chip = doc.createElement('div');
  chip.className = 'chip';
  chip.setAttribute('role', 'region');
  chip.setAttribute('aria-label', t('extName'));
  chip.setAttribute('lang', uiLanguage());
  chip.tabIndex = -1;

  const head = doc.createElement('div');
  head.className = 'row head';
  const logo = verdictIcon(doc, 'eligible');
  logo.setAttribute('class', 'icon logo');
  const title = doc.createElement('span');
  title.className = 'title';
  title.textContent = t('overlay_chip_title');
  const total = doc.createElement('span');
  total.className = 'total';
  total.setAttribute('role', 'status');
  const body = doc.createElement('div');
  body.className = 'body';
  body.id = 'chip-body';
  const collapse = button(doc, '', 'collapse', () => setCollapsed(!collapsed));
  collapse.className = 'icon-button';
  collapse.setAttribute('aria-controls', 'chip-body');
  const move = button(doc, '', 'move', () => setDock(dock === 'right' ? 'left' : 'right'));
  move.className = 'icon-button';
  head.append(logo, title, total, move, collapse);

  const banner = doc.createElement('p');
  banner.className = 'banner blocked';
  banner.hidden = true;
  banner.append(verdictIcon(doc, 'blocked'), doc.createTextNode(t('overlay_chip_blocked')));

  const countRows = doc.createElement('div');

  const controls = doc.createElement('div');
  controls.className = 'row';
  const label = doc.createElement('label');
  label.htmlFor = 'chip-mailbox';
  label.textContent = t('overlay_chip_mailbox');
  const select = doc.createElement('select');
  select.id = 'chip-mailbox';
  for (const choice of MAILBOX_CHOICES) {
    const option = doc.createElement('option');
    option.value = choice;
    option.textContent = choice === 'both' ? t('overlay_mailbox_both') : t(`location_${choice}`);
    select.append(option);
  }
  select.addEventListener(
    'change',
    trusted(() => actions.onMailbox(select.value as MailboxChoice)),
  );
  controls.append(label, select);

  const actionsRow = doc.createElement('div');
  actionsRow.className = 'row';
  const next = button(doc, t('overlay_chip_next'), 'next-update', actions.onNext);
  const remove = button(doc, t('overlay_chip_remove'), 'remove-marks', actions.onRemove);
  actionsRow.append(next, remove);

  const note = doc.createElement('p');
  note.className = 'note';
  note.setAttribute('aria-live', 'polite');
  const hint = doc.createElement('p');
  hint.className = 'hint';
  hint.textContent = t('overlay_chip_hint');

  body.append(banner, countRows, controls, actionsRow, note, hint);
  chip.append(head, body);
  shadow.append(chip);

  let collapsed = false;
  let dock: 'right' | 'left' = 'right';
  const setCollapsed = (value: boolean) => {
    collapsed = value;
    body.hidden = value;
    chip.classList.toggle('collapsed', value);
    collapse.setAttribute('aria-expanded', String(!value));
    collapse.textContent = value ? '▴' : '▾';
    collapse.title = t(value ? 'overlay_chip_expand' : 'overlay_chip_collapse');
    collapse.setAttribute('aria-label', collapse.title);
  };
  const setDock = (value: 'right' | 'left') => {
    dock = value;
    chip.classList.toggle('left', value === 'left');
    move.textContent = value === 'right' ? '⇤' : '⇥';
    move.title = t(value === 'right' ? 'overlay_chip_move_left' : 'overlay_chip_move_right');
    move.setAttribute('aria-label', move.title);
  };
  setCollapsed(false);
  setDock('right');

  const countRow = (location: MailboxLocation, counts: VerdictCounts, named: boolean) => {
    const row = doc.createElement('div');
    row.className = 'row counts';
    row.setAttribute('role', 'group');
    row.setAttribute('aria-label', t('overlay_chip_counts_label', { location: t(`location_${location}`) }));
    if (named) {
      const where = doc.createElement('span');
      where.className = 'where';
      where.textContent = t(`overlay_short_${location}`);
      row.append(where);
    }
    for (const verdict of VERDICTS) {
      if (verdict === 'blocked' && counts[verdict] === 0) continue;
      const pill = doc.createElement('span');
      pill.className = counts[verdict] === 0 ? `pill ${verdict} zero` : `pill ${verdict}`;
      pill.setAttribute('data-verdict', verdict);
      pill.append(verdictIcon(doc, verdict), doc.createTextNode(`${counts[verdict]} ${t(VERDICT_MESSAGE[verdict])}`));
      row.append(pill);
    }
    return row;
  };

  let last = '';
  return {
    host,
    update(state) {
      const key = JSON.stringify(state);
      if (key === last) return;
      last = key;
      total.textContent = state.total === 0 ? t('overlay_chip_none') : t('overlay_chip_marked', { count: String(state.total) });
      // A read-only mirror for tests and assistive technology; never read back.
      host.setAttribute('data-total', String(state.total));
      host.setAttribute('data-blocked', String(state.blocked));
      banner.hidden = !state.blocked;
      select.value = state.mailbox;
      const locations = state.mailbox === 'both' ? MAILBOX_LOCATIONS : [state.mailbox];
      countRows.replaceChildren(...(state.total === 0 ? [] : locations.map((l) => countRow(l, state.counts[l], state.mailbox === 'both'))));
    },
    focus() {
      if (collapsed) setCollapsed(false);
      (select as HTMLElement).focus();
    },
    hasFocus: () => shadow.activeElement !== null,
    say(text) {
      note.textContent = text;
    },
  };
}
