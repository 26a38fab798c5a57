import { Color, Matrix4, Quaternion, Vector3 } from 'three';
import { SiteState, type AldSnapshot, type ProcessDefinition } from '../../../../worker/ald/types.ts';
import type { FrameBuffers, LayerKey } from './instance-buffer.ts';
import { prepareMolecule, writeMolecule, type PreparedMolecule } from './molecule-instances.ts';
import { writeFilm } from './film-layers.ts';
import type { ScenePalette } from './reactor-colors.ts';
import {
  CVD_LUMPS_PER_SITE,
  EXCESS_GAS_MOLECULES,
  GAS_HEIGHT_A,
  MAX_FILM_BANDS,
  SITE_SPACING_A,
  clamp01,
  filmVerticalScale,
  hash01,
  siteX,
  siteY,
  smoothstep,
} from './scene-layout.ts';

/**
 * Turns (previous snapshot, next snapshot, phase) into instance lists. Pure: no WebGL, no
 * allocation per frame, deterministic, so tests can count what a frame would draw.
 */

export interface ProcessMolecules {
  precursorA: PreparedMolecule;
  precursorB: PreparedMolecule;
  byproduct: PreparedMolecule;
  fragmentA: PreparedMolecule;
  fragmentB: PreparedMolecule;
}

export function prepareProcess(def: ProcessDefinition): ProcessMolecules {
  return {
    precursorA: prepareMolecule(def.precursorA, true),
    precursorB: prepareMolecule(def.precursorB, true),
    byproduct: prepareMolecule(def.byproduct, true),
    fragmentA: prepareMolecule(def.fragmentA, false),
    fragmentB: prepareMolecule(def.fragmentB, false),
  };
}

/** Worst-case instances per layer, for preallocating the buffers once per process and grid. */
export function planCapacity(mols: ProcessMolecules, siteCount: number): Record<LayerKey, number> {
  const fragments = [mols.fragmentA, mols.fragmentB];
  const precursors = [mols.precursorA, mols.precursorB];
  const gas = [...precursors, mols.byproduct];
  const most = (list: PreparedMolecule[], pick: (m: PreparedMolecule) => number): number =>
    Math.max(...list.map(pick));
  // Per site: its fragment plus one gas molecule (incoming precursor or leaving byproduct).
  const perSite = (pick: (m: PreparedMolecule) => number): number =>
    siteCount * (most(fragments, pick) + most(gas, pick)) + EXCESS_GAS_MOLECULES * most(precursors, pick);
  return {
    sites: siteCount,
    blocked: siteCount,
    film: siteCount * MAX_FILM_BANDS,
    heavyAtoms: perSite((m) => m.heavyCount),
    hydrogens: perSite((m) => m.hydrogenCount),
    bonds: perSite((m) => m.bondCount),
    cvd: siteCount * CVD_LUMPS_PER_SITE,
  };
}

export interface FrameInfo {
  /** Display height per Å of real film (1 = true scale). */
  filmVerticalScale: number;
}

const FREE_DISC = { radius: 0.36 * SITE_SPACING_A, height: 0.5 };
const REACTED_DISC = { radius: 0.22 * SITE_SPACING_A, height: 0.5 };
const BLOCKED_TILE = { side: 0.5 * SITE_SPACING_A, height: 0.6 };
/** Phase window of one molecule's flight and of one byproduct's rise. */
const FLIGHT_START_SPREAD = 0.35;
const FLIGHT_DURATION = 0.4;
const RISE_DURATION = 0.25;
const SWEEP_DURATION = 0.7;

const matrix = new Matrix4();
const noRotation = new Quaternion();
const rotation = new Quaternion();
const position = new Vector3();
const start = new Vector3();
const end = new Vector3();
const axis = new Vector3();
const size = new Vector3();
const color = new Color();
const quarterTurns = [0, 1, 2, 3].map((k) => new Quaternion().setFromAxisAngle(new Vector3(0, 0, 1), (k * Math.PI) / 2));

