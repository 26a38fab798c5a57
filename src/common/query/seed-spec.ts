import type { ParamSpec } from './param-spec.ts';

/** Every screen's random seed takes the same values, so one link value seeds any of them. */
export const SEED_SPEC: ParamSpec = { kind: 'number', integer: true, unit: '', min: 1, max: 2 ** 31 - 1 };
