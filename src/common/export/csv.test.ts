import { describe, expect, it } from 'vitest';
import { csvParseRows } from 'd3';
import { toCsv } from './csv.ts';

describe('toCsv', () => {
  it('writes a header row then one line per data row', () => {
    expect(toCsv(['cycle', 'thickness (nm)'], [[1, 0.12], [2, 0.25]])).toBe('cycle,thickness (nm)\n1,0.12\n2,0.25');
  });

  it('quotes cells holding commas, quotes or line breaks', () => {
    const csv = toCsv(['label', 'note'], [['a, b', 'say "hi"'], ['two\nlines', 'plain']]);
    expect(csv).toBe('label,note\n"a, b","say ""hi"""\n"two\nlines",plain');
  });

  it('leaves null, undefined and non-finite numbers as empty cells', () => {
    expect(toCsv(['a', 'b', 'c', 'd'], [[null, undefined, Number.NaN, Number.POSITIVE_INFINITY]])).toBe('a,b,c,d\n,,,');
  });

  it('round-trips through a CSV parser', () => {
    const rows = [['Al2O3, 150 °C', -1.5e-9], ['"TMA"', 0]];
    const parsed = csvParseRows(toCsv(['series', 'y'], rows));
    expect(parsed).toEqual([['series', 'y'], ['Al2O3, 150 °C', '-1.5e-9'], ['"TMA"', '0']]);
  });

  it('keeps full number precision', () => {
    expect(toCsv(['x'], [[0.1 + 0.2]])).toBe('x\n0.30000000000000004');
  });

  it('writes only the header when there are no rows', () => {
    expect(toCsv(['series', 'x', 'y'], [])).toBe('series,x,y');
  });
});
