// Which of the elements holding builds are on screen, asked of an
// IntersectionObserver: it reports geometry the browser has already computed,
// so deciding costs no layout read of ours (no getBoundingClientRect after a
// write, no forced synchronous layout). Resolves to the set of visible
// elements, or to undefined when the browser cannot tell in time (no
// IntersectionObserver, a hidden tab): the caller then goes in document order.

export function visibleElements(doc: Document, elements: Iterable<Element>, timeoutMs = 1000): Promise<Set<Element> | undefined> {
  // The content script's own constructor (in Firefox, the page window's one is behind an Xray wrapper).
  const Observer = typeof IntersectionObserver === 'function' ? IntersectionObserver : undefined;
  if (!Observer || doc.visibilityState === 'hidden') return Promise.resolve(undefined);
  return new Promise((resolve) => {
    const visible = new Set<Element>();
    let observer: IntersectionObserver | undefined;
    const finish = (result: Set<Element> | undefined) => {
      clearTimeout(timer);
      observer?.disconnect();
      observer = undefined;
      resolve(result);
    };
    const timer = setTimeout(() => finish(undefined), timeoutMs);
    try {
      // The first callback reports every observed element at once, in one rendering step.
      // A margin of one screen above and below: what a little scrolling reaches is marked first too.
      observer = new Observer(
        (entries) => {
          for (const entry of entries) if (entry.isIntersecting) visible.add(entry.target);
          finish(visible);
        },
        { rootMargin: '100% 0px 100% 0px' },
      );
      for (const element of elements) observer.observe(element);
    } catch {
      finish(undefined);
    }
  });
}
