// The shell shared by the badge details and the selection panel: a labelled
// dialog with a heading and a close button, placed in the overlay layer's
// closed shadow root (which carries the panel stylesheet). Callers fill it and place it.
import { t, uiLanguage } from '../platform/i18n.ts';

export interface FloatingPanel {
  panel: HTMLElement;
  head: HTMLElement;
}

export function createFloatingPanel(doc: Document, kind: string, container: 'div' | 'section', title: string, onClose: () => void): FloatingPanel {
  const panel = doc.createElement(container);
  panel.className = `panel ${kind}`;
  panel.setAttribute('role', 'dialog');
  panel.setAttribute('lang', uiLanguage());
  panel.setAttribute('aria-label', title);
  panel.tabIndex = -1;
  const head = doc.createElement('div');
  head.className = 'head';
  const h = doc.createElement('h2');
  h.textContent = title;
  const close = doc.createElement('button');
  close.type = 'button';
  close.className = 'close';
  close.textContent = '×';
  close.title = t('overlay_close');
  close.setAttribute('aria-label', t('overlay_close'));
  close.addEventListener('click', (event) => {
    if (event.isTrusted) onClose();
  });
  head.append(h, close);
  panel.addEventListener('keydown', (event) => {
    if (event.isTrusted && (event as KeyboardEvent).key === 'Escape') {
      event.stopPropagation();
      onClose();
    }
  });
  return { panel, head };
}
