/** Wall-clock time one animated step takes at each speed (ms). */
export type Speed = 'slow' | 'normal' | 'fast';
export const SPEEDS: readonly Speed[] = ['slow', 'normal', 'fast'];

export const STEP_DURATION_MS: Record<Speed, number> = {
  slow: 4000,
  normal: 2000,
  fast: 600,
};
