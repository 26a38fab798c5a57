import { Observable } from '../../common/state/observable.ts';
import { WorkerSession, type Heartbeat, type WorkerCall } from '../../common/worker-client/worker-session.ts';
import { animatePhase, holdFor } from '../../common/clock/animate.ts';
import { STEP_DURATION_MS, type Speed } from '../../common/clock/speed.ts';
import type { ScreenModel } from '../screen-definition.ts';
import { msg } from '../../i18n/i18n.ts';
import type { MessageRef } from '../../../worker/common/message-ref.ts';
import type { AldConfig, AldSnapshot, AldWorkerApi, SaturationPoint } from '../../../worker/ald/types.ts';
import { RECIPE_KEYS, recipeOf, sequenceOf, type ReactorReadouts, type ReactorSettings } from './reactor-settings.ts';
import { RUN_CYCLES_LIMITS } from './cycle-count.ts';

type AldRemote = AldWorkerApi & Heartbeat;

/** Pulse times of the saturation chart (s), log-spaced over the range a student can set. */
export const SATURATION_PULSES_S = Array.from({ length: 41 }, (_, i) => 10 ** (-3 + (i * 4) / 40));

export interface ReactorControllerOptions {
  settings: ReactorSettings;
  readouts: ReactorReadouts;
  speed: Observable<Speed>;
  reducedMotion: () => boolean;
  createWorker: () => Worker;
  /** Tells the user something happened that they did not ask for (e.g. a worker restart). */
  notify: (message: MessageRef) => void;
  /** Ids of the processes a sequence may name. */
  processIds: readonly string[];
}

/** The same film: a regrown one that matches what is shown need not be shown again. */
function sameFilm(a: AldSnapshot, b: AldSnapshot | null): boolean {
  const same = (x: ArrayLike<number>, y: ArrayLike<number>) =>
    x.length === y.length && Array.prototype.every.call(x, (v: number, i: number) => v === y[i]);
  return (
    b !== null &&
    a.processId === b.processId &&
    a.halfStepCount === b.halfStepCount &&
    same(a.heightNm, b.heightNm) &&
    same(a.siteState, b.siteState)
  );
}

/**
 * The Reactor's clock and its link to the model worker. Each half-step is fetched from the
 * worker, then animated for a fixed wall-clock time; views observe `snapshot` and `phase`.
 */
export class ReactorController implements ScreenModel {
  readonly snapshot = new Observable<AldSnapshot | null>(null);
  /** The snapshot before `snapshot`, for animating the half-step between them. */
  previous: AldSnapshot | null = null;
  /** Animation progress of the half-step that produced `snapshot` (0 to 1). */
  readonly phase = new Observable<number>(1);
  readonly saturation = new Observable<SaturationPoint[]>([]);
  /** Snapshot arrivals, so views can tell a regrown film from an animation. */
  readonly generation = new Observable<number>(0);

  readonly #o: ReactorControllerOptions;
  readonly #session: WorkerSession<AldRemote, ReactorReadouts>;
  /** What the worker's film grows from (its recipe kept current): a new worker regrows it. */
  #applied: AldConfig | null = null;
  /** The sequence text the applied film grows ('' for a single process). */
  #appliedSequence = '';
  #syncScheduled = false;
  /** A step's animation runs to its end while paused; playing checks `playing` instead. */
  #stepping = false;

