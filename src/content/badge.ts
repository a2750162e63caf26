// The mark placed right after a build's text: a host element carrying the
// verdict codes as data-* attributes (the testability contract) and, in its
// shadow root, a button with icon + verdict text. Pressing it opens the
// details (both locations, with reasons).
import { MAILBOX_LOCATIONS, type Finding, type MailboxLocation } from '../core/index.ts';
import type { MailboxChoice } from '../settings/defaults.ts';
import { adoptStyles } from './adopt-styles.ts';
import { openDetails } from './badge-details.ts';
import type { BuildVerdicts } from './build-entry.ts';
import { verdictIcon } from './icons.ts';
import { messageText, t, uiLanguage, verdictText } from './messages.ts';
import { BADGE_CSS } from './overlay-styles.ts';
import { OVERLAY_ATTR } from './text-walker.ts';

export const BADGE_TAG = 'offline-im-badge';

const builds = new WeakMap<Element, BuildVerdicts>();
const shadows = new WeakMap<Element, ShadowRoot>();
/** Tooltip and accessible name per build: thousands of badges share a few builds. */
const texts = new Map<string, { title: string; label: string }>();

export function isBadge(node: Node | null): node is HTMLElement {
  return node !== null && node.nodeType === 1 && (node as Element).localName === BADGE_TAG;
}

export function badgeBuild(host: Element): BuildVerdicts | undefined {
  return builds.get(host);
}

function textKey(build: BuildVerdicts): string {
  return `${build.family}|${build.version}|${build.reasons.online.params.product ?? ''}`;
}

function textsFor(build: BuildVerdicts): { title: string; label: string } {
  const key = textKey(build);
  let entry = texts.get(key);
  if (!entry) {
    const lines = MAILBOX_LOCATIONS.map((l) => `${t(`location_${l}`)}: ${verdictText(build.verdicts[l])}. ${messageText(build.reasons[l])}`);
    const verdicts = MAILBOX_LOCATIONS.map((l) => `${t(`location_${l}`)}: ${verdictText(build.verdicts[l])}`).join('; ');
    entry = { title: `${build.version}\n${lines.join('\n')}`, label: t('overlay_badge_label', { version: build.version, verdicts }) };
    texts.set(key, entry);
  }
  return entry;
}

/** One listener for every badge: thousands of badges, no listener each. */
function listenForBadgeClicks(doc: Document): void {
  if (clickDocs.has(doc)) return;
  clickDocs.add(doc);
  doc.addEventListener(
    'click',
    (event) => {
      const host = event.target as Node | null;
      if (!isBadge(host)) return;
      const build = builds.get(host);
      const button = shadows.get(host)?.querySelector('button');
      if (!build || !button) return;
      // The badge may sit inside a link or a clickable row: the click is ours.
      event.preventDefault();
      event.stopPropagation();
      openDetails(button, build);
    },
    true,
  );
}
const clickDocs = new WeakSet<Document>();

export function createBadge(doc: Document, finding: Finding, mailbox: MailboxChoice): HTMLElement {
  listenForBadgeClicks(doc);
  const host = doc.createElement(BADGE_TAG);
  host.setAttribute(OVERLAY_ATTR, 'badge');
  host.setAttribute('data-version', finding.version);
  host.setAttribute('data-online', finding.verdicts.online);
  host.setAttribute('data-onprem', finding.verdicts.onprem);
  host.setAttribute('data-family', finding.family);
  builds.set(host, { version: finding.version, family: finding.family, verdicts: finding.verdicts, reasons: finding.reasons });
  const shadow = host.attachShadow({ mode: 'open' });
  shadows.set(host, shadow);
  adoptStyles(shadow, BADGE_CSS);
  renderBadge(host, mailbox);
  return host;
}

/** (Re)draws a badge for the chosen mailbox location. */
export function renderBadge(host: HTMLElement, mailbox: MailboxChoice): void {
  const build = builds.get(host);
  const shadow = shadows.get(host);
  if (!build || !shadow) return;
  // Built once per build and location, then cloned: one native call per badge.
  const key = `${textKey(build)}|${mailbox}`;
  let template = buttons.get(key);
  if (!template) buttons.set(key, (template = drawButton(host.ownerDocument, build, mailbox)));
  shadow.replaceChildren(template.cloneNode(true));
}

const buttons = new Map<string, HTMLButtonElement>();

function drawButton(doc: Document, build: BuildVerdicts, mailbox: MailboxChoice): HTMLButtonElement {
  const { title, label } = textsFor(build);
  const button = doc.createElement('button');
  button.type = 'button';
  button.title = title;
  button.setAttribute('aria-label', label);
  button.setAttribute('aria-haspopup', 'dialog');
  button.setAttribute('lang', uiLanguage());
  if (mailbox === 'both') {
    button.className = 'both';
    for (const location of MAILBOX_LOCATIONS) button.append(part(doc, build, location));
  } else {
    const verdict = build.verdicts[mailbox];
    button.className = verdict;
    button.append(verdictIcon(doc, verdict), doc.createTextNode(verdictText(verdict)));
  }
  return button;
}

function part(doc: Document, build: BuildVerdicts, location: MailboxLocation): HTMLElement {
  const span = doc.createElement('span');
  span.className = `part ${build.verdicts[location]}`;
  span.append(verdictIcon(doc, build.verdicts[location]), doc.createTextNode(t(`overlay_short_${location}`)));
  return span;
}
