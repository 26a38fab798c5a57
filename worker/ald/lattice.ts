import type { Rng } from '../common/rng.ts';
import { SiteState } from './types.ts';

/** Offsets (dx, dy) within a Euclidean radius (in site spacings), the site itself excluded. */
export function stericOffsets(radiusSites: number): [number, number][] {
  const r = Math.floor(radiusSites);
  const out: [number, number][] = [];
  for (let dy = -r; dy <= r; dy++) {
    for (let dx = -r; dx <= r; dx++) {
      if ((dx !== 0 || dy !== 0) && dx * dx + dy * dy <= radiusSites * radiusSites + 1e-9) out.push([dx, dy]);
    }
  }
  return out;
}

function neighbourTable(sizeX: number, sizeY: number, offsets: [number, number][]): Int32Array {
  const table = new Int32Array(sizeX * sizeY * offsets.length);
  let k = 0;
  for (let y = 0; y < sizeY; y++) {
    for (let x = 0; x < sizeX; x++) {
      for (const [dx, dy] of offsets) {
        // Periodic edges: the patch stands for an endless surface, with no edge sites.
        const nx = (((x + dx) % sizeX) + sizeX) % sizeX;
        const ny = (((y + dy) % sizeY) + sizeY) % sizeY;
        table[k++] = ny * sizeX + nx;
      }
    }
  }
  return table;
}

/**
 * The top surface as a grid of reactive sites with per-site film heights. Hot loops use only
 * preallocated typed arrays; every random draw comes from the caller's seeded stream.
 */
export class SiteLattice {
  readonly sizeX: number;
  readonly sizeY: number;
  readonly size: number;
  readonly state: Uint8Array;
  readonly heightNm: Float64Array;
  readonly reactedNow: Uint8Array;
  readonly cvdNow: Uint8Array;
  /** Places the last A pulse could fill (steric packing) and how many it filled. */
  lastPackingSites = 0;
  lastReactedSites = 0;
  /** B-reactive sites before the last B pulse and how many it completed. */
  lastBCandidates = 0;
  lastBCompleted = 0;
  private readonly steric: Int32Array;
  private readonly stericCount: number;
  private readonly nearest: Int32Array;
  private readonly order: Int32Array;
  private readonly claimed: Uint8Array;
  private readonly fresh: Uint8Array;
  private readonly scratch: Float64Array;

  constructor(sizeX: number, sizeY: number, stericRadiusSites: number) {
    if (!Number.isInteger(sizeX) || !Number.isInteger(sizeY) || sizeX < 1 || sizeY < 1) {
      throw new Error(`lattice size must be positive integers, got ${sizeX}×${sizeY}`);
    }
    this.sizeX = sizeX;
    this.sizeY = sizeY;
    this.size = sizeX * sizeY;
    const offsets = stericOffsets(stericRadiusSites);
    this.stericCount = offsets.length;
    this.steric = neighbourTable(sizeX, sizeY, offsets);
    this.nearest = neighbourTable(sizeX, sizeY, [[1, 0], [-1, 0], [0, 1], [0, -1]]);
    this.state = new Uint8Array(this.size);
    this.heightNm = new Float64Array(this.size);
    this.reactedNow = new Uint8Array(this.size);
    this.cvdNow = new Uint8Array(this.size);
    this.order = new Int32Array(this.size);
    this.claimed = new Uint8Array(this.size);
    this.fresh = new Uint8Array(this.size);
    this.scratch = new Float64Array(this.size);
    this.reset();
  }

  reset(): void {
    this.state.fill(SiteState.FreeA);
    this.heightNm.fill(0);
    this.clearMarks();
    for (let i = 0; i < this.size; i++) this.order[i] = i;
    this.lastPackingSites = this.lastReactedSites = this.lastBCandidates = this.lastBCompleted = 0;
  }

  clearMarks(): void {
    this.reactedNow.fill(0);
    this.cvdNow.fill(0);
  }

  private hasNeighbourIn(site: number, values: Uint8Array, value: number): boolean {
    const base = site * this.stericCount;
    for (let k = 0; k < this.stericCount; k++) {
      if (values[this.steric[base + k]] === value) return true;
    }
    return false;
  }

