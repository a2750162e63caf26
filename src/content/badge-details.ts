// The expanded view of one badge: a small floating panel with both mailbox
// locations, their verdicts and reasons. One panel per page, reused.
import { adoptStyles } from './adopt-styles.ts';
import { renderBuildEntry, type BuildVerdicts } from './build-entry.ts';
import { t, uiLanguage } from './messages.ts';
import { PANEL_CSS } from './overlay-styles.ts';
import { OVERLAY_ATTR } from './text-walker.ts';

export const DETAILS_TAG = 'offline-im-details';

let open: { host: HTMLElement; opener: HTMLElement; cleanup: () => void } | undefined;

export function closeDetails(returnFocus = false): void {
  if (!open) return;
  const { host, opener, cleanup } = open;
  open = undefined;
  cleanup();
  host.remove();
  if (returnFocus && opener.isConnected) opener.focus();
}

export function openDetails(opener: HTMLElement, build: BuildVerdicts): void {
  closeDetails();
  const doc = opener.ownerDocument;
  const host = doc.createElement(DETAILS_TAG);
  host.setAttribute(OVERLAY_ATTR, 'details');
  const shadow = host.attachShadow({ mode: 'open' });
  adoptStyles(shadow, PANEL_CSS);
  const panel = doc.createElement('div');
  panel.className = 'panel';
  panel.setAttribute('role', 'dialog');
  panel.setAttribute('lang', uiLanguage());
  panel.tabIndex = -1;
  const title = t('overlay_details_title', { version: build.version });
  panel.setAttribute('aria-label', title);
  const head = doc.createElement('div');
  head.className = 'head';
  const h = doc.createElement('h2');
  h.textContent = title;
  const close = doc.createElement('button');
  close.className = 'close';
  close.type = 'button';
  close.textContent = '×';
  close.setAttribute('aria-label', t('overlay_close'));
  close.title = t('overlay_close');
  close.addEventListener('click', () => closeDetails(true));
  head.append(h, close);
  panel.append(head, renderBuildEntry(doc, build, undefined, false));
  shadow.append(panel);
  doc.documentElement.append(host);

  // Below the badge when there is room, else above it; kept inside the viewport.
  const view = doc.defaultView!;
  const at = opener.getBoundingClientRect();
  const box = panel.getBoundingClientRect();
  const left = Math.max(8, Math.min(at.left, view.innerWidth - box.width - 8));
  const below = at.bottom + 6;
  const top = below + box.height <= view.innerHeight - 8 ? below : Math.max(8, at.top - box.height - 6);
  panel.style.left = `${left}px`;
  panel.style.top = `${top}px`;

  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      closeDetails(true);
    }
  };
  const onPointer = (event: Event) => {
    const path = event.composedPath();
    if (!path.includes(host) && !path.includes(opener)) closeDetails();
  };
  panel.addEventListener('keydown', onKey);
  doc.addEventListener('pointerdown', onPointer, true);
  open = { host, opener, cleanup: () => doc.removeEventListener('pointerdown', onPointer, true) };
  panel.focus();
}