export function buildFrame(
  mols: ProcessMolecules,
  palette: ScenePalette,
  prev: AldSnapshot | null,
  next: AldSnapshot,
  phase: number,
  out: FrameBuffers,
  heightsA: Float32Array,
): FrameInfo {
  for (const buffer of Object.values(out)) buffer.clear();
  const p = clamp01(phase);
  const before = isPredecessor(prev, next) ? prev : null;
  const siteCount = next.sizeX * next.sizeY;
  const kind = next.lastHalfStep;
  const pulse = kind === 'pulseA' || kind === 'pulseB';

  const scale = filmVerticalScale(Math.max(maxOf(next.heightNm), before ? maxOf(before.heightNm) : 0));
  const grow = smoothstep(p);
  let maxHeightA = 0;
  for (let s = 0; s < siteCount; s++) {
    const nm = before ? before.heightNm[s] + (next.heightNm[s] - before.heightNm[s]) * grow : next.heightNm[s];
    heightsA[s] = nm * 10 * scale;
    maxHeightA = Math.max(maxHeightA, heightsA[s]);
  }
  writeFilm(next, heightsA, palette, out.film);

  // The gas zone starts above the tallest fragment so molecules never pass through the film.
  const gasFloorA = maxHeightA + Math.max(mols.fragmentA.topA, mols.fragmentB.topA) + 2;
  const seed = next.halfStepCount;

  for (let j = 0; j < next.sizeY; j++) {
    for (let i = 0; i < next.sizeX; i++) {
      const s = j * next.sizeX + i;
      const x = siteX(i, next.sizeX);
      const y = siteY(j, next.sizeY);
      const topA = heightsA[s];
      let state = next.siteState[s] as SiteState;
      if (pulse && next.reactedNow[s] === 1) {
        const t0 = FLIGHT_START_SPREAD * hash01(s, seed, 1);
        const land = t0 + FLIGHT_DURATION;
        if (p < land) {
          state = before ? (before.siteState[s] as SiteState) : kind === 'pulseA' ? SiteState.FreeA : SiteState.ReactedA;
          if (p >= t0) {
            const incoming = kind === 'pulseA' ? mols.precursorA : mols.precursorB;
            writeIncoming(incoming, s, seed, x, y, topA, gasFloorA, (p - t0) / FLIGHT_DURATION, palette, out);
          }
        } else {
          const fragment = state === SiteState.ReactedB ? mols.fragmentB : mols.fragmentA;
          const u = clamp01((p - land) / RISE_DURATION);
          start.set(x, y, topA + fragment.topA);
          byproductRestingPlace(s, seed, x, y, gasFloorA, end);
          position.lerpVectors(start, end, smoothstep(u));
          tumble(s, seed, u * Math.PI);
          writeMolecule(mols.byproduct, position, rotation, 1, 0, palette, out);
        }
      } else if (before && p < 0.5) {
        state = before.siteState[s] as SiteState;
      }
      writeSite(state, mols, x, y, topA, s, palette, out);
      if (next.cvdNow[s] === 1) writeCvd(s, seed, x, y, topA, smoothstep((p - 0.3) / 0.5), palette, out);
    }
  }

  if (pulse) writeExcessArriving(kind === 'pulseA' ? mols.precursorA : mols.precursorB, next, seed, gasFloorA, p, palette, out);
  else if (before && (before.lastHalfStep === 'pulseA' || before.lastHalfStep === 'pulseB')) {
    writeSweep(mols, before, gasFloorA, p, palette, out);
  }
  return { filmVerticalScale: scale };
}

/** Transitions animate only between consecutive snapshots of the same run. */
function isPredecessor(prev: AldSnapshot | null, next: AldSnapshot): prev is AldSnapshot {
  return (
    prev !== null &&
    prev.processId === next.processId &&
    prev.sizeX === next.sizeX &&
    prev.sizeY === next.sizeY &&
    prev.halfStepCount === next.halfStepCount - 1
  );
}

function maxOf(values: Float32Array): number {
  let m = 0;
  for (let k = 0; k < values.length; k++) if (values[k] > m) m = values[k];
  return m;
}

function tumble(a: number, b: number, angle: number): void {
  axis.set(hash01(a, b, 7) - 0.5, hash01(a, b, 8) - 0.5, hash01(a, b, 9) - 0.5);
  if (axis.lengthSq() < 1e-6) axis.set(1, 0, 0);
  rotation.setFromAxisAngle(axis.normalize(), angle);
}

function writeSite(
  state: SiteState,
  mols: ProcessMolecules,
  x: number,
  y: number,
  topA: number,
  s: number,
  palette: ScenePalette,
  out: FrameBuffers,
): void {
  if (state === SiteState.Blocked) {
    position.set(x, y, topA + BLOCKED_TILE.height / 2);
    matrix.compose(position, noRotation, size.set(BLOCKED_TILE.side, BLOCKED_TILE.side, BLOCKED_TILE.height));
    out.blocked.push(matrix, palette.siteBlocked);
    return;
  }
  const free = state === SiteState.FreeA;
  const disc = free ? FREE_DISC : REACTED_DISC;
  position.set(x, y, topA + disc.height / 2);
  matrix.compose(position, noRotation, size.set(disc.radius, disc.radius, disc.height));
  out.sites.push(matrix, free ? palette.siteFree : state === SiteState.ReactedA ? palette.siteReactedA : palette.siteReactedB);
  if (free) return;
  const fragment = state === SiteState.ReactedA ? mols.fragmentA : mols.fragmentB;
  position.set(x, y, topA + disc.height);
  // A quarter-turn per site so neighbouring ligands do not all point the same way.
  writeMolecule(fragment, position, quarterTurns[Math.floor(hash01(s, 0, 3) * 4)], 1, 0, palette, out);
}

