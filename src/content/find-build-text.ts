// Runs the engine over a batch of segments at once: their texts joined by line
// breaks make one scan() call, and each finding is mapped back to the text
// nodes (and offsets in them) where the build's text starts and ends. Nothing
// is written: a mark is only a pair of positions in the page's own text.
import { scan, type Finding, type MailboxLocation } from '../core/index.ts';
import type { Segment } from './text-walker.ts';

export interface TextPoint {
  node: Text;
  offset: number;
  /** The node's length when it was read: if it changed since, the page rewrote it. */
  length: number;
}

export interface BuildText {
  finding: Finding;
  start: TextPoint;
  /** Right after the build's last character. */
  end: TextPoint;
  /** The block element holding the text. */
  block: Element;
}

/**
 * Builds found in `segments`, in document order. `thresholds` are the ones in
 * force (an organisation's raised minimum): the engine judges against them.
 */
export function findBuildText(
  segments: readonly Segment[],
  thresholds?: Readonly<Record<MailboxLocation, string>>,
  onBlocked?: () => void,
): BuildText[] {
  if (segments.length === 0) return [];
  // Each segment is its own line(s): a build never runs from one cell into the next.
  const bases: number[] = [];
  const texts: string[] = [];
  let at = 0;
  for (const segment of segments) {
    bases.push(at);
    texts.push(segment.text);
    at += segment.text.length + 1;
  }
  const { findings, summary } = scan(texts.join('\n'), thresholds ? { thresholds: { ...thresholds } } : {});
  // The page shows a server switch that turns offline IM off for everyone (Summary.blocked, per the engine's contract).
  if (summary.blocked) onBlocked?.();
  const out: BuildText[] = [];
  let s = 0;
  for (const finding of findings) {
    while (s + 1 < segments.length && bases[s + 1]! <= finding.start) s++;
    const segment = segments[s]!;
    const from = finding.start - bases[s]!;
    const to = finding.end - bases[s]!;
    if (to > segment.text.length || !segment.block) continue; // cannot happen: a finding never spans a line break
    const start = locate(segment, from, false);
    const end = locate(segment, to, true);
    if (start && end) out.push({ finding, start, end, block: segment.block });
  }
  return out;
}

/** The node and offset of `at` in a segment; on a node boundary an end belongs to the earlier node, a start to the later. */
function locate(segment: Segment, at: number, isEnd: boolean): TextPoint | undefined {
  let lo = 0;
  let hi = segment.starts.length - 1;
  // Last node whose start is < at (an end) or <= at (a start).
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const start = segment.starts[mid]!;
    if (isEnd ? start < at : start <= at) lo = mid;
    else hi = mid - 1;
  }
  const node = segment.nodes[lo]!;
  // The page changed this node since it was read: leave it alone.
  if (!node.isConnected || node.data.length !== segment.lengths[lo]) return undefined;
  return { node, offset: at - segment.starts[lo]!, length: segment.lengths[lo]! };
}
