/**
 * Drives a phase from `from` to 1 over the remaining share of `durationMs`, one value per
 * animation frame. Resolves with the phase reached: 1, or less when `shouldStop` said so.
 */
export function animatePhase(
  from: number,
  durationMs: number,
  onPhase: (phase: number) => void,
  shouldStop: () => boolean,
): Promise<number> {
  return new Promise((resolve) => {
    const start = performance.now() - from * durationMs;
    const frame = (now: number) => {
      if (shouldStop()) return resolve(from);
      const phase = Math.min(1, (now - start) / durationMs);
      from = phase;
      onPhase(phase);
      if (phase >= 1) resolve(1);
      else requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
}

/** Waits, but gives up early when `shouldStop` says so (checked every 50 ms). */
export function holdFor(durationMs: number, shouldStop: () => boolean): Promise<boolean> {
  return new Promise((resolve) => {
    const end = performance.now() + durationMs;
    const tick = () => {
      if (shouldStop()) return resolve(false);
      if (performance.now() >= end) return resolve(true);
      setTimeout(tick, Math.min(50, end - performance.now()));
    };
    tick();
  });
}
