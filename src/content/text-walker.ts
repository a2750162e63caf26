// Collects the page's text as "segments": the text of one block (a table
// cell, a paragraph, a list item) joined across inline elements, so that a
// build split over <b>/<span> is read as one string (<code> included: builds
// are often quoted in it). Skips scripts and styles, form fields and buttons,
// embedded content, editable regions and the overlay's own layer. Resumable:
// collect() stops at a deadline and continues where it left off.

/** Elements whose text flows on with their neighbours' text. */
const INLINE = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'big', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'font', 'i', 'ins', 'kbd',
  'mark', 'nobr', 'q', 's', 'samp', 'small', 'span', 'strike', 'strong', 'sub', 'sup', 'time', 'tt', 'u', 'var', 'label',
]);

/** Elements whose text is never marked (and whose subtree is not entered). */
const SKIP = new Set([
  'script', 'style', 'textarea', 'input', 'select', 'option', 'optgroup', 'datalist', 'noscript', 'template',
  'iframe', 'frame', 'object', 'embed', 'canvas', 'svg', 'math', 'button', 'title', 'head', 'meta', 'link',
]);

/** Attribute on every element of the overlay's own layer (a read-only mirror for tests). */
export const OVERLAY_ATTR = 'data-offline-im';

export interface Segment {
  nodes: Text[];
  /** Offset of each node's first character in `text`. */
  starts: number[];
  /** Each node's length when collected: a node changed since is not touched. */
  lengths: number[];
  text: string;
  /** The block element holding the text (for its position on screen). */
  block: Element | null;
}

/** An element whose text flows on with its neighbours' text (so it belongs to its block's string). */
export function isInline(el: Element): boolean {
  return INLINE.has(el.localName);
}

function isSkipped(el: Element): boolean {
  if (SKIP.has(el.localName)) return true;
  const editable = el.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

/** The nearest ancestor that is not an inline element: text in one block reads as one string. */
export function blockOf(node: Node): Element | null {
  let el = node.parentElement;
  while (el && INLINE.has(el.localName)) el = el.parentElement;
  return el;
}

/** True when `node` or an ancestor is a region we never mark. */
export function insideSkippedRegion(node: Node): boolean {
  for (let el = node.nodeType === 1 ? (node as Element) : node.parentElement; el; el = el.parentElement) {
    if (isSkipped(el)) return true;
  }
  return false;
}

export interface SegmentWalker {
  /** Segments completed before `deadline` (performance.now()) or before `max` of them. */
  collect(deadline: number, max: number): Segment[];
  readonly done: boolean;
}

/** `exclude`: a subtree never read (the overlay's own layer, when the walk starts above it). */
export function createSegmentWalker(root: Node, exclude?: Node): SegmentWalker {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 0x1 | 0x4 /* SHOW_ELEMENT | SHOW_TEXT */);
  let done = doc.designMode === 'on' || insideSkippedRegion(root);
  let nodes: Text[] = [];
  let starts: number[] = [];
  let lengths: number[] = [];
  let parts: string[] = [];
  let length = 0;
  let block: Element | null = null;
  let out: Segment[] = [];

  const flush = () => {
    if (nodes.length > 0) out.push({ nodes, starts, lengths, text: parts.join(''), block });
    nodes = [];
    starts = [];
    lengths = [];
    parts = [];
    length = 0;
    block = null;
  };

  /** Moves past the current node's subtree; false at the end of the walk. */
  const skipSubtree = (): boolean => {
    while (!walker.nextSibling()) {
      if (!walker.parentNode() || walker.currentNode === root) return false;
    }
    return true;
  };

  // The next node to look at; null once the walk is over.
  let current: Node | null = done ? null : root.nodeType === 3 ? root : walker.nextNode();
  if (root.nodeType === 3) walker.currentNode = root;

  return {
    get done() {
      return done;
    },
    collect(deadline, max) {
      out = [];
      let count = 0;
      while (current) {
        const node = current;
        if (node.nodeType === 3) {
          const text = node as Text;
          const data = text.data;
          if (data.length > 0) {
            const own = blockOf(text);
            if (own !== block) flush();
            block = own;
            nodes.push(text);
            starts.push(length);
            lengths.push(data.length);
            parts.push(data);
            length += data.length;
          }
          current = walker.nextNode();
        } else {
          const el = node as Element;
          if (el === exclude || isSkipped(el)) {
            flush();
            current = skipSubtree() ? walker.currentNode : null;
          } else {
            if (!INLINE.has(el.localName)) flush();
            current = walker.nextNode();
          }
        }
        if (++count % 64 === 0 && (out.length >= max || performance.now() >= deadline)) break;
      }
      if (!current) {
        done = true;
        flush();
      }
      return out;
    },
  };
}
