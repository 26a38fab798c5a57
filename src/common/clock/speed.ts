import type { MessageKey } from '../../i18n/i18n.ts';

/** Wall-clock time one animated step takes at each speed (ms). */
export type Speed = 'slow' | 'normal' | 'fast';
export const SPEEDS: readonly Speed[] = ['slow', 'normal', 'fast'];

/** The speed menu's words; the values above stay in URLs and the host API. */
export const SPEED_NAME_KEYS = {
  slow: 'common.speed.slow',
  normal: 'common.speed.normal',
  fast: 'common.speed.fast',
} as const satisfies Record<Speed, MessageKey>;

export const STEP_DURATION_MS: Record<Speed, number> = {
  slow: 4000,
  normal: 2000,
  fast: 600,
};
