import { describe, expect, it } from 'vitest';
import fixture from './fixtures/fixture-process.json';
import { PROCESSES } from './processes.ts';
import { processMessageKeys } from './process-words.ts';
import { validateProcess } from './validate.ts';
import { en } from '../../src/i18n/en/index.ts';
import { zhCN } from '../../src/i18n/zh-CN/index.ts';

describe('words of the shipped processes', () => {
  it('every process in worker/ald/processes/ has its name, reasons, doubt and molecule names in both locales', () => {
    expect(PROCESSES.length).toBeGreaterThan(0);
    for (const [locale, catalogue] of [['en', en], ['zh-CN', zhCN]] as const) {
      for (const process of PROCESSES) {
        const missing = processMessageKeys(process).filter((key) => !(key in catalogue));
        expect(missing, `${locale}: ${process.id}`).toEqual([]);
      }
    }
  });

  it('asks for a doubt only where the data marks the GPC doubtful', () => {
    const nylon = PROCESSES.find((p) => p.id === 'nylon66')!;
    const al2o3 = PROCESSES.find((p) => p.id === 'al2o3')!;
    expect(processMessageKeys(nylon)).toContain('aldModel.process.nylon66.doubt');
    expect(processMessageKeys(al2o3).some((k) => k.endsWith('.doubt'))).toBe(false);
  });

  it('a process without catalogue entries (the fixture) still validates: its words are optional', () => {
    const process = validateProcess(fixture, 'fixture-process.json');
    expect(processMessageKeys(process)).toContain('aldModel.process.fixture-zno.name');
    expect('aldModel.process.fixture-zno.name' in en).toBe(false);
  });
});
