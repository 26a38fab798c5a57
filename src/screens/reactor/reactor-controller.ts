import { errorText } from '../../common/error-text.ts';
import { Observable } from '../../common/state/observable.ts';
import { ResilientWorker, WorkerRestartedError, type Heartbeat } from '../../common/worker-client/resilient-worker.ts';
import { SerialQueue } from '../../common/worker-client/serial-queue.ts';
import { animatePhase, holdFor } from '../../common/clock/animate.ts';
import { STEP_DURATION_MS, type Speed } from '../../common/clock/speed.ts';
import type { ScreenCommands } from '../../common/embed/host-api.ts';
import type { AldSnapshot, AldWorkerApi, SaturationPoint } from '../../../worker/ald/types.ts';
import { RECIPE_KEYS, recipeOf, type ReactorReadouts, type ReactorSettings } from './reactor-settings.ts';

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
  notify: (message: string) => void;
}

/**
 * The Reactor's clock and its link to the model worker. Each half-step is fetched from the
 * worker, then animated for a fixed wall-clock time; views observe `snapshot` and `phase`.
 */
export class ReactorController implements ScreenCommands {
  readonly snapshot = new Observable<AldSnapshot | null>(null);
  /** The snapshot before `snapshot`, for animating the half-step between them. */
  previous: AldSnapshot | null = null;
  /** Animation progress of the half-step that produced `snapshot` (0 to 1). */
  readonly phase = new Observable<number>(1);
  readonly saturation = new Observable<SaturationPoint[]>([]);
  /** Snapshot arrivals, so views can tell a regrown film from an animation. */
  readonly generation = new Observable<number>(0);

  readonly #o: ReactorControllerOptions;
  readonly #worker: ResilientWorker<AldRemote>;
  readonly #queue = new SerialQueue();
  #looping = false;
  #appliedConfig = '';
  #syncScheduled = false;
  /** A step's animation runs to its end while paused; playing checks `playing` instead. */
  #stepping = false;