function writeIncoming(
  mol: PreparedMolecule,
  s: number,
  seed: number,
  x: number,
  y: number,
  topA: number,
  gasFloorA: number,
  u: number,
  palette: ScenePalette,
  out: FrameBuffers,
): void {
  const t = clamp01(u);
  start.set(
    x + (hash01(s, seed, 2) - 0.5) * 3 * SITE_SPACING_A,
    y + (hash01(s, seed, 4) - 0.5) * 3 * SITE_SPACING_A,
    gasFloorA + GAS_HEIGHT_A + 12,
  );
  end.set(x, y, topA + mol.topA);
  position.lerpVectors(start, end, t * t * (2 - t));
  // Tumbles in the gas, settles upright as it lands.
  tumble(s, seed, (1 - t) * 2.5 * Math.PI);
  writeMolecule(mol, position, rotation, 1, 0, palette, out);
}

function byproductRestingPlace(s: number, seed: number, x: number, y: number, gasFloorA: number, target: Vector3): void {
  target.set(
    x + (hash01(s, seed, 5) - 0.5) * SITE_SPACING_A,
    y + (hash01(s, seed, 6) - 0.5) * SITE_SPACING_A,
    gasFloorA + GAS_HEIGHT_A * (0.55 + 0.45 * hash01(s, seed, 10)),
  );
}

function excessRestingPlace(k: number, seed: number, snapshot: AldSnapshot, gasFloorA: number, target: Vector3): void {
  const halfX = (snapshot.sizeX * SITE_SPACING_A) / 2;
  const halfY = (snapshot.sizeY * SITE_SPACING_A) / 2;
  target.set(
    (hash01(k, seed, 11) * 2 - 1) * halfX,
    (hash01(k, seed, 12) * 2 - 1) * halfY,
    gasFloorA + GAS_HEIGHT_A * (0.2 + 0.7 * hash01(k, seed, 13)),
  );
}

/** Precursor that does not react: drifts in and stays in the gas until the purge. */
function writeExcessArriving(
  mol: PreparedMolecule,
  next: AldSnapshot,
  seed: number,
  gasFloorA: number,
  p: number,
  palette: ScenePalette,
  out: FrameBuffers,
): void {
  for (let k = 0; k < EXCESS_GAS_MOLECULES; k++) {
    const t0 = 0.5 * hash01(k, seed, 14);
    if (p < t0) continue;
    const t = clamp01((p - t0) / 0.45);
    excessRestingPlace(k, seed, next, gasFloorA, end);
    start.set(end.x, end.y, gasFloorA + GAS_HEIGHT_A + 14);
    position.lerpVectors(start, end, t * (2 - t));
    tumble(k + 100_000, seed, p * 2 * Math.PI);
    writeMolecule(mol, position, rotation, 1, 0, palette, out);
  }
}

/** Purge: the pulse's byproducts and excess precursor are pushed out sideways and fade. */
function writeSweep(
  mols: ProcessMolecules,
  pulse: AldSnapshot,
  gasFloorA: number,
  p: number,
  palette: ScenePalette,
  out: FrameBuffers,
): void {
  const seed = pulse.halfStepCount;
  const sweepA = pulse.sizeX * SITE_SPACING_A * 1.3 + 20;
  const place = (delaySalt: number, a: number, mol: PreparedMolecule, spinA: number): void => {
    const w = clamp01((p - 0.25 * hash01(a, seed, delaySalt)) / SWEEP_DURATION);
    if (w >= 1) return;
    position.set(end.x + w * w * sweepA, end.y, end.z + w * 4);
    tumble(spinA, seed, Math.PI * (1 + w));
    writeMolecule(mol, position, rotation, 1 - 0.5 * w, w, palette, out);
  };
  for (let j = 0; j < pulse.sizeY; j++) {
    for (let i = 0; i < pulse.sizeX; i++) {
      const s = j * pulse.sizeX + i;
      if (pulse.reactedNow[s] !== 1) continue;
      byproductRestingPlace(s, seed, siteX(i, pulse.sizeX), siteY(j, pulse.sizeY), gasFloorA, end);
      place(15, s, mols.byproduct, s);
    }
  }
  const leftover = pulse.lastHalfStep === 'pulseA' ? mols.precursorA : mols.precursorB;
  for (let k = 0; k < EXCESS_GAS_MOLECULES; k++) {
    excessRestingPlace(k, seed, pulse, gasFloorA, end);
    place(16, k + 100_000, leftover, k + 100_000);
  }
}

function writeCvd(
  s: number,
  seed: number,
  x: number,
  y: number,
  topA: number,
  growth: number,
  palette: ScenePalette,
  out: FrameBuffers,
): void {
  if (growth <= 0) return;
  for (let k = 0; k < CVD_LUMPS_PER_SITE; k++) {
    const r = (1.5 + 0.8 * hash01(s, k, 17)) * growth;
    position.set(
      x + (hash01(s, k, 18) - 0.5) * 0.6 * SITE_SPACING_A,
      y + (hash01(s, k, 19) - 0.5) * 0.6 * SITE_SPACING_A,
      topA + r * (0.5 + k * 0.6),
    );
    tumble(s, k + seed, hash01(s, k, 20) * Math.PI);
    matrix.compose(position, rotation, size.set(r, r, r * 0.8));
    color.copy(palette.cvd).multiplyScalar(0.8 + 0.2 * hash01(s, k, 21));
    out.cvd.push(matrix, color);
  }
}
