import type { ProcessDefinition } from './types.ts';
import { reactiveGroupFraction } from './temperature.ts';

/**
 * The saturated growth per cycle the papers report at a temperature (nm): the published growth
 * point, lowered along the published hot-side line where the process has one (Al2O3, Al2S3).
 * The film's own growth is measured on the lattice; this is the line it is compared with.
 */
export function publishedGpcNm(process: Pick<ProcessDefinition, 'gpcNm' | 'gpcTemperatureC' | 'reactiveGroupLoss'>, temperatureC: number): number {
  return process.gpcNm * reactiveGroupFraction(process, temperatureC);
}
