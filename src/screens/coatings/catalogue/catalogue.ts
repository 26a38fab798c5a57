import type { CoatingData, SourceEntry } from './coating-types.ts';
import sources from './data/sources.json';

/**
 * The coatings catalogue as the app uses it: plain data, sorted by id. The build has checked every
 * file (validate-coating.ts, run by vite.config.ts), so nothing is validated at start-up; a test
 * checks that this is exactly what the validator returns.
 */
const files = import.meta.glob<{ default: CoatingData }>('./data/coatings/*.json', { eager: true });

export const COATINGS: readonly CoatingData[] = Object.values(files)
  .map((m) => m.default)
  .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

export const SOURCES: Readonly<Record<string, SourceEntry>> = sources;
