import { BufferAttribute, BufferGeometry } from 'three';
import { srgbByteToLinear } from '../../../common/render/srgb.ts';
import { rampRgb, type Rgb } from './css-color.ts';
import type { HeightGrid } from './height-map.ts';

/**
 * One indexed surface over the patch (x, z across, y up, centred on the origin), vertex
 * colours from a ramp over height. Positions in µm, heights times `exaggeration`.
 */
export function buildHeightGeometry(grid: HeightGrid, patchUm: number, exaggeration: number, ramp: readonly Rgb[], maxHeightUm: number): BufferGeometry {
  const { n, heightsUm } = grid;
  const positions = new Float32Array(n * n * 3);
  const colors = new Float32Array(n * n * 3);
  const step = patchUm / Math.max(1, n - 1);
  for (let r = 0; r < n; r++) {
    for (let c = 0; c < n; c++) {
      const i = r * n + c;
      const h = heightsUm[i]!;
      positions[i * 3] = c * step - patchUm / 2;
      positions[i * 3 + 1] = h * exaggeration;
      positions[i * 3 + 2] = r * step - patchUm / 2;
      const rgb = rampRgb(ramp, maxHeightUm > 0 ? h / maxHeightUm : 0);
      colors[i * 3] = srgbByteToLinear(rgb[0]);
      colors[i * 3 + 1] = srgbByteToLinear(rgb[1]);
      colors[i * 3 + 2] = srgbByteToLinear(rgb[2]);
    }
  }
  const index = new Uint32Array((n - 1) * (n - 1) * 6);
  let k = 0;
  for (let r = 0; r < n - 1; r++) {
    for (let c = 0; c < n - 1; c++) {
      const a = r * n + c;
      const b = a + 1;
      const d = a + n;
      const e = d + 1;
      index.set([a, d, b, b, d, e], k);
      k += 6;
    }
  }
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new BufferAttribute(positions, 3));
  geometry.setAttribute('color', new BufferAttribute(colors, 3));
  geometry.setIndex(new BufferAttribute(index, 1));
  geometry.computeVertexNormals();
  geometry.computeBoundingSphere();
  return geometry;
}
