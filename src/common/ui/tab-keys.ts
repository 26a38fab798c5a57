/**
 * The tab a key moves to in an ARIA tab list (arrows wrap around, Home and End go to the ends),
 * or null for a key the tab list does not handle.
 */
export function tabKeyTarget(key: string, at: number, count: number): number | null {
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  const step = key === 'ArrowRight' ? 1 : key === 'ArrowLeft' ? -1 : 0;
  return step === 0 ? null : (at + step + count) % count;
}
