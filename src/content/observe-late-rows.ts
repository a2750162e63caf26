// Watches for content the page adds later (paged or lazy reports, SPA
// updates) and hands it over in batches: one call per quiet period, with the
// blocks to mark (nested ones folded into their ancestors).
import { isBadge } from './badge.ts';
import type { MarkState } from './mark-state.ts';
import { OVERLAY_ATTR } from './text-walker.ts';

const INLINE_PARENT = /^(a|abbr|b|bdi|bdo|big|cite|code|data|del|dfn|em|font|i|ins|kbd|mark|nobr|q|s|samp|small|span|strike|strong|sub|sup|time|tt|u|var|label)$/;

/** The enclosing block: text split across inline elements is read as a whole. */
function blockRoot(node: Node): Node | null {
  let el: Element | null = node.nodeType === 1 ? (node as Element) : node.parentElement;
  while (el && INLINE_PARENT.test(el.localName) && el.parentElement) el = el.parentElement;
  return el;
}

export function observeLateRows(state: MarkState, onBlocks: (blocks: Node[]) => void, quietMs = 120): () => void {
  const pending = new Set<Node>();
  let timer: ReturnType<typeof setTimeout> | undefined;

  const flush = () => {
    timer = undefined;
    const roots = new Set<Node>();
    for (const node of pending) {
      if (!node.isConnected) continue;
      const root = blockRoot(node);
      if (root) roots.add(root);
    }
    pending.clear();
    const outer: Node[] = [];
    for (const root of roots) {
      let covered = false;
      for (let up = root.parentNode; up && !covered; up = up.parentNode) covered = roots.has(up);
      if (!covered) outer.push(root);
    }
    if (outer.length > 0) onBlocks(outer);
  };

  const take = (records: MutationRecord[]) => {
    for (const record of records) {
      if (record.type === 'characterData') {
        if (!state.ours.has(record.target)) pending.add(record.target);
        continue;
      }
      for (const node of record.addedNodes) {
        if (isBadge(node) || state.ours.has(node)) continue;
        if (node.nodeType === 1 && (node as Element).hasAttribute(OVERLAY_ATTR)) continue;
        pending.add(node);
      }
    }
    if (pending.size > 0 && timer === undefined) timer = setTimeout(flush, quietMs);
  };
  const observer = new MutationObserver(take);
  const target = state.doc.documentElement;
  const watch = () => observer.observe(target, { childList: true, subtree: true, characterData: true });
  watch();
  // Thousands of badge insertions would otherwise queue thousands of records for us to sift.
  state.unobserved = (write) => {
    take(observer.takeRecords()); // the page's changes so far are kept
    observer.disconnect();
    try {
      write();
    } finally {
      watch();
    }
  };
  return () => {
    state.unobserved = (write) => write();
    observer.disconnect();
    if (timer !== undefined) clearTimeout(timer);
    pending.clear();
  };
}
