import { expose, transfer } from 'comlink';
import { createAldApi, snapshotTransferables } from '../ald/api.ts';

const api = createAldApi({ deliver: (s) => transfer(s, snapshotTransferables(s)) });
expose({ ...api, ping: () => 1 });
