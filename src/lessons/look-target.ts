/**
 * The view a step points at (`look` in a lesson's sim block): screens mark it with
 * `data-look="<id> …"` (a space-separated list), inside their own shadow roots, so the search walks into each one.
 */
export function findLookTarget(root: ParentNode, id: string): HTMLElement | null {
  const direct = root.querySelector<HTMLElement>(`[data-look~="${CSS.escape(id)}"]`);
  if (direct) return direct;
  for (const el of root.querySelectorAll<HTMLElement>('*')) {
    if (el.shadowRoot) {
      const found = findLookTarget(el.shadowRoot, id);
      if (found) return found;
    }
  }
  return null;
}

/** Scrolls the view into sight and rings it for a moment (still, with reduced motion), keeping keyboard focus where it is. */
export function showLookTarget(el: HTMLElement, reducedMotion: boolean): void {
  el.scrollIntoView({ behavior: reducedMotion ? 'auto' : 'smooth', block: 'nearest' });
  const ring = { outline: '4px solid var(--ip-focus, #ffd84d)', outlineOffset: '2px' };
  el.animate([ring, reducedMotion ? ring : { ...ring, outlineColor: 'transparent' }], { duration: 2400, easing: 'ease-in' });
}
