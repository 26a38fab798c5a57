import type { AldSnapshot } from '../../../../worker/ald/types.ts';
import { t } from '../../../i18n/i18n.ts';

/** "Block 2 of 3 · ALD Al2O3 · cycle 12 of 50": the block being grown, for the panel and the timing strip. */
export function blockTitle(snap: AldSnapshot, name: (processId: string) => string): string {
  const s = snap.sequence;
  const id = snap.nextProcessId ?? snap.processId;
  return t('reactor.sequence.position', {
    block: s.block + 1,
    blocks: s.blocks,
    process: name(id),
    cycle: Math.min(s.cycleInBlock + 1, s.blockCycles),
    cycles: s.blockCycles,
  });
}
