import { createAppCore, type AppCore } from '../../src/app/app-core.ts';
import { VIEWER_KEYS } from '../../src/app/app-settings.ts';
import { SCREENS } from '../../src/screens/registry.ts';
import { LESSON_KEYS } from '../../src/lessons/lesson-settings.ts';
import { coerce, type ParamSpec } from '../../src/common/query/param-spec.ts';
import { RESULT_ROWS } from '../../src/screens/plating/panels/result-rows.ts';
import { KIND_OPTIONS } from '../../src/screens/plating/panels/substrate-slots.ts';
import { parseSubstrateId } from '../../worker/plating/substrate-id.ts';
import { RUN_CYCLES_LIMITS, isValidCycleCount } from '../../src/screens/reactor/cycle-count.ts';
import { t, tr } from '../../src/i18n/i18n.ts';
import type { ScreenDefinition, ScreenModel, ScreenModelHandle } from '../../src/screens/screen-definition.ts';
import type { Condition, Sim } from './lesson-types.ts';
import { showValue } from './schema-check.ts';

/**
 * The app's own state, built in Node the way src/app/app-core.test.ts builds it, so a lesson
 * is checked by the same parser, ranges and key list as a link or set(), never by a copy.
 * Loaded through Vite's module runner by the build plugin (the screens use import.meta.glob).
 */
export interface AppProbe {
  /** Back to the state a link without parameters opens. */
  reset(): void;
  /** Applies a step's `set` as the player does; one reason per key the app refuses or changes. */
  applySet(set: Record<string, unknown>): { key: string; reason: string }[];
  /** Why `run` cannot start on the screen the state now shows; null when it can. */
  checkRun(run: NonNullable<Sim['run']>): string | null;
  /** Why one waitFor test can never work, per field of the test. */
  checkTest(test: Extract<Condition, { key: string }>): { field: string; reason: string }[];
  /** The keys a link may carry. */
  writableKeys(): string[];
}

/** Viewer settings belong to the student; of them a step may set only the speed a demonstration needs. */
const STEP_VIEWER_KEYS = new Set(['speed']);
const RUN_COMMANDS = { cycles: 'runCycles', toEnd: 'runToEnd' } as const;
const NUMBER_TESTS = ['atLeast', 'atMost', 'below', 'above'] as const;

export function createAppProbe(): AppProbe {
  let core = build();
  return {
    reset: () => void (core = build()),
    applySet: (set) => applySet(core, set),
    checkRun: (run) => checkRun(core, run),
    checkTest: (test) => checkTest(core, test),
    writableKeys: () => core.state.writableKeys(),
  };
}

/** A model that never starts: the probe checks state, and Node has no Worker for the simulation. */
const IDLE: ScreenModel = {
  play: async () => {},
  pause: async () => {},
  togglePlay: async () => {},
  step: async () => {},
  restart: async () => {},
  reset: async () => {},
};
const NO_MODEL: ScreenModelHandle = { get: () => IDLE, started: false, ready: async () => {} };

/** The real screens, registering their real keys, with the simulation left out. */
const STATE_ONLY: ScreenDefinition[] = SCREENS.map((d) => ({
  ...d,
  create: (services) => Object.create(d.create(services), { model: { value: NO_MODEL } }),
}));

function stepMaySet(key: string): boolean {
  return !LESSON_KEYS.has(key) && (!VIEWER_KEYS.has(key) || STEP_VIEWER_KEYS.has(key));
}

function build(): AppCore {
  return createAppCore(STATE_ONLY, {
    search: '',
    languages: ['en'],
    announcer: { announce: () => {} },
    reducedMotion: () => false,
    openHelp: () => {},
  });
}

function applySet(core: AppCore, set: Record<string, unknown>): { key: string; reason: string }[] {
  const problems: { key: string; reason: string }[] = [];
  const allowed: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(set)) {
    if (stepMaySet(key)) allowed[key] = value;
    else if (LESSON_KEYS.has(key)) problems.push({ key, reason: 'is the lesson player’s own key; a step never sets it' });
    else problems.push({ key, reason: 'is the viewer’s own setting; a step never sets it' });
  }
  const result = core.state.set(allowed);
  for (const [key, reason] of Object.entries(result.rejected)) {
    const known = core.state.has(key) ? '' : ` (a step may set: ${core.state.writableKeys().filter(stepMaySet).join(', ')})`;
    problems.push({ key, reason: `${reason}${known}` });
  }
  for (const [key, c] of Object.entries(result.clamped)) problems.push({ key, reason: clampReason(core.state.spec(key)!, c.requested, c.used) });
  return problems;
}

