import { describe, expect, it } from 'vitest';
import type { PlatingResults, SubstrateInfo, SubstrateRun } from '../../../../worker/plating/types.ts';
import { tr } from '../../../i18n/i18n.ts';
import { RESULT_NOTES } from './result-notes.ts';
import { formatSeconds, formatSig, publishedText, RESULT_ROWS, resultsCsvColumns, resultsCsvRows, rowHeading, simulatedText } from './result-rows.ts';

const results: PlatingResults = {
  nucleationOverpotentialMV: 129.46,
  plateauPotentialMV: -25.3,
  nucleiDensityPerCm2: 3.6e7,
  nucleiCounted: 943,
  meanNucleusDiameterUm: 1.234,
  exposedAreaRatio: 3.1,
  roughnessRel: 0.6,
  maxToMeanHeight: 3.2,
  depositThicknessUm: 4.85,
  depositHeightUm: 9.7,
  porosity: 0.5,
  sandTimeS: null,
  dendriteOnsetS: 3000,
  coulombicEfficiency: [0.9, 0.8],
  deadLiMAhcm2: 0.2,
  seiLossMAhcm2: 0.05,
};
const label = { key: 'platingModel.substrate.cu' };
const ether = { key: 'platingModel.electrolyte.ether' };
const run = { substrateId: 'cu', label, results } as unknown as SubstrateRun;
const info: SubstrateInfo = {
  id: 'cu', label, parameters: [],
  published: { nucleationOverpotentialMV: { value: 129.5, unit: 'mV', electrolyte: ether, source: { citation: 'Oyakhire et al. 2020', doi: '10.1002/x' } } },
};

describe('number formats', () => {
  it('uses significant figures and powers of ten for extremes', () => {
    expect(formatSig(1.2345)).toBe('1.23');
    expect(formatSig(0)).toBe('0');
    expect(formatSig(2.5e7)).toBe('2.5 × 10⁷');
    expect(formatSig(3.6e-5)).toBe('3.6 × 10⁻⁵');
  });
  it('adds hours or minutes to long times', () => {
    expect(formatSeconds(57240)).toBe('57,200 (16 h)');
    expect(formatSeconds(570)).toBe('570 (9.5 min)');
    expect(formatSeconds(30)).toBe('30');
  });
});

describe('results table rows', () => {
  it('has a note for every row, and the overpotential note names both TiO₂ studies', () => {
    for (const row of RESULT_ROWS) expect(tr(RESULT_NOTES[row.key].meaning).length).toBeGreaterThan(20);
    const eta = RESULT_NOTES.nucleationOverpotentialMV;
    expect(tr(eta.coating)).toMatch(/5 nm/);
    expect(tr(eta.coating)).toMatch(/20 nm/);
    const cited = eta.sources.map((s) => s.citation).join(' ');
    expect(cited).toMatch(/Oyakhire/);
    expect(cited).toMatch(/Tan/);
  });
  it('shows null as "none"', () => {
    const sand = RESULT_ROWS.find((r) => r.key === 'sandTimeS')!;
    expect(simulatedText(sand, run)).toBe('none');
  });
  it('keeps published digits, and shows published words without a unit', () => {
    expect(publishedText(info.published.nucleationOverpotentialMV!)).toBe('129.5 mV');
    expect(publishedText({ value: { key: 'platingModel.published.higherThan5nm' }, unit: 'mV', source: { citation: 'x' } })).toBe('higher than at 5 nm');
  });
  it('names each row with its unit symbol', () => {
    expect(RESULT_ROWS.map(rowHeading).slice(0, 2)).toEqual(['Nucleation overpotential (mV)', 'Growth plateau vs Li/Li⁺ (mV)']);
  });
  it('exports one CSV row per result with simulated and published columns per substrate', () => {
    const cols = resultsCsvColumns([run]);
    const rows = resultsCsvRows([run], [info]);
    expect(rows).toHaveLength(RESULT_ROWS.length);
    expect(rows.every((r) => r.length === cols.length)).toBe(true);
    expect(cols.slice(0, 3)).toEqual(['result', 'unit', 'cu: simulated']);
    expect(rows[0]).toEqual(['Nucleation overpotential', 'mV', 129.46, 129.5, 'mV', '1 M LiTFSI in DOL/DME + 1 wt% LiNO₃', 'Oyakhire et al. 2020, doi:10.1002/x']);
    const sandRow = rows[RESULT_ROWS.findIndex((r) => r.key === 'sandTimeS')]!;
    expect(sandRow[2]).toBe('none');
  });
});
