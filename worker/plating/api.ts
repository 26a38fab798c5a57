import { describeSubstrate } from './describe.ts';
import { PLATING_LIMITS } from './limits.ts';
import { SubstrateSim } from './sim.ts';
import { parseSubstrateId } from './substrate-id.ts';
import type { PlatingConfig, PlatingProgress, PlatingWorkerApi, SubstrateId, SubstrateInfo } from './types.ts';

function checkConfig(c: PlatingConfig): void {
  const L = PLATING_LIMITS;
  if (!(c.currentMAcm2 >= L.currentMAcm2.min && c.currentMAcm2 <= L.currentMAcm2.max)) {
    throw new Error(`Current ${c.currentMAcm2} mA/cm² is outside ${L.currentMAcm2.min}–${L.currentMAcm2.max} mA/cm².`);
  }
  if (!(c.capacityMAhcm2 >= L.capacityMAhcm2.min && c.capacityMAhcm2 <= L.capacityMAhcm2.max)) {
    throw new Error(`Capacity ${c.capacityMAhcm2} mAh/cm² is outside ${L.capacityMAhcm2.min}–${L.capacityMAhcm2.max} mAh/cm².`);
  }
  if (c.substrates.length === 0) throw new Error('Choose at least one substrate.');
  for (const id of c.substrates) {
    const r = parseSubstrateId(id);
    if (!r.ok) throw new Error(r.error);
  }
}

/** The Plating model behind the worker: one independent simulation per substrate. */
export class PlatingApi implements PlatingWorkerApi {
  private sims: SubstrateSim[] = [];
  private fraction = 0;

  describe(substrate: SubstrateId): SubstrateInfo {
    return describeSubstrate(substrate);
  }

  init(config: PlatingConfig): PlatingProgress {
    checkConfig(config);
    this.sims = config.substrates.map((id) => new SubstrateSim(id, config));
    this.fraction = 0;
    return this.progress();
  }

  advance(fraction: number): PlatingProgress {
    if (this.sims.length === 0) throw new Error('Call init() before advance().');
    this.fraction = Math.min(1, this.fraction + Math.max(0, fraction));
    for (const s of this.sims) s.advanceTo(this.fraction);
    return this.progress();
  }

  private progress(): PlatingProgress {
    return {
      progress: this.fraction,
      done: this.sims.every((s) => s.done),
      runs: this.sims.map((s) => s.run()),
    };
  }
}

export function createPlatingApi(): PlatingApi {
  return new PlatingApi();
}