function clampReason(spec: ParamSpec, requested: unknown, used: unknown): string {
  const would = `the app would use ${showValue(Array.isArray(used) ? used.join(',') : used)}`;
  if (spec.kind === 'number') {
    const n = requested as number;
    if (n >= spec.min && n <= spec.max) return `${showValue(requested)} is not a whole number; ${would}`;
    return `${showValue(requested)} is out of range (${spec.min} to ${spec.max}${spec.unit ? ` ${spec.unit}` : ''}); ${would}`;
  }
  return `${showValue(requested)} is out of range or not as the app writes it; ${would}`;
}

function checkRun(core: AppCore, run: NonNullable<Sim['run']>): string | null {
  if (run === 'play') return null;
  const command = typeof run === 'object' ? RUN_COMMANDS.cycles : RUN_COMMANDS.toEnd;
  const shown = core.shown();
  if (!(command in shown.instance.commands)) {
    const owner = core.screens.find((s) => command in s.instance.commands);
    return `${showValue(run)} needs the ${owner?.definition.id ?? '?'} screen (${command}), but this step shows ${shown.definition.id}`;
  }
  if (typeof run === 'object' && !isValidCycleCount(run.cycles)) {
    return t('shell.api.runCyclesRange', { ...RUN_CYCLES_LIMITS, value: String(run.cycles) });
  }
  return null;
}

function checkTest(core: AppCore, test: Extract<Condition, { key: string }>): { field: string; reason: string }[] {
  const [head, ...rest] = test.key.split('.');
  if (head === 'results') return checkResultsTest(test, rest);
  if (rest.length > 0 || !core.state.has(test.key)) {
    const known = core.state.keys().filter((k) => k !== 'results');
    return [{ field: 'key', reason: `${showValue(test.key)} is not a key of get() (known: ${known.join(', ')}, results.<substrate>.<field>)` }];
  }
  const spec = core.state.spec(test.key);
  const isNumber = spec ? spec.kind === 'number' : typeof core.state.get(test.key) === 'number';
  const problems: { field: string; reason: string }[] = [];
  for (const field of NUMBER_TESTS) {
    if (test[field] === undefined) continue;
    if (!isNumber) problems.push({ field, reason: `compares numbers, and ${test.key} is not one` });
    else if (spec?.kind === 'number' && neverMet(field, test[field]!, spec)) {
      problems.push({ field, reason: `${test[field]} can never be met: ${test.key} runs from ${spec.min} to ${spec.max}` });
    }
  }
  if (test.includes !== undefined) {
    if (spec?.kind !== 'list') problems.push({ field: 'includes', reason: `works on comma lists, and ${test.key} is not one; use equals` });
    else if (spec.parseItem(test.includes) === null && !KIND_OPTIONS.some((o) => `${o.kind}-`.startsWith(test.includes!))) {
      const kinds = KIND_OPTIONS.map((o) => o.kind).join(', ');
      problems.push({ field: 'includes', reason: `${showValue(test.includes)} is neither a substrate nor the start of one (kinds: ${kinds})` });
    }
  }
  if (test.equals !== undefined && spec) {
    const c = coerce(spec, test.equals, false);
    if (!c.ok) problems.push({ field: 'equals', reason: `${showValue(test.equals)} can never be met: ${tr(c.reason)}` });
    else if (c.clamped) problems.push({ field: 'equals', reason: `${showValue(test.equals)} can never be met: ${clampReason(spec, c.clamped.requested, c.clamped.used)}` });
  }
  return problems;
}

function neverMet(field: (typeof NUMBER_TESTS)[number], bound: number, spec: { min: number; max: number }): boolean {
  switch (field) {
    case 'atLeast':
      return bound > spec.max;
    case 'above':
      return bound >= spec.max;
    case 'atMost':
      return bound < spec.min;
    case 'below':
      return bound <= spec.min;
  }
}

function checkResultsTest(test: Extract<Condition, { key: string }>, path: string[]): { field: string; reason: string }[] {
  const fields = RESULT_ROWS.map((r) => r.key as string);
  if (path.length !== 2) return [{ field: 'key', reason: `${showValue(test.key)}: results are read as results.<substrate>.<field>` }];
  const [substrate, field] = path as [string, string];
  const problems: { field: string; reason: string }[] = [];
  const parsed = parseSubstrateId(substrate);
  if (!parsed.ok) problems.push({ field: 'key', reason: `${showValue(test.key)}: ${tr(parsed.error)}` });
  else if (parsed.value.id !== substrate) problems.push({ field: 'key', reason: `${showValue(test.key)}: the app writes this substrate ${parsed.value.id}` });
  if (!fields.includes(field)) problems.push({ field: 'key', reason: `${showValue(test.key)}: ${field} is not a result (known: ${fields.join(', ')})` });
  if (test.includes !== undefined) problems.push({ field: 'includes', reason: 'works on comma lists; a result is a number' });
  return problems;
}
