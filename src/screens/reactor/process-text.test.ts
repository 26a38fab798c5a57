import { afterEach, describe, expect, it } from 'vitest';
import fixture from '../../../worker/ald/fixtures/fixture-process.json';
import { PROCESSES } from '../../../worker/ald/processes.ts';
import { validateProcess } from '../../../worker/ald/validate.ts';
import { useLocale } from '../../i18n/i18n.ts';
import { choiceWhy, doubtText, elementName, moleculeName, processName } from './process-text.ts';

const nylon = PROCESSES.find((p) => p.id === 'nylon66')!;

describe('process words on screen', () => {
  afterEach(() => useLocale('en'));

  it('reads names and reasons from the catalogue in the locale on screen', async () => {
    expect(processName(nylon)).toMatch(/nylon-6,6/);
    expect(moleculeName(nylon.byproduct)).toBe('hydrogen chloride');
    expect(choiceWhy(nylon, 'stericRadiusSites')).toMatch(/Adipoyl chloride/);
    expect(doubtText(nylon)).toMatch(/19/);
    await useLocale('zh-CN');
    expect(processName(nylon)).toMatch(/尼龙/);
    expect(moleculeName(nylon.byproduct)).toBe('氯化氢');
    expect(elementName('Cl')).toBe('氯');
  });

  it('a process file without catalogue entries shows its id and formulas, and no reasons', () => {
    const bare = validateProcess(fixture, 'fixture-process.json');
    expect(processName(bare)).toBe('fixture-zno');
    expect(choiceWhy(bare, 'dose')).toBeNull();
    expect(doubtText(bare)).toBeNull();
    expect(moleculeName({ ...bare.precursorA, id: 'not-in-the-catalogue' })).toBeNull();
    expect(doubtText({ ...bare, gpcDoubtful: true })).toMatch(/in doubt/);
    expect(elementName('Xe')).toBe('Xe');
  });
});
