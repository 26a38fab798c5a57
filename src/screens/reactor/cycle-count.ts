/** runCycles(n) takes a whole number of cycles in this range, from the API and the controls alike. */
export const RUN_CYCLES_LIMITS = { min: 1, max: 500 } as const;

export function isValidCycleCount(n: unknown): n is number {
  return Number.isInteger(n) && (n as number) >= RUN_CYCLES_LIMITS.min && (n as number) <= RUN_CYCLES_LIMITS.max;
}
