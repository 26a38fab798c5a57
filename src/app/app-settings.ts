import type { PublicState } from '../common/embed/public-state.ts';
import type { Observable } from '../common/state/observable.ts';
import { SPEEDS, type Speed } from '../common/clock/speed.ts';
import { COLOR_PROFILES, type ColorProfile } from '../common/theme.ts';

export type ScreenId = 'reactor' | 'plating';
export const SCREENS: readonly ScreenId[] = ['reactor', 'plating'];

/** Settings that belong to the whole app rather than to one screen. */
export interface AppSettings {
  screen: Observable<ScreenId>;
  speed: Observable<Speed>;
  colorProfile: Observable<ColorProfile>;
  hotkeys: Observable<'on' | 'off'>;
}

export function registerAppSettings(state: PublicState): AppSettings {
  return {
    screen: state.writable<ScreenId>('screen', { kind: 'enum', values: SCREENS, label: 'Screen' }, 'reactor'),
    speed: state.writable<Speed>('speed', { kind: 'enum', values: SPEEDS, label: 'Speed' }, 'normal'),
    colorProfile: state.writable<ColorProfile>(
      'colorProfile',
      { kind: 'enum', values: COLOR_PROFILES, label: 'Colour profile' },
      'default',
    ),
    hotkeys: state.writable<'on' | 'off'>('hotkeys', { kind: 'enum', values: ['on', 'off'], label: 'Keyboard shortcuts' }, 'on'),
  };
}
