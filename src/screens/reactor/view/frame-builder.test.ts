import { describe, expect, it } from 'vitest';
import { AldModel } from '../../../../worker/ald/model.ts';
import { PROCESSES, findProcess } from '../../../../worker/ald/processes.ts';
import type { AldSnapshot, Recipe } from '../../../../worker/ald/types.ts';
import { buildFrame, planCapacity, prepareProcess } from './frame-builder.ts';
import { InstanceBuffer, LAYER_KEYS, type FrameBuffers, type LayerKey } from './instance-buffer.ts';
import { resolvePalette } from './reactor-colors.ts';
import { themeTokens } from '../../../common/theme.ts';
import { FRAME_BUDGET, createLayerGeometry, triangleCount } from './scene-geometries.ts';
import { filmBandEdges } from './film-layers.ts';
import { MAX_FILM_BANDS } from './scene-layout.ts';
import type { InstancedMesh, Mesh, Object3D } from 'three';
import type { RenderContent, RenderHost } from '../../../common/render/renderer-host.ts';
import { OrbitElement } from '../../../common/render/orbit-element.ts';
import { ReactorScene } from './reactor-scene.ts';

const palette = resolvePalette(themeTokens('default'));
const trianglesPer = Object.fromEntries(LAYER_KEYS.map((k) => [k, triangleCount(createLayerGeometry(k))])) as Record<
  LayerKey,
  number
>;

/** A normal recipe and one with purges too short, which makes CVD clumps appear. */
const RECIPES: Record<string, Recipe> = {
  saturating: { pulseAS: 2, purgeAS: 10, pulseBS: 2, purgeBS: 10, temperatureC: 62 },
  shortPurge: { pulseAS: 2, purgeAS: 0.05, pulseBS: 2, purgeBS: 0.05, temperatureC: 62 },
};

interface FrameCost {
  drawCalls: number;
  instances: number;
  triangles: number;
  dropped: number;
}

/** A render host without WebGL: it keeps what the scene hands it, so a test can look at what would be drawn. */
function headlessHost(): { host: RenderHost; content: () => RenderContent | null } {
  let content: RenderContent | null = null;
  const host = { setContent: (c: RenderContent | null) => (content = c), requestRender: () => {} };
  return { host: host as unknown as RenderHost, content: () => content };
}

/** What WebGLRenderer would issue for the scene: one draw call per visible mesh and material, none for an empty instanced mesh. */
function drawCallsOf(root: Object3D): number {
  let calls = 0;
  root.traverseVisible((object) => {
    const mesh = object as Mesh & Partial<InstancedMesh>;
    if (!mesh.isMesh || (mesh.isInstancedMesh && mesh.count === 0)) return;
    calls += Array.isArray(mesh.material) ? mesh.material.length : 1;
  });
  return calls;
}

/** Runs `cycles` full cycles, then measures every frame of the next four half-steps. */
function worstFrame(processId: string, recipe: Recipe, cycles: number): { worst: FrameCost; last: AldSnapshot } {
  const model = new AldModel(findProcess(processId), recipe, 7);
  const mols = prepareProcess(model.process);
  const headless = headlessHost();
  const scene = new ReactorScene({ host: headless.host, element: new OrbitElement(), emit: () => {} });
  scene.input({ process: model.process });
  model.runCycles(cycles);
  let prev = model.snapshot();
  const capacity = planCapacity(mols, prev.sizeX * prev.sizeY);
  const buffers = Object.fromEntries(LAYER_KEYS.map((k) => [k, new InstanceBuffer(capacity[k])])) as FrameBuffers;
  const heights = new Float32Array(prev.sizeX * prev.sizeY);
  const worst: FrameCost = { drawCalls: 0, instances: 0, triangles: 0, dropped: 0 };
  for (let h = 0; h < 4; h++) {
    model.stepHalf();
    const next = model.snapshot();
    for (let phase = 0; phase <= 1.0001; phase += 0.05) {
      buildFrame(mols, palette, prev, next, phase, buffers, heights);
      // Draw calls are counted on the scene itself, so a mesh added anywhere in it counts.
      scene.input({ snapshots: { previous: prev, next }, phase });
      const drawCalls = drawCallsOf(headless.content()!.scene);
      let instances = 0;
      let triangles = 12;
      let dropped = 0;
      for (const key of LAYER_KEYS) {
        const b = buffers[key];
        instances += b.count;
        triangles += b.count * trianglesPer[key];
        dropped += b.dropped;
      }
      worst.drawCalls = Math.max(worst.drawCalls, drawCalls);
      worst.instances = Math.max(worst.instances, instances);
      worst.triangles = Math.max(worst.triangles, triangles);
      worst.dropped += dropped;
    }
    prev = next;
  }
  return { worst, last: prev };
}