  /**
   * A pulse. A seeded random order (the order molecules would arrive in a long dose) packs
   * ligands until every free site is hidden by a bound neighbour: steric jamming. Each place in
   * that packing gets its molecule before the pulse ends with probability reactProbability
   * (1 − x1). Free sites hidden by a bound ligand become Blocked.
   *
   * A layer has as many places as a fresh surface jams at in the same arrival order, and
   * fragments left unfinished by the last B pulse take some of them. Without that cap the
   * packing would squeeze in between the leftovers (random sequential adsorption refilled
   * around a thinned packing jams denser than on a fresh surface), so short B pulses grew up
   * to 16 % more than the expected value (aldenv), whose places per layer are fixed.
   */
  pulseA(reactProbability: number, rng: Rng): number {
    const { state, claimed, order } = this;
    for (let i = 0; i < this.size; i++) {
      if (state[i] === SiteState.ReactedB) state[i] = SiteState.FreeA;
      claimed[i] = state[i] === SiteState.ReactedA ? 1 : 0;
    }
    for (let i = this.size - 1; i > 0; i--) {
      const j = Math.floor(rng() * (i + 1));
      const t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    const places = this.freshPackingCount();
    let taken = this.count(SiteState.ReactedA);
    let packing = 0;
    let reacted = 0;
    for (let k = 0; k < this.size && taken < places; k++) {
      const i = order[k];
      if (state[i] !== SiteState.FreeA || this.hasNeighbourIn(i, claimed, 1)) continue;
      claimed[i] = 1;
      taken++;
      packing++;
      if (rng() < reactProbability) {
        state[i] = SiteState.ReactedA;
        this.reactedNow[i] = 1;
        reacted++;
      }
    }
    this.markHidden();
    this.lastPackingSites = packing;
    this.lastReactedSites = reacted;
    return reacted;
  }

  /** Places the current arrival order would fill on a fresh surface (no fragments bound yet). */
  private freshPackingCount(): number {
    const { fresh, order } = this;
    fresh.fill(0);
    let n = 0;
    for (let k = 0; k < this.size; k++) {
      const i = order[k];
      if (this.hasNeighbourIn(i, fresh, 1)) continue;
      fresh[i] = 1;
      n++;
    }
    return n;
  }

  private markHidden(): void {
    for (let i = 0; i < this.size; i++) {
      if (this.state[i] === SiteState.FreeA && this.hasNeighbourIn(i, this.state, SiteState.ReactedA)) {
        this.state[i] = SiteState.Blocked;
      }
    }
  }

  /** Bound A fragments leave again with the given probability; sites they hid are freed. */
  desorb(probability: number, rng: Rng): number {
    if (probability <= 0) return 0;
    let left = 0;
    for (let i = 0; i < this.size; i++) {
      if (this.state[i] === SiteState.ReactedA && rng() < probability) {
        this.state[i] = SiteState.FreeA;
        left++;
      }
    }
    for (let i = 0; i < this.size; i++) {
      if (this.state[i] === SiteState.Blocked && !this.hasNeighbourIn(i, this.state, SiteState.ReactedA)) {
        this.state[i] = SiteState.FreeA;
      }
    }
    return left;
  }

  /** B pulse: each bound A fragment completes with probability (1 − x2) and the film grows there. */
  pulseB(completeProbability: number, incrementNm: number, rng: Rng): number {
    let candidates = 0;
    let completed = 0;
    for (let i = 0; i < this.size; i++) {
      const s = this.state[i];
      if (s === SiteState.ReactedA) {
        candidates++;
        if (rng() < completeProbability) {
          this.state[i] = SiteState.ReactedB;
          this.heightNm[i] += incrementNm;
          this.reactedNow[i] = 1;
          completed++;
        }
      } else if (s === SiteState.Blocked) {
        // The new layer covers the hidden sites: they become reactive again.
        this.state[i] = SiteState.FreeA;
      }
    }
    this.lastBCandidates = candidates;
    this.lastBCompleted = completed;
    return completed;
  }

  /** Uncontrolled deposit of meanNm spread over random sites in lumps of about one site increment. */
  deposit(meanNm: number, lumpNm: number, rng: Rng): number {
    if (meanNm <= 0) return 0;
    const p = Math.min(1, meanNm / lumpNm);
    const amount = meanNm / p;
    let hits = 0;
    for (let i = 0; i < this.size; i++) {
      if (rng() < p) {
        this.heightNm[i] += amount;
        this.cvdNow[i] = 1;
        hits++;
      }
    }
    return hits;
  }

  /**
   * Spreads each site's height toward its four neighbours by the given fraction. The sum is
   * unchanged, so the measured mean thickness is unchanged; the film stays as smooth as real
   * ALD films instead of growing columns.
   */
  relax(fraction: number): void {
    const h = this.heightNm;
    const out = this.scratch;
    for (let i = 0; i < this.size; i++) {
      const b = i * 4;
      const mean = (h[this.nearest[b]] + h[this.nearest[b + 1]] + h[this.nearest[b + 2]] + h[this.nearest[b + 3]]) / 4;
      out[i] = h[i] + fraction * (mean - h[i]);
    }
    h.set(out);
  }

  meanHeightNm(): number {
    let sum = 0;
    for (let i = 0; i < this.size; i++) sum += this.heightNm[i];
    return sum / this.size;
  }

  count(value: SiteState): number {
    let n = 0;
    for (let i = 0; i < this.size; i++) if (this.state[i] === value) n++;
    return n;
  }
}
