import { describe, expect, it } from 'vitest';
import { PROCESSES } from '../../../../worker/ald/processes.ts';
import { SiteState } from '../../../../worker/ald/types.ts';
import { ATOM_COLORS } from './reactor-color-table.ts';
import { ATOM_RADII_A, resolvePalette } from './reactor-colors.ts';
import { elementLegend, siteLegend } from './legend.ts';
import { hasKey } from '../../../i18n/i18n.ts';
import { themeTokens } from '../../../common/theme.ts';
import { Color, Matrix4, Quaternion, Vector3 } from 'three';
import type { AldSnapshot } from '../../../../worker/ald/types.ts';
import { buildFrame, planCapacity, prepareProcess } from './frame-builder.ts';
import { InstanceBuffer, LAYER_KEYS, type FrameBuffers, type LayerKey } from './instance-buffer.ts';
import { createLayerGeometry } from './scene-geometries.ts';
import { siteX, siteY } from './scene-layout.ts';

const THEME = themeTokens('default');

describe('atom colour table', () => {
  it('has a colour (both backgrounds), a radius and a name for every element in worker/ald/processes', () => {
    expect(PROCESSES.length).toBeGreaterThan(0);
    for (const def of PROCESSES) {
      for (const entry of elementLegend(def, THEME)) {
        expect(ATOM_COLORS.dark[entry.el], `${def.id}: ${entry.el}`).toBeDefined();
        expect(ATOM_COLORS.light[entry.el], `${def.id}: ${entry.el}`).toBeDefined();
        expect(ATOM_RADII_A[entry.el], `${def.id}: ${entry.el}`).toBeDefined();
        expect(hasKey(`reactor.element.${entry.el}`), `${def.id}: ${entry.el}`).toBe(true);
      }
    }
  });

  it('lists each element of a process once', () => {
    for (const def of PROCESSES) {
      const els = elementLegend(def, THEME).map((e) => e.el);
      expect(new Set(els).size).toBe(els.length);
    }
  });
});

describe('site legend', () => {
  it('covers every SiteState, and free and blocked differ in shape as well as colour', () => {
    const entries = siteLegend(THEME);
    expect(entries.map((e) => e.state).sort()).toEqual(Object.values(SiteState).sort());
    const shape = (s: SiteState) => entries.find((e) => e.state === s)!.shape;
    expect(shape(SiteState.FreeA)).not.toBe(shape(SiteState.Blocked));
    expect(shape(SiteState.FreeA)).not.toBe(shape(SiteState.ReactedA));
  });
});

/** One row of sites, one per state, at rest (no half-step animating). */
function siteRow(states: readonly SiteState[]): AldSnapshot {
  const n = states.length;
  const zeros = () => new Uint8Array(n);
  return {
    processId: PROCESSES[0]!.id, nextProcessId: PROCESSES[0]!.id, processIds: [PROCESSES[0]!.id], cycleProcess: new Uint8Array(0), publishedGpcNm: [PROCESSES[0]!.gpcNm],
    sequence: { block: 0, blocks: 1, cycleInBlock: 0, blockCycles: Infinity, complete: false }, layers: [], composition: null,
    sizeX: n, sizeY: 1, cycle: 0, halfStepCount: 0, lastHalfStep: null, nextHalfStep: 'pulseA',
    siteState: Uint8Array.from(states), reactedNow: zeros(), cvdNow: zeros(), heightNm: new Float32Array(n),
    thicknessHistoryNm: new Float32Array(1), counts: { free: 0, reacted: 0, blocked: 0 }, coverage: 0, thicknessNm: 0, roughnessRmsNm: 0,
    growthPerCycleNm: 0, processTimeS: 0, byproductsNow: 0, chemisorption: { temperatureC: 0, rateAPerS: 0, rateBPerS: 0 },
  };
}

/** The marker the frame builder draws on a site: its layer's geometry, footprint and colour. */
function drawnMarkers(snapshot: AldSnapshot): { geometry: string; widthA: number; depthA: number; color: number[] }[] {
  const mols = prepareProcess(PROCESSES[0]!);
  const capacity = planCapacity(mols, snapshot.sizeX);
  const buffers = Object.fromEntries(LAYER_KEYS.map((k) => [k, new InstanceBuffer(capacity[k])])) as FrameBuffers;
  buildFrame(mols, resolvePalette(THEME), null, snapshot, 1, buffers, new Float32Array(snapshot.sizeX));
  const markerLayers: LayerKey[] = ['sites', 'blocked'];
  const m = new Matrix4();
  const at = new Vector3();
  const turn = new Quaternion();
  const scale = new Vector3();
  return Array.from({ length: snapshot.sizeX }, (_, i) => {
    for (const key of markerLayers) {
      const b = buffers[key];
      for (let k = 0; k < b.count; k++) {
        m.fromArray(b.matrices, k * 16).decompose(at, turn, scale);
        if (Math.abs(at.x - siteX(i, snapshot.sizeX)) > 1e-4 || Math.abs(at.y - siteY(0, 1)) > 1e-4) continue;
        return { geometry: createLayerGeometry(key).type, widthA: scale.x, depthA: scale.y, color: Array.from(b.colors.subarray(k * 3, k * 3 + 3)) };
      }
    }
    throw new Error(`no marker drawn on site ${i}`);
  });
}

describe('the legend describes what the scene draws', () => {
  it('each site state is drawn in the shape and colour its legend entry names', () => {
    const entries = siteLegend(THEME);
    const drawn = drawnMarkers(siteRow(entries.map((e) => e.state)));
    const GEOMETRY = { 'large-disc': 'CylinderGeometry', 'small-disc': 'CylinderGeometry', 'square-tile': 'BoxGeometry' };
    entries.forEach((entry, i) => {
      const d = drawn[i]!;
      expect(d.geometry, entry.label).toBe(GEOMETRY[entry.shape]);
      if (entry.shape === 'square-tile') expect(d.widthA, entry.label).toBeCloseTo(d.depthA, 6);
      const want = new Color(entry.color).toArray();
      d.color.forEach((c, k) => expect(c, `${entry.label} colour`).toBeCloseTo(want[k]!, 4));
    });
    const discWidth = (shape: string) => drawn[entries.findIndex((e) => e.shape === shape)]!.widthA;
    expect(discWidth('large-disc')).toBeGreaterThan(discWidth('small-disc'));
  });
});
