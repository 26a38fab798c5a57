import { describe, expect, it } from 'vitest';
import { PublicState } from '../../common/embed/public-state.ts';
import { PROCESS_SUMMARIES } from '../../../worker/ald/processes.ts';
import { registerReactorSettings } from './reactor-settings.ts';

describe('clearing a sequence', () => {
  it('goes back to its first process and keeps the temperature, whichever block was on screen', () => {
    const state = new PublicState();
    const s = registerReactorSettings(state, PROCESS_SUMMARIES);
    state.set({ sequence: 'al2o3*2,alucone-eg*2', temperatureC: 120 });
    expect(s.process.value).toBe('al2o3');
    // While the second block grows, the controller shows its process.
    s.process.set('alucone-eg');
    state.set({ sequence: '' });
    expect([s.sequence.value, s.process.value, s.temperatureC.value]).toEqual(['', 'al2o3', 120]);
  });

  it('with a process in the same change takes that process', () => {
    const state = new PublicState();
    const s = registerReactorSettings(state, PROCESS_SUMMARIES);
    state.set({ sequence: 'al2o3*2,alucone-eg*2' });
    state.set({ sequence: '', process: 'tio2' });
    expect([s.sequence.value, s.process.value]).toEqual(['', 'tio2']);
  });
});
