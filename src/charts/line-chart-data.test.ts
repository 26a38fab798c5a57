import { afterEach, describe, expect, it } from 'vitest';
import type { LineSeries } from './chart-types.ts';
import { describeLineChart, lineChartCsvColumns, lineChartCsvRows, lineChartTableColumns, lineChartTableRows } from './line-chart-data.ts';
import { fileSlug, linearTickLabel, logTickLabel, tableCell } from './chart-text.ts';
import { toCsv } from '../common/export/csv.ts';
import { useLocale } from '../i18n/i18n.ts';

const series: LineSeries[] = [
  { id: 'measured', label: 'Measured', points: [[0, 0], [10, 1.1]] },
  { id: 'gpc', label: 'N × GPC', points: [[0, 0], [100, 11]], dashed: true },
];

afterEach(() => useLocale('en'));

describe('line chart rows', () => {
  it('write one long-format row per point: the CSV by series id, the table by label', () => {
    expect(lineChartCsvRows(series)).toEqual([
      ['measured', 0, 0], ['measured', 10, 1.1], ['gpc', 0, 0], ['gpc', 100, 11],
    ]);
    expect(lineChartCsvColumns('cycle', 'thickness (nm)')).toEqual(['series', 'cycle', 'thickness (nm)']);
    expect(lineChartTableRows(series)[3]).toEqual(['N × GPC', 100, 11]);
    expect(lineChartTableColumns('Cycle', 'Thickness (nm)')).toEqual(['Series', 'Cycle', 'Thickness (nm)']);
  });

  it('keep the CSV machine-readable under zh-CN: English headers, "." decimals, ids', async () => {
    await useLocale('zh-CN');
    const chinese: LineSeries[] = [{ id: 'measured', label: '模拟膜厚', points: [[1, 0.125], [1000, 1234.5]] }];
    const csv = toCsv(lineChartCsvColumns('cycle', 'thickness (nm)'), lineChartCsvRows(chinese));
    expect(csv).toBe('series,cycle,thickness (nm)\nmeasured,1,0.125\nmeasured,1000,1234.5');
    // The table beside it is in Chinese.
    expect(lineChartTableColumns('循环数', '膜厚 (nm)')).toEqual(['数据系列', '循环数', '膜厚 (nm)']);
  });
});

describe('describeLineChart', () => {
  it('names axes, ranges, line styles and markers', () => {
    const text = describeLineChart({
      title: 'Thickness', xLabel: 'cycle', yLabel: 'thickness (nm)', xDomain: [0, 100], yDomain: [0.1, 11],
      xScaleType: 'linear', yScaleType: 'log', series, markers: [{ x: 10, y: 1.1, label: 'current recipe' }],
    });
    expect(text).toContain('X axis cycle, 0 to 100.');
    expect(text).toContain('Y axis thickness (nm), 0.1 to 11, log scale.');
    expect(text).toContain('Measured (solid line, 2 points)');
    expect(text).toContain('N × GPC (dashed line');
    expect(text).toContain('Marker "current recipe" at x 10, y 1.1.');
  });

  it('speaks the reader\'s language', async () => {
    await useLocale('zh-CN');
    const text = describeLineChart({
      title: '膜厚', xLabel: '循环数', yLabel: '膜厚 (nm)', xDomain: [0, 1000], yDomain: [0.1, 11],
      xScaleType: 'linear', yScaleType: 'log', series: [], markers: [],
    });
    expect(text).toBe('膜厚。 X 轴：循环数，从 0 到 1,000。 Y 轴：膜厚 (nm)，从 0.1 到 11，对数坐标。 无数据。');
  });
});

describe('fileSlug', () => {
  it('makes a safe file name from a title', () => {
    expect(fileSlug('Thickness vs cycle (nm)')).toBe('thickness-vs-cycle-nm');
    expect(fileSlug('Ångström-scale growth')).toBe('angstrom-scale-growth');
    expect(fileSlug('  ')).toBe('chart');
    expect(fileSlug('膜厚随循环数的变化（nm）')).toBe('膜厚随循环数的变化-nm');
  });
});

describe('linear axis and table numbers', () => {
  it('use the tick step\'s precision and the locale\'s grouping', () => {
    const label = linearTickLabel([0, 1], 5);
    expect([0, 0.2, 1].map(label)).toEqual(['0.0', '0.2', '1.0']);
    expect(linearTickLabel([0, 20_000], 4)(15_000)).toBe('15,000');
  });
  it('write table cells short, with no NaN', () => {
    expect([0.1 + 0.2, 1200, Number.NaN, 'Cu', null].map(tableCell)).toEqual(['0.3', '1,200', '', 'Cu', '']);
  });
});

describe('log axis labels', () => {
  it('label only powers of ten across many decades, so they cannot collide', () => {
    const label = logTickLabel([1e-6, 1]);
    expect([1e-6, 2e-6, 1e-4, 0.001, 0.002, 0.01, 1].map(label)).toEqual(['10⁻⁶', '', '10⁻⁴', '0.001', '', '0.01', '1']);
  });
  it('add 2 and 5 across a decade or two', () => {
    const label = logTickLabel([0.01, 1]);
    expect([0.01, 0.02, 0.03, 0.05, 0.1].map(label)).toEqual(['0.01', '0.02', '', '0.05', '0.1']);
  });
});
