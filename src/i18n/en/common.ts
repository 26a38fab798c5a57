import { fixed, sig } from '../format.ts';

/** Words shared by every screen: input checking, generic errors, units spelled out. */
export const common = {
  'common.verbatim': (p: { text: string }) => p.text,
  'common.number': (p: { value: number }) => sig(p.value, 4),
  'common.fixed': (p: { value: number; digits: number }) => fixed(p.value, p.digits),
  'common.origin.link': 'Link',
  'common.origin.control': 'Control',
  'common.origin.set': 'set()',
  'common.origin.lesson': 'Lesson',
  'common.set.ignored': (p: { origin: string; key: string; value: string; reason: string }) =>
    `${p.origin}: "${p.key}" = ${p.value} ignored (${p.reason}).`,
  'common.set.clamped': (p: { origin: string; key: string; value: string; used: string }) =>
    `${p.origin}: "${p.key}" = ${p.value} is out of range; using ${p.used}.`,
  'common.reason.unknownKey': 'unknown key',
  'common.reason.readOnly': 'read-only',
  'common.reason.notOneOf': (p: { value: string; values: string }) => `"${p.value}" is not one of ${p.values}`,
  'common.reason.notNumber': (p: { value: string }) => `"${p.value}" is not a number`,
  'common.reason.notList': (p: { value: string }) => `"${p.value}" is not a comma-separated list`,
  'common.reason.badItem': (p: { value: string }) => `"${p.value}" is not a valid item`,
  'common.reason.tooFewItems': (p: { min: number }) => `needs at least ${p.min} item${p.min === 1 ? '' : 's'}`,
  'common.time.controls': 'Time controls',
  'common.time.play': 'Play',
  'common.time.pause': 'Pause',
  'common.time.step': 'Step',
  'common.time.speed': 'Speed',
  'common.time.run': 'Run',
  'common.time.restart': 'Restart',
  'common.time.resetAll': 'Reset all',
  'common.speed.slow': 'Slow',
  'common.speed.normal': 'Normal',
  'common.speed.fast': 'Fast',
  'common.render.noWebgl': 'This browser could not start WebGL 2, so the 3D view is off. The controls, numbers and charts still work.',
  'common.render.contextLost': 'The graphics context was lost, so the 3D view is paused; it comes back when the browser restores it.',
};
