import { Observable } from '../../common/state/observable.ts';
import { ResilientWorker, WorkerRestartedError, type Heartbeat } from '../../common/worker-client/resilient-worker.ts';
import { SerialQueue } from '../../common/worker-client/serial-queue.ts';
import type { ScreenCommands } from '../../common/embed/host-api.ts';
import type { Speed } from '../../common/clock/speed.ts';
import type { PlatingProgress, PlatingResults, PlatingWorkerApi, SubstrateInfo } from '../../../worker/plating/types.ts';
import { platingConfigOf, type PlatingReadouts, type PlatingSettings } from './plating-settings.ts';

type PlatingRemote = PlatingWorkerApi & Heartbeat;

/** Share of the set capacity one "step" plates. */
export const STEP_FRACTION = 0.01;
/**
 * While playing: the share plated per slice and the pause after it, by speed. Slices are whole
 * percents, so a run gives the same results however it was sliced.
 */
const PLAY_SLICE: Record<Speed, { fraction: number; waitMs: number }> = {
  slow: { fraction: 0.01, waitMs: 250 },
  normal: { fraction: 0.01, waitMs: 40 },
  fast: { fraction: 0.02, waitMs: 0 },
};
/** Share plated per call by runToEnd: large enough to be quick, small enough to show progress and cancel. */
const RUN_FRACTION = 0.05;

export interface PlatingControllerOptions {
  settings: PlatingSettings;
  readouts: PlatingReadouts;
  seed: Observable<number>;
  speed: Observable<Speed>;
  createWorker: () => Worker;
  notify: (message: string) => void;
}

/** While running, the top views and sections redraw at most this often; the model does not wait. */
const LATEST_INTERVAL_MS = 200;
const SETTLED_INTERVAL_MS = 1000;