  constructor(options: ReactorControllerOptions) {
    this.#o = options;
    this.#worker = new ResilientWorker<AldRemote>(options.createWorker, {
      callTimeoutMs: 15_000,
      heartbeatMs: 1500,
      // Through the queue, so nothing reaches the new worker before it is initialised.
      onRestart: () => this.#queue.run(() => this.#recover()),
      onGiveUp: (message) => options.notify(message),
    });
    const s = options.settings;
    for (const key of ['process', 'seed', ...RECIPE_KEYS] as const) s[key].subscribe(() => this.#scheduleSync());
  }

  get playing(): boolean {
    return this.#o.readouts.playing.value;
  }

  /** First load: builds the film for the current settings. */
  start(): Promise<void> {
    return this.#queue.run(() => this.#init());
  }

  async play(): Promise<void> {
    if (this.playing) return;
    this.#o.readouts.playing.set(true);
    void this.#loop();
  }

  async pause(): Promise<void> {
    this.#o.readouts.playing.set(false);
  }

  async togglePlay(): Promise<void> {
    return this.playing ? this.pause() : this.play();
  }

  /** Finishes the half-step being shown, or animates the next one. */
  async step(): Promise<void> {
    await this.pause();
    await this.#queue.run(() => this.#advanceOnce());
  }

  /** Raises the completed-cycle count by n at full speed, without animation (a cycle in progress counts). */
  async runCycles(n: number): Promise<void> {
    await this.pause();
    await this.#queue.run(async () => {
      const snap = await this.#worker.call((w) => w.runCycles(n));
      this.#show(null, snap, 1);
    });
  }

  /** Clears the film and keeps the recipe. */
  async restart(): Promise<void> {
    await this.pause();
    await this.#queue.run(() => this.#init());
  }

  /** The screen's part of Reset All: the app restores the settings, this clears the film. */
  async reset(): Promise<void> {
    await this.pause();
    // Restoring a different process or seed has already started a fresh film.
    await this.#queue.idle();
    if (this.snapshot.value?.halfStepCount === 0 && this.#configKey() === this.#appliedConfig) return;
    await this.restart();
  }

  dispose(): void {
    this.#worker.dispose();
  }

  async #loop(): Promise<void> {
    if (this.#looping) return;
    this.#looping = true;
    try {
      while (this.playing) {
        await this.#queue.run(() => this.#advanceOnce());
        if (this.#o.reducedMotion() && this.playing) {
          await holdFor(STEP_DURATION_MS[this.#o.speed.value], () => !this.playing);
        }
      }
    } catch (error) {
      this.#o.readouts.playing.set(false);
      this.#report(error);
    } finally {
      this.#looping = false;
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
    const prev = this.snapshot.value;
    const next = await this.#worker.call((w) => w.stepHalf());
    this.#stepping = !this.playing;
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
    this.previous = prev;
    this.phase.set(phase);
    this.snapshot.set(next);
    this.generation.set(this.generation.value + 1);
    if (phase >= 1) this.#publish(next);
  }

  #publish(snap: AldSnapshot | null): void {
    if (!snap) return;
    const r = this.#o.readouts;
    r.cycle.set(snap.cycle);
    r.halfStep.set(snap.lastHalfStep);
    r.coverage.set(snap.coverage);
    r.thicknessNm.set(snap.thicknessNm);
    r.growthPerCycleNm.set(snap.growthPerCycleNm);
  }

  #configKey(): string {
    const s = this.#o.settings;
    return `${s.process.value}|${s.seed.value}`;
  }

  /** Starts a film in the worker from the current settings. */
  #initWorker(): Promise<AldSnapshot> {
    const s = this.#o.settings;
    this.#appliedConfig = this.#configKey();
    return this.#worker.call((w) => w.init({ processId: s.process.value, recipe: recipeOf(s), seed: s.seed.value }));
  }

  async #init(): Promise<void> {
    this.#show(null, await this.#initWorker(), 1);
    await this.#refreshSaturation();
  }

  async #refreshSaturation(): Promise<void> {
    const s = this.#o.settings;
    this.saturation.set(
      await this.#worker.call((w) => w.saturationCurve(s.process.value, recipeOf(s), SATURATION_PULSES_S)),
    );
  }

  /** Batches setting changes: a new process or seed starts a new film, a recipe change applies next half-step. */
  #scheduleSync(): void {
    if (this.#syncScheduled) return;
    this.#syncScheduled = true;
    queueMicrotask(() => {
      this.#syncScheduled = false;
      // Stop at once: a step already queued must not animate on the new film.
      const newFilm = this.#configKey() !== this.#appliedConfig;
      if (newFilm) this.#o.readouts.playing.set(false);
      void this.#queue
        .run(async () => {
          if (newFilm || this.#configKey() !== this.#appliedConfig) {
            await this.#init();
            return;
          }
          await this.#worker.call((w) => w.setRecipe(recipeOf(this.#o.settings)));
          await this.#refreshSaturation();
        })
        .catch((error: unknown) => this.#report(error));
    });
  }

  /** A new worker replaced a dead one: regrow the film with the user's settings. */
  async #recover(): Promise<void> {
    const halfSteps = this.snapshot.value?.halfStepCount ?? 0;
    this.#o.readouts.playing.set(false);
    this.phase.set(1);
    let snap = await this.#initWorker();
    const cycles = Math.floor(halfSteps / 4);
    if (cycles > 0) snap = await this.#worker.call((w) => w.runCycles(cycles));
    for (let i = 0; i < halfSteps % 4; i++) snap = await this.#worker.call((w) => w.stepHalf());
    this.#show(null, snap, 1);
    await this.#refreshSaturation();
    this.#o.notify('The simulation worker stopped unexpectedly. It was restarted with your settings and the film was regrown.');
  }

  #report(error: unknown): void {
    if (error instanceof WorkerRestartedError) return;
    this.#o.notify(`The simulation could not apply a change: ${errorText(error)}`);
  }
}
