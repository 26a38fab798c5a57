import { describe, expect, it } from 'vitest';
import type { PlatingResults, SubstrateInfo, SubstrateRun } from '../../../../worker/plating/types.ts';
import { RESULT_NOTES } from './result-notes.ts';
import { formatPower, formatSeconds, formatSig, publishedText, RESULT_ROWS, resultsCsvColumns, resultsCsvRows, simulatedText } from './result-rows.ts';

const results: PlatingResults = {
  nucleationOverpotentialMV: 129.46,
  nucleiDensityPerCm2: 3.6e7,
  meanNucleusDiameterUm: 1.234,
  exposedAreaRatio: 3.1,
  roughnessRel: 0.6,
  maxToMeanHeight: 3.2,
  depositThicknessUm: 4.85,
  sandTimeS: null,
  dendriteOnsetS: 3000,
};
const run = { substrateId: 'cu', label: 'Bare Cu', results } as SubstrateRun;
const info: SubstrateInfo = {
  id: 'cu', label: 'Bare Cu', parameters: [],
  published: { nucleationOverpotentialMV: { value: 129.5, unit: 'mV', electrolyte: '1 M LiTFSI in DOL/DME', source: { citation: 'Oyakhire et al. 2020', doi: '10.1002/x' } } },
};

describe('number formats', () => {
  it('uses significant figures and powers of ten for extremes', () => {
    expect(formatSig(1.2345)).toBe('1.23');
    expect(formatSig(0)).toBe('0');
    expect(formatSig(2.5e7)).toBe('2.5 × 10⁷');
    expect(formatPower(3.6e-5)).toBe('3.6 × 10⁻⁵');
  });
  it('adds hours or minutes to long times', () => {
    expect(formatSeconds(57240)).toBe('57200 (16 h)');
    expect(formatSeconds(570)).toBe('570 (9.5 min)');
    expect(formatSeconds(30)).toBe('30');
  });
});

describe('results table rows', () => {
  it('has a note for every row, and the overpotential note names both TiO₂ studies', () => {
    for (const row of RESULT_ROWS) expect(RESULT_NOTES[row.key].meaning.length).toBeGreaterThan(20);
    const eta = RESULT_NOTES.nucleationOverpotentialMV;
    expect(eta.coating).toMatch(/5 nm/);
    expect(eta.coating).toMatch(/20 nm/);
    expect(eta.sources.join(' ')).toMatch(/Oyakhire/);
    expect(eta.sources.join(' ')).toMatch(/Tan/);
  });
  it('shows null as "none"', () => {
    const sand = RESULT_ROWS.find((r) => r.key === 'sandTimeS')!;
    expect(simulatedText(sand, run)).toBe('none');
  });
  it('keeps published digits', () => {
    expect(publishedText(info.published.nucleationOverpotentialMV!)).toBe('129.5 mV');
  });
  it('exports one CSV row per result with simulated and published columns per substrate', () => {
    const cols = resultsCsvColumns([run]);
    const rows = resultsCsvRows([run], [info]);
    expect(rows).toHaveLength(RESULT_ROWS.length);
    expect(rows.every((r) => r.length === cols.length)).toBe(true);
    expect(rows[0]).toEqual(['Nucleation overpotential', 'mV', 129.46, 129.5, 'mV', '1 M LiTFSI in DOL/DME', 'Oyakhire et al. 2020, doi:10.1002/x']);
    const sandRow = rows[RESULT_ROWS.findIndex((r) => r.key === 'sandTimeS')]!;
    expect(sandRow[2]).toBe('none');
  });
});
