import type { PublicState } from '../common/embed/public-state.ts';
import type { Observable } from '../common/state/observable.ts';
import { SPEEDS, type Speed } from '../common/clock/speed.ts';
import { COLOR_PROFILES, type ColorProfile } from '../common/theme.ts';
import { LOCALE_IDS, type LocaleId } from '../i18n/locales.ts';

/** Settings that belong to the whole app rather than to one screen. */
export interface AppSettings {
  /** The id of the screen shown; switching screens by any route sets this. */
  screen: Observable<string>;
  speed: Observable<Speed>;
  colorProfile: Observable<ColorProfile>;
  hotkeys: Observable<'on' | 'off'>;
  locale: Observable<LocaleId>;
}

/** Keys that Reset All leaves alone: they are the viewer's, not the setup's. */
export const VIEWER_KEYS: ReadonlySet<string> = new Set(['speed', 'colorProfile', 'hotkeys', 'locale']);

export function registerAppSettings(state: PublicState, screenIds: readonly string[], locale: LocaleId): AppSettings {
  return {
    screen: state.writable<string>('screen', { kind: 'enum', values: screenIds }, screenIds[0]!),
    speed: state.writable<Speed>('speed', { kind: 'enum', values: SPEEDS }, 'normal'),
    colorProfile: state.writable<ColorProfile>('colorProfile', { kind: 'enum', values: COLOR_PROFILES }, 'default'),
    hotkeys: state.writable<'on' | 'off'>('hotkeys', { kind: 'enum', values: ['on', 'off'] }, 'on'),
    // Chosen by the browser's languages unless a link, the menu or set() says otherwise.
    locale: state.writable<LocaleId>('locale', { kind: 'enum', values: LOCALE_IDS }, locale, 'whenSet'),
  };
}
