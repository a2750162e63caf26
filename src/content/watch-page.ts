// Follows the page: its own changes (text edited in place, rows re-mounted,
// late rows) are read again, and scrolling or resizing redraws what is on
// screen. Changes inside the overlay's own layer are ignored, so nothing we
// draw ever makes us read or draw again (no observer loop).
import { blockOf, isInline } from './text-walker.ts';

export interface WatchOptions {
  doc: Document;
  /** True for the overlay's own nodes. */
  ours: (node: Node) => boolean;
  /** Subtrees to read again (outermost only). */
  onChanged: (roots: Node[]) => void;
  /** Nodes were removed: marks may have lost their text. */
  onRemoved: () => void;
  /** Something moved on screen. */
  onMoved: () => void;
}

export function watchPage({ doc, ours, onChanged, onRemoved, onMoved }: WatchOptions): () => void {
  const view = doc.defaultView!;
  const take = (records: MutationRecord[]) => {
    const roots = new Set<Node>();
    let removed = false;
    for (const record of records) {
      if (ours(record.target)) continue;
      if (record.type === 'characterData') {
        const block = blockOf(record.target);
        if (block) roots.add(block);
        continue;
      }
      if (record.removedNodes.length > 0) removed = true;
      for (const node of record.addedNodes) {
        if (ours(node)) continue;
        // Text added into an inline element belongs to its block's string.
        const root = node.nodeType === 1 ? (blockOf(node) && isInline(node as Element) ? blockOf(node) : node) : blockOf(node);
        if (root) roots.add(root);
      }
      // Text (or an inline element) removed from a block changes its string; a removed row or cell does not change the others.
      if (record.removedNodes.length > 0 && record.target.nodeType === 1 && record.target.isConnected) {
        const textual = [...record.removedNodes].some((n) => n.nodeType === 3 || (n.nodeType === 1 && isInline(n as Element)));
        const block = isInline(record.target as Element) ? blockOf(record.target) : (record.target as Element);
        if (textual && block) roots.add(block);
      }
    }
    if (removed) onRemoved();
    if (roots.size === 0) {
      if (removed) onMoved();
      return;
    }
    // Only the outermost roots: a nested one is read with its ancestor.
    const outer: Node[] = [];
    for (const root of roots) {
      if (!root.isConnected) continue;
      let covered = false;
      for (let up = root.parentNode; up && !covered; up = up.parentNode) covered = roots.has(up);
      if (!covered) outer.push(root);
    }
    if (outer.length > 0) onChanged(outer);
    onMoved();
  };
  const observer = new MutationObserver(take);
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });

  const moved = () => onMoved();
  // Capture: scrolling boxes inside the page do not bubble their scroll events.
  doc.addEventListener('scroll', moved, { capture: true, passive: true });
  view.addEventListener('resize', moved, { passive: true });
  // Layout changes without a DOM change (fonts, images, styles) show as a size change of the body.
  const resizes = typeof ResizeObserver === 'function' ? new ResizeObserver(moved) : undefined;
  if (doc.body) resizes?.observe(doc.body);

  return () => {
    observer.disconnect();
    resizes?.disconnect();
    doc.removeEventListener('scroll', moved, { capture: true });
    view.removeEventListener('resize', moved);
  };
}
