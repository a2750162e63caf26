// Waits until the browser has rendered (style, layout, paint) the changes made
// so far: a requestAnimationFrame callback runs just before the frame's
// rendering, and a task queued from it runs just after. Used between badge
// writes so that each write costs the page exactly one layout, never several
// writes piling into one huge one, and never a layout per tiny write.
import { yieldToPage } from './yield-to-page.ts';

export function nextFrame(doc: Document): Promise<void> {
  // A hidden tab renders no frames (requestAnimationFrame would never fire).
  if (typeof requestAnimationFrame !== 'function' || doc.visibilityState === 'hidden') return yieldToPage();
  return new Promise((resolve) => {
    let settled = false;
    const done = () => {
      if (settled) return;
      settled = true;
      clearTimeout(fallback);
      resolve();
    };
    // The tab may be hidden while we wait: do not hang the pass on a frame that never comes.
    const fallback = setTimeout(done, 1000);
    requestAnimationFrame(() => setTimeout(done, 0));
  });
}
