// The shell shared by the badge details and the selection panel: a host in
// Shadow DOM with our stylesheet, a labelled dialog, and a heading with a
// close button. Callers fill it and place it.
import { adoptStyles } from './adopt-styles.ts';
import { t, uiLanguage } from './messages.ts';
import { PANEL_CSS } from './overlay-styles.ts';
import { OVERLAY_ATTR } from './text-walker.ts';

export interface FloatingPanel {
  host: HTMLElement;
  shadow: ShadowRoot;
  panel: HTMLElement;
  head: HTMLElement;
}

export function createFloatingPanel(doc: Document, tag: string, kind: string, container: 'div' | 'section', title: string, onClose: () => void): FloatingPanel {
  const host = doc.createElement(tag);
  host.setAttribute(OVERLAY_ATTR, kind);
  const shadow = host.attachShadow({ mode: 'open' });
  adoptStyles(shadow, PANEL_CSS);
  const panel = doc.createElement(container);
  panel.className = 'panel';
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
  close.addEventListener('click', onClose);
  head.append(h, close);
  return { host, shadow, panel, head };
}
