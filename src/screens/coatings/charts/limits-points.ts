import type { CoatingData, CoatingMethod, Pathway } from '../catalogue/coating-types.ts';
import type { Domain } from '../../../charts/scale-domain.ts';
import { LI_COATING_PRACTICE_MAX_C, LI_MELTING_POINT_C, LI_SHEAR_MODULUS_GPA, MONROE_NEWMAN_MODULUS_GPA } from './reference-limits.ts';
import { resultPoints, type ResultPoint } from './result-points.ts';

/** Every shear-modulus result in GPa (LiF's nanoindentation and bulk values, and any other). */
export function modulusPoints(coatings: readonly CoatingData[]): ResultPoint[] {
  return resultPoints(coatings, 'shearModulus', ['GPa']);
}

/** A log domain in whole decades holding Li's modulus, the Monroe–Newman line and every result. */
export function modulusDomain(points: readonly ResultPoint[]): Domain {
  const values = [LI_SHEAR_MODULUS_GPA.value, MONROE_NEWMAN_MODULUS_GPA.value, ...points.map((p) => p.value)].filter((v) => v > 0);
  return [10 ** Math.floor(Math.log10(Math.min(...values) / 1.2)), 10 ** Math.ceil(Math.log10(Math.max(...values) * 1.2))];
}

/** True when a modulus clears the Monroe–Newman threshold (as a bulk criterion: see the figure's caveat). */
export function exceedsMonroeNewman(modulusGPa: number): boolean {
  return modulusGPa > MONROE_NEWMAN_MODULUS_GPA.value;
}

export interface TemperaturePoint {
  key: string;
  coatingId: string;
  method: CoatingMethod;
  pathway: Pathway;
  temperatureC: number;
  /** Only a coating made on Li itself is bound by Li's melting point. */
  onLi: boolean;
  /** Above the ≤ 150 °C practice for coating Li. */
  abovePractice: boolean;
  /** At or above Li's melting point. */
  aboveMelting: boolean;
  /** The study the coating's numbers come from (the data give no separate source for the temperature). */
  sourceId: string | null;
}

/** The study a coating is known from: its first result's source, else its first cited property. */
export function coatingSourceId(coating: CoatingData): string | null {
  const fromResult = coating.results[0]?.source;
  if (fromResult) return fromResult;
  return Object.values(coating.properties).find((p) => p.source !== null)?.source ?? null;
}

/** Coatings with a known process temperature, coolest first (ties by id, so the order is stable). */
export function temperaturePoints(coatings: readonly CoatingData[]): TemperaturePoint[] {
  return coatings
    .filter((c): c is CoatingData & { processTemperatureC: number } => c.processTemperatureC !== null && Number.isFinite(c.processTemperatureC))
    .map((c) => ({
      key: c.id,
      coatingId: c.id,
      method: c.method,
      pathway: c.pathway,
      temperatureC: c.processTemperatureC,
      onLi: c.pathway === 'coating-on-li',
      abovePractice: c.processTemperatureC > LI_COATING_PRACTICE_MAX_C.value,
      aboveMelting: c.processTemperatureC >= LI_MELTING_POINT_C.value,
      sourceId: coatingSourceId(c),
    }))
    .sort((a, b) => a.temperatureC - b.temperatureC || a.coatingId.localeCompare(b.coatingId));
}

/** A linear domain from 0 °C past Li's melting point and the hottest process, on a 50 °C step. */
export function temperatureDomain(points: readonly TemperaturePoint[]): Domain {
  const hottest = Math.max(LI_MELTING_POINT_C.value, ...points.map((p) => p.temperatureC));
  return [0, Math.ceil((hottest + 10) / 50) * 50];
}
