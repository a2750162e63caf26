// The floating summary on a marked page: counts per verdict for the chosen
// mailbox location, the mailbox switch (saved to settings) and "remove marks".
import { MAILBOX_LOCATIONS, VERDICTS, type MailboxLocation, type VerdictCounts } from '../core/index.ts';
import { MAILBOX_CHOICES, type MailboxChoice } from '../settings/defaults.ts';
import { adoptStyles } from './adopt-styles.ts';
import { verdictIcon } from './icons.ts';
import { t, uiLanguage, verdictText } from './messages.ts';
import { CHIP_CSS } from './overlay-styles.ts';
import { OVERLAY_ATTR } from './text-walker.ts';

export const CHIP_TAG = 'offline-im-chip';

export interface SummaryChip {
  host: HTMLElement;
  update(counts: Record<MailboxLocation, VerdictCounts>, total: number, mailbox: MailboxChoice): void;
  remove(): void;
}

export interface ChipActions {
  onMailbox(mailbox: MailboxChoice): void;
  onRemove(): void;
}

let nextId = 0;

export function createSummaryChip(doc: Document, actions: ChipActions): SummaryChip {
  const host = doc.createElement(CHIP_TAG);
  host.setAttribute(OVERLAY_ATTR, 'chip');
  const shadow = host.attachShadow({ mode: 'open' });
  adoptStyles(shadow, CHIP_CSS);

  const chip = doc.createElement('div');
  chip.className = 'chip';
  chip.setAttribute('role', 'region');
  chip.setAttribute('aria-label', t('extName'));
  chip.setAttribute('lang', uiLanguage());

  const head = doc.createElement('div');
  head.className = 'row';
  const logo = verdictIcon(doc, 'eligible');
  logo.setAttribute('class', 'icon logo');
  const title = doc.createElement('span');
  title.className = 'title';
  title.textContent = t('overlay_chip_title');
  const total = doc.createElement('span');
  total.className = 'total';
  total.setAttribute('aria-live', 'polite');
  head.append(logo, title, total);

  const countRows = doc.createElement('div');

  const controls = doc.createElement('div');
  controls.className = 'row';
  const selectId = `offline-im-mailbox-${nextId++}`;
  const label = doc.createElement('label');
  label.htmlFor = selectId;
  label.textContent = t('overlay_chip_mailbox');
  const select = doc.createElement('select');
  select.id = selectId;
  for (const choice of MAILBOX_CHOICES) {
    const option = doc.createElement('option');
    option.value = choice;
    option.textContent = choice === 'both' ? t('overlay_mailbox_both') : t(`location_${choice}`);
    select.append(option);
  }
  select.addEventListener('change', () => actions.onMailbox(select.value as MailboxChoice));
  const remove = doc.createElement('button');
  remove.type = 'button';
  remove.textContent = t('overlay_chip_remove');
  remove.setAttribute('data-action', 'remove-marks');
  remove.addEventListener('click', () => actions.onRemove());
  controls.append(label, select, remove);

  chip.append(head, countRows, controls);
  shadow.append(chip);
  doc.documentElement.append(host);

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
      const pill = doc.createElement('span');
      pill.className = counts[verdict] === 0 ? `pill ${verdict} zero` : `pill ${verdict}`;
      pill.setAttribute('data-verdict', verdict);
      pill.append(verdictIcon(doc, verdict), doc.createTextNode(`${counts[verdict]} ${verdictText(verdict)}`));
      row.append(pill);
    }
    return row;
  };

  return {
    host,
    update(counts, count, mailbox) {
      total.textContent = count === 0 ? t('overlay_chip_none') : t('overlay_chip_marked', { count: String(count) });
      select.value = mailbox;
      const locations = mailbox === 'both' ? MAILBOX_LOCATIONS : [mailbox];
      countRows.replaceChildren(...(count === 0 ? [] : locations.map((l) => countRow(l, counts[l], mailbox === 'both'))));
    },
    remove() {
      host.remove();
    },
  };
}
