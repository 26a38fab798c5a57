import { describe, expect, it } from 'vitest';
import { isMessageRef, type MessageRef } from '../../../worker/common/message-ref.ts';
import { PlatingApi } from '../../../worker/plating/api.ts';
import { describeSubstrate } from '../../../worker/plating/describe.ts';
import { modelErrorRef } from '../../../worker/common/model-error.ts';
import { DEFAULT_COMPARISON } from '../../../worker/plating/presets.ts';
import { PLATING_SIMPLIFICATIONS } from '../../../worker/plating/simplifications.ts';
import { parseSubstrateId } from '../../../worker/plating/substrate-id.ts';
import type { SubstrateId } from '../../../worker/plating/types.ts';
import { en } from '../../i18n/en/index.ts';
import { zhCN } from '../../i18n/zh-CN/index.ts';
import { RESULT_NOTES } from './panels/result-notes.ts';
import { KIND_OPTIONS } from './panels/substrate-slots.ts';

/** Every ref inside a value (a ref's params may hold refs too). */
function refsIn(value: unknown, out: MessageRef[] = []): MessageRef[] {
  if (isMessageRef(value)) {
    out.push(value);
    for (const p of Object.values(value.params ?? {})) refsIn(p, out);
  } else if (Array.isArray(value)) {
    for (const v of value) refsIn(v, out);
  } else if (typeof value === 'object' && value !== null && !ArrayBuffer.isView(value)) {
    for (const v of Object.values(value)) refsIn(v, out);
  }
  return out;
}

function render(table: Record<string, unknown>, r: MessageRef): string {
  const entry = table[r.key];
  const params = Object.fromEntries(Object.entries(r.params ?? {}).map(([k, v]) => [k, isMessageRef(v) ? render(table, v) : v]));
  return typeof entry === 'function' ? (entry as (p: unknown) => string)(params) : String(entry);
}

function refusal(f: () => unknown): MessageRef | null {
  try {
    f();
  } catch (error) {
    return modelErrorRef(error);
  }
  return null;
}

/** Everything the plating model can say: every substrate kind described, a coarsened run, its refusals. */
function modelMessages(): MessageRef[] {
  const ids: SubstrateId[] = ['cu', 'tio2-1', 'tio2-2.5', 'tio2-5', 'tio2-10', 'tio2-20', 'las11-25', 'las11-50', 'las14-30', 'las14-50'];
  const api = new PlatingApi();
  const long = api.init({ substrates: ['cu', 'tio2-5', 'las11-50', 'las14-50'], currentMAcm2: 10, capacityMAhcm2: 5, seed: 1 });
  const refusals = [
    ...['ag', 'tio2-40', 'las11-10'].map((id) => { const r = parseSubstrateId(id); return r.ok ? null : r.error; }),
    refusal(() => new PlatingApi().init({ ...DEFAULT_COMPARISON, currentMAcm2: 20 })),
    refusal(() => new PlatingApi().init({ ...DEFAULT_COMPARISON, capacityMAhcm2: 0 })),
    refusal(() => new PlatingApi().init({ ...DEFAULT_COMPARISON, substrates: [] })),
    refusal(() => new PlatingApi().advance(0.1)),
  ];
  expect(refusals.every((r) => r !== null), 'every refusal carries a ref').toBe(true);
  expect(long.runs.every((r) => r.coarsened), 'the long run is coarsened').toBe(true);
  return refsIn([ids.map(describeSubstrate), long.runs.map(({ label, coarsened }) => ({ label, coarsened })), PLATING_SIMPLIFICATIONS, refusals]);
}

describe('plating messages', () => {
  const model = modelMessages();
  const view = refsIn([RESULT_NOTES, KIND_OPTIONS]);

  it('the model speaks in keys of its own area', () => {
    expect(model.length).toBeGreaterThan(50);
    expect(model.filter((r) => !r.key.startsWith('platingModel.')).map((r) => r.key)).toEqual([]);
  });

  it('every key the model or the panels can emit is in both catalogues, and renders without gaps', () => {
    for (const r of [...model, ...view]) {
      for (const [name, table] of [['en', en], ['zh-CN', zhCN]] as const) {
        expect(r.key in table, `${name}: ${r.key}`).toBe(true);
        expect(render(table, r), `${name}: ${r.key}`).not.toMatch(/undefined|NaN|\[object/);
      }
    }
  });
});
