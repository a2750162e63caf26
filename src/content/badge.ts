// The badge drawn beside a build on screen: a host in the overlay's layer
// carrying the verdicts as data-* attributes (a read-only mirror for tests and
// assistive technology; never read back) and, in a closed shadow root, a
// button with icon + verdict text. Its accessible name starts with that
// visible text. Hosts are reused as builds scroll in and out of view.
import { MAILBOX_LOCATIONS, VERDICT_MESSAGE, type MailboxLocation, type Verdict } from '../core/index.ts';
import type { MailboxChoice } from '../core/mailbox-choice.ts';
import { adoptStyles } from './adopt-styles.ts';
import type { BuildVerdicts } from './build-entry.ts';
import { verdictIcon } from './icons.ts';
import { t, uiLanguage } from '../platform/i18n.ts';
import { BADGE_CSS } from './overlay-styles.ts';
import { OVERLAY_ATTR } from './text-walker.ts';

export interface Badge {
  host: HTMLElement;
  /** What it shows now: redrawn only when this changes. */
  key: string;
  button: HTMLButtonElement;
  /** The tint over the build's text (colour + underline shape), placed left of the badge. */
  tint: HTMLElement;
  shadow: ShadowRoot;
}

/** The worse of the two verdicts, for the highlight's colour when both locations are shown. */
const SEVERITY: readonly Verdict[] = ['eligible', 'unknown', 'upgrade-required', 'not-supported', 'blocked'];
export function shownVerdict(verdicts: Record<MailboxLocation, Verdict>, mailbox: MailboxChoice): Verdict {
  if (mailbox !== 'both') return verdicts[mailbox];
  return SEVERITY.indexOf(verdicts.online) >= SEVERITY.indexOf(verdicts.onprem) ? verdicts.online : verdicts.onprem;
}

export function createBadge(doc: Document, onPress: (badge: Badge) => void): Badge {
  // A plain element: no custom element name the page could define first.
  const host = doc.createElement('span');
  host.setAttribute(OVERLAY_ATTR, 'badge');
  const shadow = host.attachShadow({ mode: 'closed' });
  adoptStyles(shadow, BADGE_CSS);
  const button = doc.createElement('button');
  button.type = 'button';
  const tint = doc.createElement('span');
  tint.setAttribute('aria-hidden', 'true');
  shadow.append(tint, button);
  const badge: Badge = { host, key: '', button, tint, shadow };
  button.addEventListener('click', (event) => {
    // Only the user's own clicks and key presses: a page cannot press our buttons.
    if (!event.isTrusted) return;
    event.preventDefault();
    event.stopPropagation();
    onPress(badge);
  });
  return badge;
}

/** (Re)draws a badge for a build and the chosen mailbox location. */
export function renderBadge(badge: Badge, build: BuildVerdicts, mailbox: MailboxChoice, shown: Verdict): void {
  const key = `${build.version}|${build.family}|${build.verdicts.online}|${build.verdicts.onprem}|${mailbox}`;
  if (badge.key === key) return;
  badge.key = key;
  badge.tint.className = `tint ${shown}`;
  const { host, button } = badge;
  host.setAttribute('data-version', build.version);
  host.setAttribute('data-online', build.verdicts.online);
  host.setAttribute('data-onprem', build.verdicts.onprem);
  host.setAttribute('data-family', build.family);
  const doc = host.ownerDocument;
  button.replaceChildren();
  button.setAttribute('lang', uiLanguage());
  button.setAttribute('aria-haspopup', 'dialog');
  const visible: string[] = [];
  if (mailbox === 'both') {
    button.className = 'both';
    for (const location of MAILBOX_LOCATIONS) {
      const verdict = build.verdicts[location];
      const span = doc.createElement('span');
      span.className = `part ${verdict}`;
      const text = `${t(`overlay_short_${location}`)}: ${t(VERDICT_MESSAGE[verdict])}`;
      span.append(verdictIcon(doc, verdict), doc.createTextNode(t(`overlay_short_${location}`)));
      // The short form shows the location; the verdict word is for assistive technology (the icon shows it).
      const word = doc.createElement('span');
      word.className = 'sr';
      word.textContent = `: ${t(VERDICT_MESSAGE[verdict])}`;
      span.append(word);
      button.append(span);
      visible.push(text);
    }
  } else {
    const verdict = build.verdicts[mailbox];
    button.className = verdict;
    button.append(verdictIcon(doc, verdict), doc.createTextNode(t(VERDICT_MESSAGE[verdict])));
    visible.push(t(VERDICT_MESSAGE[verdict]));
  }
  // The accessible name begins with what is on screen, then says which build it is.
  const more = doc.createElement('span');
  more.className = 'sr';
  more.textContent = ` ${t('overlay_badge_more', { version: build.version })}`;
  button.append(more);
  button.title = `${build.version}\n${MAILBOX_LOCATIONS.map((l) => `${t(`location_${l}`)}: ${t(VERDICT_MESSAGE[build.verdicts[l]])}`).join('\n')}`;
}
