import { Observable } from '../../common/state/observable.ts';
import { WorkerSession, type Heartbeat, type WorkerCall } from '../../common/worker-client/worker-session.ts';
import type { ScreenModel } from '../screen-definition.ts';
import type { Speed } from '../../common/clock/speed.ts';
import { msg, t } from '../../i18n/i18n.ts';
import type { MessageRef } from '../../../worker/common/message-ref.ts';
import type {
  PlatingConfig,
  PlatingProgress,
  PlatingResults,
  PlatingWorkerApi,
  SubstrateInfo,
} from '../../../worker/plating/types.ts';
import { platingConfigOf, type PlatingReadouts, type PlatingSettings } from './plating-settings.ts';
import { mergeProgress, shardConfig } from './worker-shards.ts';

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
  /** Workers the substrates are spread over (1 or more); each has its own session. */
  workers: number;
  notify: (message: MessageRef) => void;
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
      // A frame after a strip is the same frame only if it is of the same cycle (the last strip's frame moves on).
      (snap) => before.snapshots.find((b) => b.capacityMAhcm2 === snap.capacityMAhcm2 && b.stripCycle === snap.stripCycle) ?? snap,
    );
  }
}

/** Within this time the same notice from several workers' sessions is shown once. */
const SAME_NOTICE_MS = 5000;

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/**
 * Runs the plating comparison in the worker a slice at a time, so the page stays responsive,
 * progress shows and a run can be paused or cancelled. Any input change returns to idle.
 */
export class PlatingController implements ScreenModel {
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
  /** One session per worker; the first also holds the queue, the play loop and the read-only keys. */
  readonly #sessions: WorkerSession<PlatingRemote, PlatingReadouts>[];
  readonly #session: WorkerSession<PlatingRemote, PlatingReadouts>;
  /** What the runs were started from: the whole comparison, and each worker's share of it (a new worker starts its share again and plates to `#newest`). */
  #applied: PlatingConfig | null = null;
  #shares: PlatingConfig[] = [];
  /** Read on every pass of the loop, so "Run to end" can speed up a run that is playing. */
  #paced = true;
  /** Coarsening notices already shown since the last start (the same one comes from every substrate). */
  #coarseningTold = new Set<string>();
  #syncScheduled = false;
  #started = false;
  /** The last session notice and when it came: workers that die together report once. */
  #lastNotice = { text: '', atMs: -Infinity };

