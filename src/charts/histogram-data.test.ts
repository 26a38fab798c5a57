import { describe, expect, it } from 'vitest';
import { binValues, describeHistogram, histogramCsvColumns, histogramRows, histogramTableColumns } from './histogram-data.ts';
import { toCsv } from '../common/export/csv.ts';
import { useLocale } from '../i18n/i18n.ts';

describe('binValues', () => {
  const values = [0, 0.4, 1.2, 1.9, 2.5, 9.99, 10];

  it('counts every finite value exactly once, including the maximum', () => {
    const bins = binValues([...values, Number.NaN, Number.POSITIVE_INFINITY], 10);
    expect(bins.reduce((n, b) => n + b.count, 0)).toBe(values.length);
  });

  it('uses contiguous bins of equal width on round edges', () => {
    const bins = binValues(values, 10);
    expect(bins[0]?.x0).toBe(0);
    expect(bins[bins.length - 1]?.x1).toBe(10);
    for (let i = 1; i < bins.length; i++) expect(bins[i]?.x0).toBe(bins[i - 1]?.x1);
    const widths = new Set(bins.map((b) => +(b.x1 - b.x0).toFixed(12)));
    expect(widths.size).toBe(1);
  });

  it('puts identical values in one bin around them', () => {
    expect(binValues([3, 3, 3], 10)).toEqual([{ x0: 2.5, x1: 3.5, count: 3 }]);
  });

  it('gives no bins for no finite values', () => {
    expect(binValues([Number.NaN], 10)).toEqual([]);
  });
});

describe('histogram rows and summary', () => {
  it('gives one CSV row per bin: from, to, count', () => {
    expect(histogramRows([{ x0: 0, x1: 1, count: 4 }])).toEqual([[0, 1, 4]]);
  });
  it('names the count, the mean and the tallest bin', () => {
    const values = [1, 2.2, 2.5, 2.7, 3];
    const text = describeHistogram('Nucleus radius', 'radius (µm)', values, binValues(values, 2));
    expect(text).toContain('5 values of radius (µm)');
    expect(text).toContain('Mean 2.28, median 2.5');
    expect(text).toMatch(/Tallest bin 2 to 3 with 4 values/);
  });
  it('keeps the CSV in English under zh-CN while the table and summary are Chinese', async () => {
    await useLocale('zh-CN');
    try {
      const bins = [{ x0: 0.5, x1: 1.5, count: 3 }];
      expect(toCsv(histogramCsvColumns('diameter (µm)'), histogramRows(bins))).toBe('diameter (µm) from,diameter (µm) to,count\n0.5,1.5,3');
      expect(histogramTableColumns('直径 (µm)')).toEqual(['直径 (µm)（下限）', '直径 (µm)（上限）', '计数']);
      expect(describeHistogram('', '直径 (µm)', [], [])).toBe('直方图。 直径 (µm)的直方图：无数据。');
    } finally {
      await useLocale('en');
    }
  });
});
