/** Builds the app into dist-bench and serves it with vite preview; the caller must stop() it. */
import { spawn, spawnSync } from 'node:child_process';
import { get } from 'node:http';

export const PORT = 4190;
export const OUT_DIR = 'dist-bench';
// vite preview listens on IPv4 loopback only; Node's fetch may try ::1 first for 'localhost'.
export const BASE_URL = `http://127.0.0.1:${PORT}/`;

export function build() {
  const r = spawnSync('npx', ['vite', 'build', '--outDir', OUT_DIR, '--emptyOutDir'], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) throw new Error(`vite build failed (exit ${r.status})`);
}

/** Starts vite preview in its own process group, so stop() ends npx and vite together. */
export async function startPreview() {
  const child = spawn('npx', ['vite', 'preview', '--outDir', OUT_DIR, '--port', String(PORT), '--strictPort'], {
    detached: true,
    stdio: 'ignore',
  });
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    if (await answers(BASE_URL)) return { stop };
    await new Promise((r) => setTimeout(r, 200));
  }
  stop();
  throw new Error(`vite preview did not answer on ${BASE_URL}`);
}

/** node:http, not fetch: 4190 is on the Fetch standard's list of blocked ports. */
function answers(url) {
  return new Promise((resolve) => {
    get(url, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    }).on('error', () => resolve(false));
  });
}
