// The expanded view of one badge: a small floating panel with both mailbox
// locations, their verdicts and reasons. One panel per page, reused.
import { renderBuildEntry, type BuildVerdicts } from './build-entry.ts';
import { createFloatingPanel } from './create-floating-panel.ts';
import { t } from './messages.ts';

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
  const title = t('overlay_details_title', { version: build.version });
  const { host, shadow, panel, head } = createFloatingPanel(doc, DETAILS_TAG, 'details', 'div', title, () => closeDetails(true));
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
