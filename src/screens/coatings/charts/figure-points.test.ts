import { describe, expect, it } from 'vitest';
import { FIXTURE_COATINGS } from './chart-fixtures.test-data.ts';
import { lifetimeDomains, lifetimeFigure } from './lifetime-points.ts';
import { efficiencyDomain, efficiencyRows } from './efficiency-points.ts';
import { airDomain, airRows } from './air-points.ts';
import { exceedsMonroeNewman, modulusDomain, modulusPoints, temperatureDomain, temperaturePoints } from './limits-points.ts';
import { pathwayExamples } from './pathways-points.ts';
import { thicknessPlacement, toMinutes } from './result-points.ts';

describe('lifetime figure points (fixture catalogue)', () => {
  const figure = lifetimeFigure(FIXTURE_COATINGS);

  it('takes every symmetric lifetime in hours, and no lifetime counted in cycles', () => {
    expect(figure.points.map((p) => p.key)).toEqual(['mld-thin/life', 'ald-range/life']);
  });

  it('keeps a lower bound and the bare-Li reference of the same study', () => {
    const thin = figure.points[0]!;
    expect(thin).toMatchObject({ thicknessNm: 6, thicknessRangeNm: null, value: 200, bound: '>', referenceH: 158, method: 'mld' });
  });

  it('places a range at its geometric middle and keeps the range for the bar', () => {
    const range = figure.points[1]!;
    expect(range.thicknessRangeNm).toEqual([25, 50]);
    expect(range.thicknessNm).toBeCloseTo(Math.sqrt(25 * 50), 10);
    expect(range.referenceH).toBeNull();
  });

  it('names a coating it cannot place (no thickness) instead of dropping it silently', () => {
    expect(figure.unplaced).toEqual(['hybrid-none']);
  });

  it('leaves a free decade at the left for the bare-Li references and room above the bounds', () => {
    const { x, y } = lifetimeDomains(figure.points);
    expect(x[0]).toBeLessThanOrEqual(6 / 3);
    expect(x[1]).toBeGreaterThanOrEqual(50);
    expect(y[0]).toBeLessThanOrEqual(158);
    expect(y[1]).toBeGreaterThanOrEqual(500 * 2.5);
    for (const v of [...x, ...y]) expect(Math.log10(v) % 1).toBeCloseTo(0, 10);
  });
});

describe('efficiency rows', () => {
  it('one row per Coulombic-efficiency result, with the reference where the study gives one', () => {
    const rows = efficiencyRows(FIXTURE_COATINGS);
    expect(rows.map((r) => [r.key, r.value, r.referencePercent])).toEqual([['ald-range/ce', 99.8, 92], ['ald-lif/ce', 96, null]]);
  });

  it('the axis ends at 100 % and starts on a multiple of 5 below the lowest value, not at 0', () => {
    expect(efficiencyDomain(efficiencyRows(FIXTURE_COATINGS))).toEqual([90, 100]);
  });
});

describe('air rows', () => {
  it('converts hours to minutes, and the reference too', () => {
    expect(airRows(FIXTURE_COATINGS).map((r) => [r.key, r.minutes, r.referenceMinutes])).toEqual([['mld-thin/air', 120, 3]]);
  });

  it('the log domain holds bare Li’s 1–5 min band, the coated band up to 100 h and every row, in whole decades', () => {
    const [lo, hi] = airDomain(airRows(FIXTURE_COATINGS));
    expect(lo).toBeLessThanOrEqual(1);
    expect(hi).toBeGreaterThanOrEqual(100 * 60);
    expect(airDomain([])[1]).toBeGreaterThanOrEqual(100 * 60);
    expect(Math.log10(lo) % 1).toBeCloseTo(0, 10);
  });
});

describe('limits points', () => {
  it('every modulus result in GPa is shown', () => {
    expect(modulusPoints(FIXTURE_COATINGS).map((p) => [p.key, p.value])).toEqual([['ald-lif/g-nano', 58]]);
  });

  it('the Monroe–Newman line is at twice Li’s 4.25 GPa: 8.5 GPa (Monroe & Newman, J. Electrochem. Soc. 2005)', () => {
    expect(exceedsMonroeNewman(8.6)).toBe(true);
    expect(exceedsMonroeNewman(8.4)).toBe(false);
    expect(exceedsMonroeNewman(4.25)).toBe(false);
  });

  it('the modulus axis holds Li, the line and LiF', () => {
    const [lo, hi] = modulusDomain(modulusPoints(FIXTURE_COATINGS));
    expect(lo).toBeLessThanOrEqual(4.25);
    expect(hi).toBeGreaterThanOrEqual(58);
  });

  it('temperatures: coolest first, flagged against the 150 °C practice and the ~180 °C melting point', () => {
    const points = temperaturePoints(FIXTURE_COATINGS);
    expect(points.map((p) => [p.coatingId, p.temperatureC, p.onLi, p.abovePractice, p.aboveMelting])).toEqual([
      ['ald-lif', 150, false, false, false],
      ['mld-thin', 150, true, false, false],
      ['ald-range', 200, false, true, true],
    ]);
    expect(points[1]!.sourceId).toBe('a2018');
    expect(temperatureDomain(points)).toEqual([0, 250]);
  });
});

describe('pathway examples', () => {
  it('lists each coating under its own pathway, in the order given', () => {
    expect(pathwayExamples(FIXTURE_COATINGS)).toEqual({
      'coating-on-li': ['mld-thin', 'hybrid-none'],
      'current-collector': ['ald-range'],
      '3d-host': ['ald-lif'],
    });
  });
});

describe('shared helpers', () => {
  it('a thickness that cannot sit on a log axis is not placed', () => {
    expect(thicknessPlacement(0)).toBeNull();
    expect(thicknessPlacement(null)).toBeNull();
    expect(thicknessPlacement([50, 25])).toEqual({ atNm: Math.sqrt(1250), rangeNm: [25, 50] });
  });

  it('minutes from min or h, nothing from other units', () => {
    expect(toMinutes(2, 'h')).toBe(120);
    expect(toMinutes(5, 'min')).toBe(5);
    expect(toMinutes(5, 'nm')).toBeNull();
  });
});
