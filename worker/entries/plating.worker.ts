import { createPlatingApi } from '../plating/api.ts';
import { exposeWithHeartbeat } from './expose-with-heartbeat.ts';

// No transfer: the model keeps its snapshots and sends them again with every slice, and a
// transfer would detach its copies.
exposeWithHeartbeat(createPlatingApi());
