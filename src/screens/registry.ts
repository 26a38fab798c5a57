import type { ScreenDefinition } from './screen-definition.ts';
import { reactorScreen } from './reactor/index.ts';
import { platingScreen } from './plating/index.ts';
import { coatingsScreen } from './coatings/index.ts';

/** The app's screens, in tab order; the first opens when a link names none. A new screen is one folder and one line here. */
export const SCREENS: readonly ScreenDefinition[] = [reactorScreen, platingScreen, coatingsScreen];
