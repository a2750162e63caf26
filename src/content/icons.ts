// Verdict icons as inline SVG built node by node (no markup strings): the icon
// is the second signal next to the verdict's text, so colour is never the only one.
import type { Verdict } from '../core/index.ts';

const SVG = 'http://www.w3.org/2000/svg';

/** Strokes drawn inside a circle, per verdict: a tick, an up arrow, a cross, a question mark. */
const STROKES: Record<Verdict, string[]> = {
  eligible: ['M5 8.3l2.1 2.1L11.2 6'],
  'upgrade-required': ['M8 11.4V4.8', 'M5.3 7.4L8 4.7l2.7 2.7'],
  'not-supported': ['M5.6 5.6l4.8 4.8', 'M10.4 5.6l-4.8 4.8'],
  blocked: ['M4.4 11.6l7.2-7.2'],
  unknown: ['M6.2 6.3a1.85 1.85 0 1 1 2.7 1.65c-.55.3-.9.7-.9 1.3v.35', 'M8 11.3v.2'],
};

export function verdictIcon(doc: Document, verdict: Verdict): SVGSVGElement {
  const svg = doc.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  svg.setAttribute('class', 'icon');
  const circle = doc.createElementNS(SVG, 'circle');
  circle.setAttribute('cx', '8');
  circle.setAttribute('cy', '8');
  circle.setAttribute('r', '6.6');
  svg.append(circle);
  for (const d of STROKES[verdict]) {
    const path = doc.createElementNS(SVG, 'path');
    path.setAttribute('d', d);
    svg.append(path);
  }
  return svg;
}
