import { describe, expect, it } from 'vitest';
import { PublicState } from '../../common/embed/public-state.ts';
import { queryFor } from '../../common/query/url-state.ts';
import { PRESETS } from '../../../worker/plating/presets.ts';
import { matchingPreset, registerPlatingSettings } from './plating-settings.ts';

function platingState() {
  const state = new PublicState();
  const settings = registerPlatingSettings(state);
  return { state, settings };
}

describe('preset is an action, not a state', () => {
  it('setting a preset applies its values and then reads as that preset', () => {
    const { state, settings } = platingState();
    state.set({ preset: 'cao2016' }, true);
    expect(settings.substrates.value).toEqual(PRESETS.cao2016.substrates);
    expect(settings.currentMAcm2.value).toBe(PRESETS.cao2016.currentMAcm2);
    expect(state.get('preset')).toBe('cao2016');
  });

  it('a link with a preset and values of its own keeps the values and names no preset', () => {
    const { state, settings } = platingState();
    state.set({ preset: 'cao2016', substrates: 'cu' }, true);
    expect(settings.substrates.value).toEqual(['cu']);
    expect(settings.capacityMAhcm2.value).toBe(PRESETS.cao2016.capacityMAhcm2);
    expect(state.get('preset')).toBe('custom');
    const shared = new URLSearchParams(queryFor(state));
    expect(shared.get('preset')).toBe('custom');
    expect(shared.get('substrates')).toBe('cu');
  });

  it('editing a preset value makes it custom; undoing the edit names the preset again', () => {
    const { state } = platingState();
    state.set({ preset: 'oyakhire2020' });
    state.set({ currentMAcm2: 2 });
    expect(state.get('preset')).toBe('custom');
    state.set({ currentMAcm2: PRESETS.oyakhire2020.currentMAcm2 });
    expect(state.get('preset')).toBe('oyakhire2020');
  });

  it("values typed in by hand that equal a preset's read as that preset", () => {
    const { state } = platingState();
    const { substrates, currentMAcm2, capacityMAhcm2 } = PRESETS.dendrites;
    state.set({ substrates: [...substrates], currentMAcm2, capacityMAhcm2 });
    expect(state.get('preset')).toBe('dendrites');
  });

  it('every preset is matched by its own values only, substrate order included', () => {
    for (const [id, p] of Object.entries(PRESETS)) {
      expect(matchingPreset(p)).toBe(id);
      expect(matchingPreset({ ...p, substrates: [...p.substrates].reverse() })).toBe('custom');
    }
  });
});
