import { describe, expect, it } from 'vitest';
import { reliefImage } from './top-relief.ts';

const grey = (img: Uint8ClampedArray, n: number, x: number, y: number) => img[(y * n + x) * 4]!;

describe('top-view relief', () => {
  it('leaves a level film and bare substrate at mid-grey, so the overlay changes nothing there', () => {
    const n = 8;
    for (const h of [0, 4.85]) {
      const img = reliefImage(new Float32Array(n * n).fill(h), n);
      for (let i = 0; i < n * n; i++) expect(img[i * 4]).toBe(128);
    }
  });

  it('shows a whisker light and a pore dark, with the light from the upper left', () => {
    const n = 16;
    const h = new Float32Array(n * n).fill(5);
    h[4 * n + 4] = 9; // a whisker
    h[10 * n + 10] = 1; // a pore
    const img = reliefImage(h, n);
    expect(grey(img, n, 4, 4)).toBeGreaterThan(200);
    expect(grey(img, n, 10, 10)).toBeLessThan(60);
    // Ground rising toward the whisker from the upper left faces the light; behind it lies shadow.
    expect(grey(img, n, 3, 3)).toBeGreaterThan(grey(img, n, 5, 5));
  });
});
