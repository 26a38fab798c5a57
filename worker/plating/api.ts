import { ref } from '../common/message-ref.ts';
import { describeSubstrate } from './describe.ts';
import { ModelError } from '../common/model-error.ts';
import { PLATING_LIMITS } from './limits.ts';
import { SubstrateSim } from './sim.ts';
import { parseSubstrateId } from './substrate-id.ts';
import type { PlatingConfig, PlatingProgress, PlatingWorkerApi, SubstrateId, SubstrateInfo } from './types.ts';

function checkConfig(c: PlatingConfig): void {
  const L = PLATING_LIMITS;
  if (!(c.currentMAcm2 >= L.currentMAcm2.min && c.currentMAcm2 <= L.currentMAcm2.max)) {
    throw new ModelError(ref('platingModel.error.current', { value: c.currentMAcm2, ...L.currentMAcm2 }));
  }
  if (!(c.capacityMAhcm2 >= L.capacityMAhcm2.min && c.capacityMAhcm2 <= L.capacityMAhcm2.max)) {
    throw new ModelError(ref('platingModel.error.capacity', { value: c.capacityMAhcm2, ...L.capacityMAhcm2 }));
  }
  const cycles = c.platingCycles ?? 0;
  if (!(Number.isInteger(cycles) && cycles >= L.platingCycles.min && cycles <= L.platingCycles.max)) {
    throw new ModelError(ref('platingModel.error.platingCycles', { value: cycles, ...L.platingCycles }));
  }
  if (c.substrates.length === 0) throw new ModelError(ref('platingModel.error.noSubstrate'));
  for (const id of c.substrates) {
    const r = parseSubstrateId(id);
    if (!r.ok) throw new ModelError(r.error);
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
    if (this.sims.length === 0) throw new ModelError(ref('platingModel.error.notStarted'));
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