  constructor(options: ReactorControllerOptions) {
    this.#o = options;
    this.#session = new WorkerSession<AldRemote, ReactorReadouts>({
      createWorker: options.createWorker,
      callTimeoutMs: 15_000,
      readouts: options.readouts,
      notify: options.notify,
      restartedMessage: msg('session.restarted.reactor'),
      replay: (call) => this.#regrow(call),
    });
    const s = options.settings;
    for (const key of ['process', 'sequence', 'seed', ...RECIPE_KEYS] as const) s[key].subscribe(() => this.#scheduleSync());
  }

  get playing(): boolean {
    return this.#o.readouts.playing.value;
  }

  /** First load: builds the film for the current settings. */
  start(): Promise<void> {
    return this.#session.run(() => this.#init());
  }

  async play(): Promise<void> {
    if (this.playing) return;
    this.#session.publish({ playing: true });
    void this.#session.loop(
      () => this.playing,
      () => this.#playPass(),
      (error) => {
        this.#session.publish({ playing: false });
        this.#report(error);
      },
    );
  }

  async pause(): Promise<void> {
    this.#session.publish({ playing: false });
  }

  async togglePlay(): Promise<void> {
    return this.playing ? this.pause() : this.play();
  }

  /** Finishes the half-step being shown, or animates the next one. */
  async step(): Promise<void> {
    await this.pause();
    await this.#session.run(() => this.#advanceOnce());
  }

  /** Raises the completed-cycle count by n at full speed, without animation (a cycle in progress counts). */
  async runCycles(n: number): Promise<void> {
    await this.pause();
    await this.#session.run(async () => {
      const snap = await this.#session.call((w) => w.runCycles(n));
      this.#show(null, snap, 1);
    });
  }

  /** Grows what is left of the sequence at full speed; a single-process film has no end, so nothing happens. */
  async growSequence(): Promise<void> {
    await this.pause();
    await this.#session.run(async () => {
      let snap = this.snapshot.value;
      while (snap && !snap.sequence.complete && Number.isFinite(snap.sequence.blockCycles)) {
        snap = await this.#session.call((w) => w.runCycles(RUN_CYCLES_LIMITS.max));
        this.#show(null, snap, 1);
      }
    });
  }

  /** Clears the film and keeps the recipe. */
  async restart(): Promise<void> {
    await this.pause();
    await this.#session.run(() => this.#init());
  }

  /** The screen's part of Reset All: the app restores the settings, this clears the film. */
  async reset(): Promise<void> {
    await this.pause();
    await this.#session.run(async () => {
      // Restoring a different process or seed has already started a fresh film.
      if (this.snapshot.value?.halfStepCount === 0 && this.#configKey() === this.#appliedKey()) return;
      await this.#init();
    });
  }

  dispose(): void {
    this.#session.dispose();
  }

  async #playPass(): Promise<void> {
    await this.#session.run(() => this.#advanceOnce());
    if (this.#o.reducedMotion() && this.playing) {
      await holdFor(STEP_DURATION_MS[this.#o.speed.value], () => !this.playing);
    }
  }

  async #advanceOnce(): Promise<void> {
    const shouldStop = () => !this.playing && !this.#stepping;
    if (this.phase.value < 1) {
      this.#stepping = !this.playing;
      await this.#animate(this.phase.value, shouldStop);
      this.#stepping = false;
      return;
    }
    // A complete sequence has nothing more to grow: playing stops there.
    if (this.snapshot.value?.sequence.complete) {
      this.#session.publish({ playing: false });
      return;
    }
    // Decided before the call: a pause that lands while the half-step is fetched must hold it at its start.
    const stepping = !this.playing;
    const prev = this.snapshot.value;
    const next = await this.#session.call((w) => w.stepHalf());
    this.#stepping = stepping;
    this.#show(prev, next, 0);
    await this.#animate(0, shouldStop);
    this.#stepping = false;
  }

  async #animate(from: number, shouldStop: () => boolean): Promise<void> {
    if (this.#o.reducedMotion()) {
      this.phase.set(1);
    } else {
      await animatePhase(from, STEP_DURATION_MS[this.#o.speed.value], (p) => this.phase.set(p), shouldStop);
    }
    if (this.phase.value >= 1) this.#publish(this.snapshot.value);
  }

  #show(prev: AldSnapshot | null, next: AldSnapshot, phase: number): void {
    // While a sequence runs, `process` reads the block on screen (set directly: not a change of recipe).
    const s = this.#o.settings;
    if (s.sequence.value !== '' && s.process.value !== next.processId) s.process.set(next.processId);
    this.previous = prev;
    this.phase.set(phase);
    this.snapshot.set(next);
    this.generation.set(this.generation.value + 1);
    if (phase >= 1) this.#publish(next);
  }

  #publish(snap: AldSnapshot | null): void {
    if (!snap) return;
    this.#session.publish({
      cycle: snap.cycle,
      halfStep: snap.lastHalfStep,
      coverage: snap.coverage,
      thicknessNm: snap.thicknessNm,
      growthPerCycleNm: snap.growthPerCycleNm,
      layers: snap.layers,
      composition: snap.composition,
    });
  }

  /** A new film is needed when the process or the seed changes; a recipe applies to the film grown so far. */
  #configKey(): string {
    const s = this.#o.settings;
    // A running sequence moves `process` from block to block: only the sequence names the film then.
    return s.sequence.value !== '' ? `sequence:${s.sequence.value}|${s.seed.value}` : `${s.process.value}|${s.seed.value}`;
  }

  #appliedKey(): string {
    const a = this.#applied;
    if (!a) return '';
    return this.#appliedSequence !== '' ? `sequence:${this.#appliedSequence}|${a.seed}` : `${a.processId}|${a.seed}`;
  }

  /** Starts a film in the worker from the current settings. */
  async #init(): Promise<void> {
    const s = this.#o.settings;
    const sequence = sequenceOf(s, this.#o.processIds);
    const config: AldConfig = { processId: s.process.value, recipe: recipeOf(s), seed: s.seed.value, ...(sequence ? { sequence } : {}) };
    const snap = await this.#session.call((w) => w.init(config));
    this.#applied = config;
    this.#appliedSequence = sequence ? s.sequence.value : '';
    this.#show(null, snap, 1);
    await this.#refreshSaturation();
  }

  async #refreshSaturation(): Promise<void> {
    const s = this.#o.settings;
    this.saturation.set(
      await this.#session.call((w) => w.saturationCurve(s.process.value, recipeOf(s), SATURATION_PULSES_S)),
    );
  }

  /** Batches setting changes: a new process or seed starts a new film, a recipe change applies next half-step. */
  #scheduleSync(): void {
    if (this.#syncScheduled) return;
    this.#syncScheduled = true;
    queueMicrotask(() => {
      this.#syncScheduled = false;
      // Stop at once: a step already queued must not animate on the new film.
      const newFilm = this.#configKey() !== this.#appliedKey();
      if (newFilm) this.#session.publish({ playing: false });
      void this.#session
        .run(async () => {
          if (newFilm || this.#configKey() !== this.#appliedKey()) {
            await this.#init();
            return;
          }
          const recipe = recipeOf(this.#o.settings);
          await this.#session.call((w) => w.setRecipe(recipe));
          if (this.#applied) this.#applied = { ...this.#applied, recipe };
          await this.#refreshSaturation();
        })
        .catch((error: unknown) => this.#report(error));
    });
  }

  /**
   * A new worker replaced a dead one: regrow the film to the same half-step. With the same
   * seed and recipe it is the same film, so what is shown (even mid-animation) stays; a recipe
   * changed part-way through grows a slightly different film, which is shown instead.
   */
  async #regrow(call: WorkerCall<AldRemote>): Promise<void> {
    const config = this.#applied;
    if (!config) return;
    const halfSteps = this.snapshot.value?.halfStepCount ?? 0;
    let snap = await call((w) => w.init(config));
    const cycles = Math.floor(halfSteps / 4);
    if (cycles > 0) snap = await call((w) => w.runCycles(cycles));
    for (let i = 0; i < halfSteps % 4; i++) snap = await call((w) => w.stepHalf());
    if (!sameFilm(snap, this.snapshot.value)) this.#show(null, snap, 1);
  }

  #report(error: unknown): void {
    this.#session.report(error, (reason) => msg('session.couldNotApply', { reason }));
  }
}
