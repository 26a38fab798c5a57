import { defineConfig } from 'vitest/config';

// Unit tests sit beside their sources; Playwright specs live in e2e/ and are not ours.
export default defineConfig({
  test: {
    include: ['worker/**/*.test.ts', 'src/**/*.test.ts', 'lessons/**/*.test.ts'],
    exclude: ['e2e/**', 'node_modules/**', 'dist/**'],
    environment: 'node',
    testTimeout: 60_000,
    // Vitest leaves one core to its main process by default; that process only waits while the
    // models run, so on a 2-core CI machine two workers halve the wall time.
    maxWorkers: 2,
  },
});
