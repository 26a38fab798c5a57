import type { AppCore } from './app-core.ts';

/** Everything the views share; built once in main.ts from the screen registry. */
export type AppContext = AppCore;