  constructor(options: PlatingControllerOptions) {
    this.#o = options;
    this.#sessions = Array.from({ length: Math.max(1, options.workers) }, (_, i) => new WorkerSession<PlatingRemote, PlatingReadouts>({
      createWorker: options.createWorker,
      callTimeoutMs: 30_000,
      readouts: options.readouts,
      notify: (message) => this.#notifySessions(message),
      restartedMessage: msg('session.restarted.plating'),
      replay: (call) => this.#replay(i, call),
    }));
    this.#session = this.#sessions[0]!;
    const s = options.settings;
    for (const o of [s.substrates, s.currentMAcm2, s.capacityMAhcm2, s.platingCycles, options.seed]) {
      o.subscribe(() => this.#scheduleSync());
    }
  }

  get status() {
    return this.#o.readouts.status.value;
  }

  start(): Promise<void> {
    this.#started = true;
    return this.#session.run(() => this.#init());
  }

  async play(): Promise<void> {
    // A settings change queues a restart that returns to idle; let it land first.
    await this.#session.idle();
    if (this.status === 'running' || this.status === 'done') return;
    this.#session.publish({ status: 'running' });
    this.#paced = true;
    void this.#loop();
  }

  /** Resolves once the slice in flight has landed, so progress stands still from then on. */
  async pause(): Promise<void> {
    if (this.status === 'running') this.#session.publish({ status: 'paused' });
    await this.#session.idle();
    this.latest.set(this.#newest);
    this.settled.set(this.#newest);
  }

  async togglePlay(): Promise<void> {
    return this.status === 'running' ? this.pause() : this.play();
  }

  /** Plates 1 % of the set capacity on every substrate. */
  async step(): Promise<void> {
    await this.pause();
    await this.#session.run(() => this.#advance(STEP_FRACTION, 'paused'));
  }

  /**
   * Plates the rest at full speed; resolves with the results, rejects if the run is stopped
   * first. A worker that dies on the way is replaced and the run goes on, with the same results.
   */
  async runToEnd(): Promise<Record<string, PlatingResults>> {
    await this.#session.idle();
    if (this.status !== 'done') {
      this.#session.publish({ status: 'running' });
      this.#paced = false;
      await this.#loop();
    }
    if (this.status !== 'done') throw new Error(t('session.runStoppedAt', { progress: this.#o.readouts.progress.value }));
    return this.#o.readouts.results.value;
  }

  /** Clears the runs and keeps the settings. */
  async restart(): Promise<void> {
    await this.pause();
    await this.#session.run(() => this.#init());
  }

  /** The screen's part of Reset All: the app restores the settings, this clears the runs. */
  async reset(): Promise<void> {
    await this.pause();
    await this.#session.run(async () => {
      // A restored setting has already rebuilt the runs, so one Reset All builds them once.
      const fresh = this.status === 'idle' && (this.#newest?.progress ?? 0) === 0;
      if (fresh && this.#configKey() === this.#appliedKey()) return;
      await this.#init();
    });
  }

  dispose(): void {
    for (const s of this.#sessions) s.dispose();
  }

  #notifySessions(message: MessageRef): void {
    const text = JSON.stringify(message);
    const now = performance.now();
    if (text === this.#lastNotice.text && now - this.#lastNotice.atMs < SAME_NOTICE_MS) return;
    this.#lastNotice = { text, atMs: now };
    this.#o.notify(message);
  }

  /** Joins the loop if it is already running. */
  #loop(): Promise<void> {
    return this.#session.loop(
      () => this.status === 'running',
      () => this.#playPass(),
      (error) => {
        if (this.status === 'running') this.#session.publish({ status: 'paused' });
        this.#session.report(error, (reason) => msg('session.platingStopped', { reason }));
      },
    );
  }

  async #playPass(): Promise<void> {
    const paced = this.#paced;
    const slice = paced ? PLAY_SLICE[this.#o.speed.value] : { fraction: RUN_FRACTION, waitMs: 0 };
    await this.#session.run(() => this.#advance(slice.fraction, 'running'));
    // Playing is paced by frames; a run to the end only yields a task, so slow painting
    // (software WebGL, a busy Chromebook) never holds the model back.
    if (paced) {
      if (slice.waitMs > 0) await new Promise((resolve) => setTimeout(resolve, slice.waitMs));
      await nextFrame();
    } else {
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  }

  async #advance(fraction: number, statusAfter: 'running' | 'paused'): Promise<void> {
    const applied = this.#applied;
    if (this.status === 'done' || !applied) return;
    // Every worker plates its share of the same fraction at once: the substrates run side by side.
    const parts = await Promise.all(this.#shares.map((_, i) => this.#sessions[i]!.call((w) => w.advance(fraction))));
    const progress = mergeProgress(applied.substrates, parts);
    this.#apply(progress);
    if (progress.done) this.#session.publish({ status: 'done' });
    else if (statusAfter === 'paused') this.#session.publish({ status: 'paused' });
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
    this.#session.publish({
      progress: progress.progress,
      results: Object.fromEntries(progress.runs.map((r) => [r.substrateId, r.results])),
    });
    for (const run of progress.runs) {
      if (!run.coarsened) continue;
      const told = JSON.stringify(run.coarsened);
      if (this.#coarseningTold.has(told)) continue;
      this.#coarseningTold.add(told);
      this.#o.notify(run.coarsened);
    }
  }

  #configKey(): string {
    return JSON.stringify(platingConfigOf(this.#o.settings, this.#o.seed.value));
  }

  #appliedKey(): string {
    return JSON.stringify(this.#applied);
  }

  async #init(): Promise<void> {
    this.#coarseningTold.clear();
    const config = platingConfigOf(this.#o.settings, this.#o.seed.value);
    // Descriptions first: they leave the worker's runs alone, so the runs and `#applied` change together.
    const infos = await Promise.all(config.substrates.map((id) => this.#session.call((w) => w.describe(id))));
    const shares = shardConfig(config, this.#sessions.length);
    const parts = await Promise.all(shares.map((share, i) => this.#sessions[i]!.call((w) => w.init(share))));
    const progress = mergeProgress(config.substrates, parts);
    this.#applied = config;
    this.#shares = shares;
    this.infos.set(infos);
    this.#session.publish({ status: 'idle' });
    this.#apply(progress);
  }

  /** Any input change returns to idle with new runs; changes within one task build them once. */
  #scheduleSync(): void {
    if (this.#syncScheduled || !this.#started) return;
    this.#syncScheduled = true;
    queueMicrotask(() => {
      this.#syncScheduled = false;
      if (this.#configKey() === this.#appliedKey()) return;
      this.#session.publish({ status: 'idle' });
      void this.#session
        .run(async () => {
          // An earlier queued rebuild (or Reset All) may have built these settings already.
          if (this.#configKey() !== this.#appliedKey()) await this.#init();
        })
        .catch((error: unknown) => this.#session.report(error, (reason) => msg('session.platingCouldNotStart', { reason })));
    });
  }

  /**
   * A new worker replaced a dead one: start the same runs and plate to where they were. Whole
   * percents plate the same steps however they are chunked, so the runs are bit-identical to
   * the lost ones and nothing needs showing again.
   */
  async #replay(worker: number, call: WorkerCall<PlatingRemote>): Promise<void> {
    const config = this.#shares[worker];
    if (!config) return;
    await call((w) => w.init(config));
    const progress = this.#newest?.progress ?? 0;
    if (progress > 0) await call((w) => w.advance(progress));
  }
}
