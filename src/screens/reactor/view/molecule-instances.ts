import { Color, Matrix4, Quaternion, Vector3 } from 'three';
import type { MoleculeSpec } from '../../../../worker/ald/types.ts';
import { atomRadiusA, type ScenePalette } from './reactor-colors.ts';
import type { FrameBuffers } from './instance-buffer.ts';

/** Ball-and-stick molecules written into instance buffers (heavy atoms, hydrogens, bonds). */

export interface PreparedMolecule {
  spec: MoleculeSpec;
  /** Atom positions (Å) relative to the anchor: the centroid for gas molecules, the spec origin for fragments. */
  positions: Float32Array;
  radii: Float32Array;
  heavyCount: number;
  hydrogenCount: number;
  bondCount: number;
  /** Highest atom above the anchor (Å). */
  topA: number;
}

export const BOND_RADIUS_A = 0.14;

export function prepareMolecule(spec: MoleculeSpec, centred: boolean): PreparedMolecule {
  const n = spec.atoms.length;
  let cx = 0;
  let cy = 0;
  let cz = 0;
  if (centred && n > 0) {
    for (const a of spec.atoms) {
      cx += a.x;
      cy += a.y;
      cz += a.z;
    }
    cx /= n;
    cy /= n;
    cz /= n;
  }
  const positions = new Float32Array(n * 3);
  const radii = new Float32Array(n);
  let topA = 0;
  let hydrogenCount = 0;
  spec.atoms.forEach((a, i) => {
    positions[i * 3] = a.x - cx;
    positions[i * 3 + 1] = a.y - cy;
    positions[i * 3 + 2] = a.z - cz;
    radii[i] = atomRadiusA(a.el);
    topA = Math.max(topA, a.z - cz + radii[i]);
    if (a.el === 'H') hydrogenCount += 1;
  });
  return {
    spec,
    positions,
    radii,
    heavyCount: n - hydrogenCount,
    hydrogenCount,
    bondCount: spec.bonds.length,
    topA,
  };
}

const matrix = new Matrix4();
const unitQuat = new Quaternion();
const bondQuat = new Quaternion();
const yAxis = new Vector3(0, 1, 0);
const pos = new Vector3();
const other = new Vector3();
const dir = new Vector3();
const scale = new Vector3();
const color = new Color();
let scratch = new Float32Array(3 * 64);

/**
 * Writes one molecule placed at `origin`, turned by `rotation`, shrunk by `size` (0..1) and
 * faded toward the background by `fade` (0 = full colour, 1 = background).
 */
export function writeMolecule(
  mol: PreparedMolecule,
  origin: Vector3,
  rotation: Quaternion,
  size: number,
  fade: number,
  palette: ScenePalette,
  out: FrameBuffers,
): void {
  const n = mol.spec.atoms.length;
  if (scratch.length < n * 3) scratch = new Float32Array(n * 3);
  for (let i = 0; i < n; i++) {
    pos.fromArray(mol.positions, i * 3).applyQuaternion(rotation).multiplyScalar(size).add(origin);
    pos.toArray(scratch, i * 3);
    const r = mol.radii[i] * size;
    matrix.compose(pos, unitQuat, scale.set(r, r, r));
    const el = mol.spec.atoms[i].el;
    color.copy(palette.atom(el)).lerp(palette.background, fade);
    (el === 'H' ? out.hydrogens : out.heavyAtoms).push(matrix, color);
  }
  color.copy(palette.bond).lerp(palette.background, fade);
  const bondR = BOND_RADIUS_A * size;
  for (const [a, b] of mol.spec.bonds) {
    pos.fromArray(scratch, a * 3);
    other.fromArray(scratch, b * 3);
    dir.subVectors(other, pos);
    const length = dir.length();
    if (length < 1e-6) continue;
    bondQuat.setFromUnitVectors(yAxis, dir.divideScalar(length));
    pos.add(other).multiplyScalar(0.5);
    matrix.compose(pos, bondQuat, scale.set(bondR, length, bondR));
    out.bonds.push(matrix, color);
  }
}
