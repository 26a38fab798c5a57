import { BoxGeometry, CylinderGeometry, DodecahedronGeometry, IcosahedronGeometry, type BufferGeometry } from 'three';
import type { LayerKey } from './instance-buffer.ts';

/**
 * Unit geometries of the instanced layers, kept low-poly so a 50-cycle film stays under
 * a million triangles. Instance matrices carry the real sizes.
 */
export function createLayerGeometry(key: LayerKey): BufferGeometry {
  switch (key) {
    case 'sites':
      // Disc of radius 1 and height 1, axis along z (the surface normal).
      return new CylinderGeometry(1, 1, 1, 14, 1).rotateX(Math.PI / 2);
    case 'blocked':
    case 'film':
      return new BoxGeometry(1, 1, 1);
    case 'heavyAtoms':
      return new IcosahedronGeometry(1, 1);
    case 'hydrogens':
      // Hydrogens are small on screen: the coarsest sphere is enough.
      return new IcosahedronGeometry(1, 0);
    case 'bonds':
      // Axis along y; the instance quaternion turns it onto the bond.
      return new CylinderGeometry(1, 1, 1, 5, 1, true);
    case 'cvd':
      return new DodecahedronGeometry(1, 0);
  }
}

export function triangleCount(geometry: BufferGeometry): number {
  const index = geometry.getIndex();
  return (index ? index.count : geometry.getAttribute('position').count) / 3;
}

/** Per-frame limits for the reactor view (software WebGL must still answer input). */
export const FRAME_BUDGET = { drawCalls: 12, instances: 50_000, triangles: 1_000_000 } as const;
