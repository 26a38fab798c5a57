import * as Comlink from 'comlink';
import { createPlatingApi } from '../plating/api.ts';

// Results are returned as structured clones (no transfer): the main thread keeps the
// latest progress and may read its typed arrays again after the next call.
Comlink.expose(Object.assign(createPlatingApi(), { ping: () => 1 }));
