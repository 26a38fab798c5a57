/**
 * Canvas and WebGL pixels do not follow CSS custom properties by themselves; the theme
 * writes the --ip-* tokens on <html> (style and data-profile), so a change there redraws.
 */
export function watchTheme(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['style', 'data-profile', 'class'] });
  const media = window.matchMedia('(prefers-contrast: more)');
  media.addEventListener('change', onChange);
  return () => {
    observer.disconnect();
    media.removeEventListener('change', onChange);
  };
}
