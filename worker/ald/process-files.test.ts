import { describe, expect, it } from 'vitest';
import { loadProcesses } from './process-files.ts';
import { PROCESSES, PROCESS_SUMMARIES } from './processes.ts';

const files = import.meta.glob<{ default: unknown }>('./processes/*.json', { eager: true });

describe('shipped process files', () => {
  it('every file validates, and the app gets exactly the validated form (no field the validator would drop)', () => {
    expect(Object.keys(files).length).toBeGreaterThan(0);
    expect(PROCESSES).toStrictEqual(loadProcesses(files));
  });

  it('the summaries name the same processes, in the same order, with their growth temperatures', () => {
    expect(PROCESS_SUMMARIES).toStrictEqual(PROCESSES.map(({ id, gpcTemperatureC }) => ({ id, gpcTemperatureC })));
  });
});
