// Runs the engine over a batch of segments at once: their texts joined by line
// breaks make one scan() call, and each finding is mapped back to the text
// node (and offset in it) where the build's text ends.
import { scan, type Finding, type MailboxLocation } from '../core/index.ts';
import { applyOrganisationMinimum } from '../settings/managed-thresholds.ts';
import type { Segment } from './text-walker.ts';

export interface BuildText {
  finding: Finding;
  /** The text node holding the build's last character. */
  node: Text;
  /** Offset in `node` right after the build's text. */
  offset: number;
  /** The node's length when it was read: if it changed since, the page rewrote it. */
  length: number;
}

/** Builds found in `segments`, in document order; `thresholds` carries an organisation's raised minimum. */
export function findBuildText(segments: readonly Segment[], thresholds?: Readonly<Record<MailboxLocation, string>>): BuildText[] {
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
  const scanned = scan(texts.join('\n'));
  const { findings } = thresholds ? applyOrganisationMinimum(scanned, thresholds) : scanned;
  const out: BuildText[] = [];
  let s = 0;
  for (const finding of findings) {
    while (s + 1 < segments.length && bases[s + 1]! <= finding.start) s++;
    const segment = segments[s]!;
    const end = finding.end - bases[s]!;
    if (end > segment.text.length) continue; // cannot happen: a finding never spans a line break
    const place = locate(segment, end);
    if (place) out.push({ finding, ...place });
  }
  return out;
}

/** The node and offset of `end` in a segment; an end on a node boundary belongs to the earlier node. */
function locate(segment: Segment, end: number): { node: Text; offset: number; length: number } | undefined {
  let lo = 0;
  let hi = segment.starts.length - 1;
  // Last node whose start is < end.
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segment.starts[mid]! < end) lo = mid;
    else hi = mid - 1;
  }
  const node = segment.nodes[lo]!;
  // The page changed this node since it was read: leave it alone.
  if (!node.isConnected || node.data.length !== segment.lengths[lo]) return undefined;
  return { node, offset: end - segment.starts[lo]!, length: segment.lengths[lo]! };
}