describe('reactor frame builder budgets (16×16 sites)', () => {
  for (const [name, recipe] of Object.entries(RECIPES)) {
    it(`50-cycle nylon-6,6 film, ${name} recipe: ≤ 12 draw calls, ≤ 50k instances, ≤ 1M triangles`, () => {
      const { worst, last } = worstFrame('nylon66', recipe, 49);
      expect(last.cycle).toBe(50);
      expect(worst.dropped).toBe(0);
      expect(worst.drawCalls).toBeLessThanOrEqual(FRAME_BUDGET.drawCalls);
      expect(worst.instances).toBeLessThanOrEqual(FRAME_BUDGET.instances);
      expect(worst.triangles).toBeLessThanOrEqual(FRAME_BUDGET.triangles);
      console.info(`nylon66 ${name}: worst frame`, worst);
    });
  }

  it('every shipped process fits the budget after 50 cycles with short purges', () => {
    for (const def of PROCESSES) {
      const { worst } = worstFrame(def.id, { ...RECIPES.shortPurge, temperatureC: def.gpcTemperatureC }, 49);
      expect(worst.dropped, def.id).toBe(0);
      expect(worst.drawCalls, def.id).toBeLessThanOrEqual(FRAME_BUDGET.drawCalls);
      expect(worst.triangles, def.id).toBeLessThanOrEqual(FRAME_BUDGET.triangles);
      expect(worst.instances, def.id).toBeLessThanOrEqual(FRAME_BUDGET.instances);
    }
  });
});

describe('frame builder behaviour', () => {
  it('draws the landing precursor before touchdown and the byproduct after it', () => {
    const model = new AldModel(findProcess('al2o3'), RECIPES.saturating, 3);
    const mols = prepareProcess(model.process);
    const prev = model.snapshot();
    model.stepHalf();
    const next = model.snapshot();
    expect(next.lastHalfStep).toBe('pulseA');
    const reacted = next.reactedNow.reduce((a, b) => a + b, 0);
    expect(reacted).toBeGreaterThan(0);
    const cap = planCapacity(mols, next.sizeX * next.sizeY);
    const buffers = Object.fromEntries(LAYER_KEYS.map((k) => [k, new InstanceBuffer(cap[k])])) as FrameBuffers;
    const heights = new Float32Array(next.sizeX * next.sizeY);

    // At phase 0 nothing has arrived yet: no fragments, no gas; only markers.
    buildFrame(mols, palette, prev, next, 0, buffers, heights);
    expect(buffers.heavyAtoms.count).toBe(0);
    // At the end every reacted site carries fragment A and sent one methane into the gas.
    buildFrame(mols, palette, prev, next, 1, buffers, heights);
    const heavyPerSite = mols.fragmentA.heavyCount + mols.byproduct.heavyCount;
    expect(buffers.heavyAtoms.count).toBeGreaterThanOrEqual(reacted * heavyPerSite);

    // The following purge sweeps the gas out: by its end only surface fragments remain.
    model.stepHalf();
    const purge = model.snapshot();
    buildFrame(mols, palette, next, purge, 1, buffers, heights);
    const fragmentsOnly = purge.counts.reacted * mols.fragmentA.heavyCount;
    expect(buffers.heavyAtoms.count).toBe(fragmentsOnly);
  });

  it('groups many cycles into at most MAX_FILM_BANDS bands that end at the current thickness', () => {
    const model = new AldModel(findProcess('nylon66'), RECIPES.saturating, 5);
    model.runCycles(50);
    const snap = model.snapshot();
    const edges = new Float32Array(MAX_FILM_BANDS + 1);
    const bands = filmBandEdges(snap, edges);
    expect(bands).toBe(MAX_FILM_BANDS);
    expect(edges[0]).toBe(0);
    expect(edges[bands]).toBeCloseTo(snap.thicknessNm, 5);
    for (let k = 1; k <= bands; k++) expect(edges[k]).toBeGreaterThanOrEqual(edges[k - 1]);
  });
});
