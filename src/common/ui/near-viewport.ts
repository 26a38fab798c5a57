/**
 * Tells whether an element is on screen or about to be (within half a viewport), so work for
 * what nobody can see yet (a chart below the fold) waits until it is scrolled near.
 * Browsers without IntersectionObserver count everything as near.
 */
const MARGIN = '50% 0px';

/** Calls `onChange` with true or false whenever the element comes near or leaves; returns a stop function. */
export function watchNearViewport(element: Element, onChange: (near: boolean) => void): () => void {
  if (typeof IntersectionObserver === 'undefined') {
    onChange(true);
    return () => {};
  }
  const observer = new IntersectionObserver((entries) => {
    const last = entries[entries.length - 1];
    if (last) onChange(last.isIntersecting);
  }, { rootMargin: MARGIN });
  observer.observe(element);
  return () => observer.disconnect();
}
