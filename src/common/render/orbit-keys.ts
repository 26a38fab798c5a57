/** One keyboard map for every 3D view, so the arrows turn every scene the same way. */
export type OrbitKeyAction =
  | { kind: 'orbit'; azimuthRad: number; polarRad: number }
  | { kind: 'zoom'; closer: boolean }
  | { kind: 'home' };

const STEP_RAD = Math.PI / 24;

/** Left/right turn the scene about its vertical axis, up/down tilt it, + and − zoom, Home resets. */
export function orbitKeyAction(key: string): OrbitKeyAction | null {
  switch (key) {
    case 'ArrowLeft':
      return { kind: 'orbit', azimuthRad: STEP_RAD, polarRad: 0 };
    case 'ArrowRight':
      return { kind: 'orbit', azimuthRad: -STEP_RAD, polarRad: 0 };
    case 'ArrowUp':
      return { kind: 'orbit', azimuthRad: 0, polarRad: STEP_RAD };
    case 'ArrowDown':
      return { kind: 'orbit', azimuthRad: 0, polarRad: -STEP_RAD };
    case '+':
    case '=':
      return { kind: 'zoom', closer: true };
    case '-':
    case '_':
      return { kind: 'zoom', closer: false };
    case 'Home':
      return { kind: 'home' };
    default:
      return null;
  }
}

/** How much one + or − key press zooms. */
export const KEY_ZOOM_FACTOR = 1 / 0.85;
