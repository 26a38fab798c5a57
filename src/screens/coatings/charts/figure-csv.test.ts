import { describe, expect, it } from 'vitest';
import { csvParseRows } from 'd3';
import { toCsv } from '../../../common/export/csv.ts';
import { airRows } from './air-points.ts';
import { FIXTURE_COATINGS } from './chart-fixtures.test-data.ts';
import { efficiencyRows } from './efficiency-points.ts';
import { airCsv, efficiencyCsv, lifetimeCsv, limitsCsv, type CsvSourceLookup } from './figure-csv.ts';
import { lifetimeFigure } from './lifetime-points.ts';
import { modulusPoints, temperaturePoints } from './limits-points.ts';

const lookup: CsvSourceLookup = (id) => ({ citation: `cite:${id}`, href: `https://example.org/${id}` });
const ref = { citation: 'ref', href: 'https://example.org/ref' };

function records(table: { columns: string[]; rows: unknown[][] }): Record<string, string>[] {
  const [header, ...rows] = csvParseRows(toCsv(table.columns, table.rows as never));
  return rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i] ?? ''])));
}

describe('figure CSV exports: the points shown, in data units, with conditions and sources', () => {
  it('lifetime: one row per point; a range has min and max and no single thickness', () => {
    const rows = records(lifetimeCsv(lifetimeFigure(FIXTURE_COATINGS).points, lookup));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      coating: 'mld-thin', method: 'mld', thickness_nm: '6', bound: '>', lifetime_h: '200', reference: 'bare-li',
      reference_lifetime_h: '158', cell: 'Li‖Li', current_mA_cm2: '1', capacity_mAh_cm2: '1', source_id: 'a2018',
      source: 'cite:a2018', source_url: 'https://example.org/a2018',
    });
    expect(rows[1]).toMatchObject({ coating: 'ald-range', thickness_nm: '', thickness_min_nm: '25', thickness_max_nm: '50', reference: '' });
  });

  it('efficiency: coated and reference per row', () => {
    const rows = records(efficiencyCsv(efficiencyRows(FIXTURE_COATINGS), lookup));
    expect(rows.map((r) => [r.coating, r.coulombic_efficiency_percent, r.reference, r.reference_percent])).toEqual([
      ['ald-range', '99.8', 'bare-cu', '92'], ['ald-lif', '96', '', ''],
    ]);
  });

  it('air: the two reference bands first, then each foil in minutes beside the published value and unit', () => {
    const rows = records(airCsv(airRows(FIXTURE_COATINGS), lookup, ref));
    expect(rows[0]).toMatchObject({ coating: 'bare-li', minutes: '1-5', source: 'ref' });
    expect(rows[1]).toMatchObject({ coating: 'ald-coated-li', bound: '<', minutes: '1200-6000', published_value: '20-100', published_unit: 'h' });
    expect(rows[2]).toMatchObject({ coating: 'mld-thin', minutes: '120', published_value: '2', published_unit: 'h', reference_minutes: '3' });
  });

  it('limits: the four reference values (4.25, 8.5 GPa; 180, 150 °C) then the data of both panels', () => {
    const rows = records(limitsCsv(modulusPoints(FIXTURE_COATINGS), temperaturePoints(FIXTURE_COATINGS), lookup,
      { liModulus: ref, monroeNewman: ref, melting: ref, practice: ref }));
    expect(rows.slice(0, 4).map((r) => [r.item, r.value, r.unit])).toEqual([
      ['li-shear-modulus', '4.25', 'GPa'], ['monroe-newman-threshold', '8.5', 'GPa'],
      ['li-melting-point', '180', '°C'], ['li-coating-practice-max', '150', '°C'],
    ]);
    expect(rows.filter((r) => r.panel === 'shear-modulus').map((r) => [r.item, r.value])).toEqual([['ald-lif', '58']]);
    expect(rows.filter((r) => r.panel === 'process-temperature').map((r) => r.item)).toEqual(['ald-lif', 'mld-thin', 'ald-range']);
  });

  it('every table has as many cells in each row as it has columns', () => {
    const tables = [
      lifetimeCsv(lifetimeFigure(FIXTURE_COATINGS).points, lookup),
      efficiencyCsv(efficiencyRows(FIXTURE_COATINGS), lookup),
      airCsv(airRows(FIXTURE_COATINGS), lookup, ref),
      limitsCsv(modulusPoints(FIXTURE_COATINGS), temperaturePoints(FIXTURE_COATINGS), lookup, { liModulus: ref, monroeNewman: ref, melting: ref, practice: ref }),
    ];
    for (const table of tables) for (const row of table.rows) expect(row).toHaveLength(table.columns.length);
  });
});
