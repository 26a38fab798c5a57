import { describe, expect, it } from 'vitest';
import type { LineSeries } from './chart-types.ts';
import { describeLineChart, lineChartColumns, lineChartRows } from './line-chart-data.ts';
import { fileSlug, logTickLabel } from './chart-text.ts';

const series: LineSeries[] = [
  { id: 'measured', label: 'Measured', points: [[0, 0], [10, 1.1]] },
  { id: 'gpc', label: 'N × GPC', points: [[0, 0], [100, 11]], dashed: true },
];

describe('lineChartRows', () => {
  it('writes one long-format row per point, labelled by series', () => {
    expect(lineChartRows(series)).toEqual([
      ['Measured', 0, 0], ['Measured', 10, 1.1], ['N × GPC', 0, 0], ['N × GPC', 100, 11],
    ]);
    expect(lineChartColumns('cycle', 'thickness (nm)')).toEqual(['series', 'cycle', 'thickness (nm)']);
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
});

describe('fileSlug', () => {
  it('makes a safe file name from a title', () => {
    expect(fileSlug('Thickness vs cycle (nm)')).toBe('thickness-vs-cycle-nm');
    expect(fileSlug('Ångström-scale growth')).toBe('angstrom-scale-growth');
    expect(fileSlug('  ')).toBe('chart');
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
