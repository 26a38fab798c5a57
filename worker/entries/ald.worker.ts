import { transfer } from 'comlink';
import { createAldApi, snapshotTransferables } from '../ald/api.ts';
import { exposeWithHeartbeat } from './expose-with-heartbeat.ts';

exposeWithHeartbeat(createAldApi({ deliver: (s) => transfer(s, snapshotTransferables(s)) }));
