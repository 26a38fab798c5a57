import { saturationCurve } from './expected.ts';
import { AldModel, type AldModelOptions } from './model.ts';
import { findProcess, PROCESSES } from './processes.ts';
import { clampRecipe } from './recipe.ts';
import { SequencePlan } from './sequence.ts';
import type { AldSnapshot, AldWorkerApi, ProcessDefinition } from './types.ts';

export interface AldApiOptions {
  processes?: readonly ProcessDefinition[];
  lattice?: AldModelOptions;
  /** Wraps each outgoing snapshot; the worker entry passes it to Comlink.transfer. */
  deliver?: (snapshot: AldSnapshot) => AldSnapshot;
}

/** The buffers of a snapshot that can move to the main thread without a copy. */
export function snapshotTransferables(s: AldSnapshot): ArrayBuffer[] {
  return [s.siteState, s.reactedNow, s.cvdNow, s.heightNm, s.thicknessHistoryNm, s.cycleProcess].map((a) => a.buffer as ArrayBuffer);
}

export function createAldApi(options: AldApiOptions = {}): AldWorkerApi {
  const processes = options.processes ?? PROCESSES;
  const deliver = options.deliver ?? ((s: AldSnapshot) => s);
  let model: AldModel | null = null;
  const current = (): AldModel => {
    if (!model) throw new Error('ALD worker: call init() before stepping');
    return model;
  };
  return {
    listProcesses: () => processes.map((p) => structuredClone(p)),
    init(config) {
      if (config.sequence) {
        const plan = SequencePlan.of(config.sequence);
        for (const id of plan.processIds) findProcess(id, processes);
        const first = findProcess(plan.processIds[0]!, processes);
        model = new AldModel(first, config.recipe, config.seed, options.lattice, plan, processes);
      } else {
        model = new AldModel(findProcess(config.processId, processes), config.recipe, config.seed, options.lattice);
      }
      return deliver(model.snapshot());
    },
    setRecipe(recipe) {
      current().setRecipe(recipe);
    },
    stepHalf() {
      const m = current();
      m.stepHalf();
      return deliver(m.snapshot());
    },
    runCycles(n) {
      const m = current();
      m.runCycles(n);
      return deliver(m.snapshot());
    },
    saturationCurve: (processId, recipe, pulseTimesS) =>
      saturationCurve(findProcess(processId, processes), clampRecipe(recipe), pulseTimesS),
  };
}
