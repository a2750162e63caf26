// The overlay's own layer: the one node the extension adds to a page, a child
// of <html> after <body>, outside every app container. Its closed shadow root
// holds the details popover and the selection panel; the badge and chip hosts
// are its light-DOM children (so that `[data-offline-im]` finds them; each has
// a closed shadow root of its own), slotted into a contained box positioned at
// the document's origin, so that badges scroll with the page by themselves.
import { adoptStyles } from './adopt-styles.ts';
import { LAYER_CSS, PANEL_CSS } from './overlay-styles.ts';
import { OVERLAY_ATTR } from './text-walker.ts';

export interface Layer {
  host: HTMLElement;
  /** Where the details popover and the selection panel go (inside the closed shadow root). */
  popovers: HTMLElement;
  /** The box badges are positioned in: (0, 0) is its top left corner. */
  marksBox: HTMLElement;
  /** Adds a badge (slot "marks") or the chip (slot "chip") host. */
  add(host: HTMLElement, slot: 'marks' | 'chip'): void;
  /** Puts the host back after <body> if the page moved or dropped it. */
  ensureAttached(): void;
  contains(node: Node | null): boolean;
  remove(): void;
}

/** Inline declarations that no page style can override (inline !important wins, and CSP does not block CSSOM). */
export function pin(el: HTMLElement, declarations: Record<string, string>): void {
  for (const [name, value] of Object.entries(declarations)) el.style.setProperty(name, value, 'important');
}

export function createLayer(doc: Document): Layer {
  // A plain element: no custom element name the page could define first.
  const host = doc.createElement('div');
  host.setAttribute(OVERLAY_ATTR, 'layer');
  pin(host, {
    display: 'block',
    position: 'absolute',
    left: '0',
    top: '0',
    width: '0',
    height: '0',
    margin: '0',
    padding: '0',
    border: '0',
    overflow: 'visible',
    'z-index': '2147483646',
    'pointer-events': 'none',
    transform: 'none',
    visibility: 'visible',
    opacity: '1',
  });
  const shadow = host.attachShadow({ mode: 'closed' });
  adoptStyles(shadow, `${LAYER_CSS}\n${PANEL_CSS}`);
  const marksBox = doc.createElement('div');
  marksBox.className = 'marks';
  const marksSlot = doc.createElement('slot');
  marksSlot.name = 'marks';
  marksBox.append(marksSlot);
  const chipSlot = doc.createElement('slot');
  chipSlot.name = 'chip';
  const popovers = doc.createElement('div');
  popovers.className = 'popovers';
  // The chip first: from the page's last control, Tab reaches the chip before any badge.
  shadow.append(chipSlot, marksBox, popovers);

  // Attached by the first drawing (not before): inserting it and drawing the first badges cost the page one frame, not two.
  const ensureAttached = () => {
    const root = doc.documentElement;
    if (!root) return;
    const body = doc.body;
    if (host.parentNode === root && (!body || host.previousElementSibling === body || body.parentNode !== root)) return;
    if (body && body.parentNode === root) body.after(host);
    else root.append(host);
  };

  return {
    host,
    popovers,
    marksBox,
    add(child, slot) {
      child.slot = slot;
      if (slot === 'chip') host.prepend(child);
      else host.append(child);
    },
    ensureAttached,
    contains: (node) => node !== null && (node === host || host.contains(node)),
    remove: () => host.remove(),
  };
}
