// The expanded view of one badge: a small popover with both mailbox locations,
// their verdicts and reasons, in the overlay layer. One at a time.
import { renderBuildEntry, type BuildVerdicts } from './build-entry.ts';
import { createFloatingPanel } from './create-floating-panel.ts';
import { t } from '../platform/i18n.ts';

export interface Details {
  open(opener: HTMLElement, build: BuildVerdicts): void;
  close(returnFocus?: boolean): void;
}

export function createDetails(doc: Document, container: HTMLElement, inLayer: (node: EventTarget) => boolean): Details {
  let open: { panel: HTMLElement; opener: HTMLElement } | undefined;
  const onPointer = (event: Event) => {
    if (!open || !event.isTrusted) return;
    if (!event.composedPath().some((target) => inLayer(target))) close(false);
  };
  function close(returnFocus = false): void {
    if (!open) return;
    const { panel, opener } = open;
    open = undefined;
    doc.removeEventListener('pointerdown', onPointer, true);
    panel.remove();
    if (returnFocus && opener.isConnected) opener.focus();
  }
  return {
    close,
    open(opener, build) {
      close();
      const title = t('overlay_details_title', { version: build.version });
      const { panel, head } = createFloatingPanel(doc, 'details', 'div', title, () => close(true));
      panel.append(head, renderBuildEntry(doc, build, undefined, false));
      container.append(panel);
      // Below the badge when there is room, else above it; kept inside the viewport.
      const view = doc.defaultView!;
      const at = opener.getBoundingClientRect();
      const box = panel.getBoundingClientRect();
      const left = Math.max(8, Math.min(at.left, view.innerWidth - box.width - 8));
      const below = at.bottom + 6;
      const top = below + box.height <= view.innerHeight - 8 ? below : Math.max(8, at.top - box.height - 6);
      panel.style.left = `${left}px`;
      panel.style.top = `${top}px`;
      doc.addEventListener('pointerdown', onPointer, true);
      open = { panel, opener };
      panel.focus();
    },
  };
}
