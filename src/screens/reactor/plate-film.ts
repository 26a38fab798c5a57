import type { AldSnapshot } from '../../../worker/ald/types.ts';
import type { SubstrateId, SubstrateKind } from '../../../worker/plating/types.ts';
import { substrateIdOf, thicknessRangeNm } from '../../../worker/plating/substrate-id.ts';

/**
 * "Plate Li on this film": which Plating-lab substrate a grown Reactor film stands for. The
 * Plating lab models TiO2 on Cu and LAS on Cu at 1:1 and 1:4; a film of only TiO2, or of only
 * Li2S:Al2S3 supercycles at one of those ratios, qualifies. Its measured thickness is rounded
 * to a whole nanometre and clamped to the Plating lab's range for that coating.
 */
export type PlateTarget =
  | {
      ok: true;
      substrate: SubstrateId;
      kind: Exclude<SubstrateKind, 'cu'>;
      /** The film's measured thickness, and what the Plating lab will use. */
      measuredNm: number;
      usedNm: number;
      clamped: boolean;
    }
  | { ok: false; reason: 'noFilm' | 'notModelled' };

export function plateTarget(snapshot: AldSnapshot | null): PlateTarget {
  if (!snapshot || snapshot.thicknessNm <= 0 || snapshot.layers.length === 0) return { ok: false, reason: 'noFilm' };
  const kind = filmKind(snapshot);
  if (!kind) return { ok: false, reason: 'notModelled' };
  const range = thicknessRangeNm(kind)!;
  const rounded = Math.max(1, Math.round(snapshot.thicknessNm));
  const usedNm = Math.min(range.max, Math.max(range.min, rounded));
  return {
    ok: true,
    substrate: substrateIdOf(kind, usedNm),
    kind,
    measuredNm: snapshot.thicknessNm,
    usedNm,
    clamped: usedNm !== rounded,
  };
}

/** tio2, las11 or las14 when every layer of the film is that material; null otherwise. */
function filmKind(snapshot: AldSnapshot): Exclude<SubstrateKind, 'cu'> | null {
  const kinds = new Set(snapshot.layers.map(layerKind));
  if (kinds.size !== 1) return null;
  return [...kinds][0] ?? null;
}

function layerKind(layer: AldSnapshot['layers'][number]): Exclude<SubstrateKind, 'cu'> | null {
  if (layer.process === 'tio2') return 'tio2';
  const m = /^\(li2s\*(\d+),al2s3\*(\d+)\)$/.exec(layer.process);
  if (!m) return null;
  const [li, al] = [Number(m[1]), Number(m[2])];
  if (li === al) return 'las11';
  if (al === 4 * li) return 'las14';
  return null;
}