/** Snapshots already taken arrive again with every slice; reuse the old objects so views skip redraws. */
function keepSnapshotIdentity(next: PlatingProgress, previous: PlatingProgress | null): void {
  if (!previous) return;
  for (const run of next.runs) {
    const before = previous.runs.find((r) => r.substrateId === run.substrateId);
    if (!before) continue;
    run.snapshots = run.snapshots.map(
      (snap) => before.snapshots.find((b) => b.capacityMAhcm2 === snap.capacityMAhcm2) ?? snap,
    );
  }
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/**
 * Runs the plating comparison in the worker a slice at a time, so the page stays responsive,
 * progress shows and a run can be paused or cancelled. Any input change returns to idle.
 */
export class PlatingController implements ScreenCommands {
  readonly latest = new Observable<PlatingProgress | null>(null);
  /**
   * `latest`, at most every SETTLED_INTERVAL_MS while running: for the charts, tables and
   * snapshots, which cost too much to redraw on every slice.
   */
  readonly settled = new Observable<PlatingProgress | null>(null);
  #settledAt = 0;
  #latestAt = 0;
  /** Every slice's progress; `latest` and `settled` pass it on at their own pace. */
  #newest: PlatingProgress | null = null;
  readonly infos = new Observable<SubstrateInfo[]>([]);
  readonly #o: PlatingControllerOptions;
  readonly #worker: ResilientWorker<PlatingRemote>;
  readonly #queue = new SerialQueue();
  #looping = false;
  /** Read on every pass of the loop, so "Run to end" can speed up a run that is playing. */
  #paced = true;
  #loopDone: Promise<void> = Promise.resolve();
  /** Coarsening notices already shown since the last start (the same one comes from every substrate). */
  #coarseningTold = new Set<string>();
  #syncScheduled = false;
  #started = false;

  constructor(options: PlatingControllerOptions) {
    this.#o = options;
    this.#worker = new ResilientWorker<PlatingRemote>(options.createWorker, {
      callTimeoutMs: 30_000,
      heartbeatMs: 2000,
      // Through the queue, so nothing reaches the new worker before it is initialised.
      onRestart: () => this.#queue.run(() => this.#recover()),
      onGiveUp: (message) => options.notify(message),
    });
    const s = options.settings;
    for (const o of [s.substrates, s.currentMAcm2, s.capacityMAhcm2, options.seed]) {
      o.subscribe(() => this.#scheduleSync());
    }
  }

  get status() {
    return this.#o.readouts.status.value;
  }

  start(): Promise<void> {
    this.#started = true;
    return this.#queue.run(() => this.#init());
  }

  async play(): Promise<void> {
    // A settings change queues a restart that returns to idle; let it land first.
    await this.#queue.idle();
    if (this.status === 'running' || this.status === 'done') return;
    this.#o.readouts.status.set('running');
    this.#paced = true;
    this.#startLoop();
  }

  /** Resolves once the slice in flight has landed, so progress stands still from then on. */
  async pause(): Promise<void> {
    if (this.status === 'running') this.#o.readouts.status.set('paused');
    await this.#queue.idle();
    this.latest.set(this.#newest);
    this.settled.set(this.#newest);
  }

  async togglePlay(): Promise<void> {
    return this.status === 'running' ? this.pause() : this.play();
  }

  /** Plates 1 % of the set capacity on every substrate. */
  async step(): Promise<void> {
    await this.pause();
    await this.#queue.run(() => this.#advance(STEP_FRACTION, 'paused'));
  }

  /** Plates the rest at full speed; resolves with the results, rejects if the run is stopped first. */
  async runToEnd(): Promise<Record<string, PlatingResults>> {
    await this.#queue.idle();
    if (this.status !== 'done') {
      this.#o.readouts.status.set('running');
      this.#paced = false;
      this.#startLoop();
      await this.#loopDone;
    }
    if (this.status !== 'done') throw new Error(`The run stopped at ${Math.round(this.#o.readouts.progress.value * 100)} % before the end.`);
    return this.#o.readouts.results.value;
  }

  /** Clears the runs and keeps the settings. */
  async restart(): Promise<void> {
    await this.pause();
    await this.#queue.run(() => this.#init());
  }

  async reset(): Promise<void> {
    await this.restart();
  }

  dispose(): void {
    this.#worker.dispose();
  }

  #startLoop(): void {
    if (this.#looping) return;
    this.#looping = true;
    this.#loopDone = this.#loop();
  }

  async #loop(): Promise<void> {
    try {
      while (this.status === 'running') {
        const paced = this.#paced;
        const slice = paced ? PLAY_SLICE[this.#o.speed.value] : { fraction: RUN_FRACTION, waitMs: 0 };
        await this.#queue.run(() => this.#advance(slice.fraction, 'running'));
        // Playing is paced by frames; a run to the end only yields a task, so slow painting
        // (software WebGL, a busy Chromebook) never holds the model back.
        if (paced) {
          if (slice.waitMs > 0) await new Promise((resolve) => setTimeout(resolve, slice.waitMs));
          await nextFrame();
        } else {
          await new Promise((resolve) => setTimeout(resolve, 0));
        }
      }
    } catch (error) {
      if (this.status === 'running') this.#o.readouts.status.set('paused');
      if (!(error instanceof WorkerRestartedError)) this.#o.notify(`The plating run stopped: ${String(error)}`);
    } finally {
      this.#looping = false;
    }
  }

  async #advance(fraction: number, statusAfter: 'running' | 'paused'): Promise<void> {
    if (this.status === 'done') return;
    const progress = await this.#worker.call((w) => w.advance(fraction));
    this.#apply(progress);
    if (progress.done) this.#o.readouts.status.set('done');
    else if (statusAfter === 'paused') this.#o.readouts.status.set('paused');
  }

  #apply(progress: PlatingProgress): void {
    keepSnapshotIdentity(progress, this.#newest);
    this.#newest = progress;
    const now = performance.now();
    if (progress.done || this.status !== 'running' || now - this.#latestAt >= LATEST_INTERVAL_MS) {
      this.#latestAt = now;
      this.latest.set(progress);
    }
    if (progress.done || this.status !== 'running' || now - this.#settledAt >= SETTLED_INTERVAL_MS) {
      this.#settledAt = now;
      this.settled.set(progress);
    }
    this.#o.readouts.progress.set(progress.progress);
    this.#o.readouts.results.set(Object.fromEntries(progress.runs.map((r) => [r.substrateId, r.results])));
    for (const run of progress.runs) {
      if (!run.coarsened || this.#coarseningTold.has(run.coarsened)) continue;
      this.#coarseningTold.add(run.coarsened);
      this.#o.notify(run.coarsened);
    }
  }

  async #init(): Promise<void> {
    this.#coarseningTold.clear();
    const config = platingConfigOf(this.#o.settings, this.#o.seed.value);
    const progress = await this.#worker.call((w) => w.init(config));
    const infos = await Promise.all(config.substrates.map((id) => this.#worker.call((w) => w.describe(id))));
    this.infos.set(infos);
    this.#o.readouts.status.set('idle');
    this.#apply(progress);
  }

  #scheduleSync(): void {
    if (this.#syncScheduled || !this.#started) return;
    this.#syncScheduled = true;
    queueMicrotask(() => {
      this.#syncScheduled = false;
      this.#o.readouts.status.set('idle');
      void this.#queue.run(() => this.#init()).catch((error: unknown) => {
        if (!(error instanceof WorkerRestartedError)) this.#o.notify(`The plating model could not start: ${String(error)}`);
      });
    });
  }

  /** A new worker replaced a dead one: start again from the user's settings. */
  async #recover(): Promise<void> {
    const progress = this.#o.readouts.progress.value;
    this.#o.readouts.status.set('idle');
    const config = platingConfigOf(this.#o.settings, this.#o.seed.value);
    let latest = await this.#worker.call((w) => w.init(config));
    if (progress > 0) latest = await this.#worker.call((w) => w.advance(progress));
    this.#apply(latest);
    this.#o.readouts.status.set(latest.done ? 'done' : progress > 0 ? 'paused' : 'idle');
    this.#o.notify('The plating worker stopped unexpectedly. It was restarted with your settings and the run was replayed.');
  }
}
