import { errorText } from '../error-text.ts';
import * as Comlink from 'comlink';

/** Every worker entry answers `ping`, so a dead worker is noticed even while nothing else is asked. */
export interface Heartbeat {
  ping(): number;
}

export class WorkerRestartedError extends Error {
  constructor() {
    super('The simulation worker stopped and was restarted.');
    this.name = 'WorkerRestartedError';
  }
}

export interface ResilientWorkerOptions {
  /** Longest a single call may take before the worker is presumed dead (ms). */
  callTimeoutMs: number;
  /** How often an idle worker is pinged (ms). */
  heartbeatMs: number;
  /** Called after a new worker replaced a dead one; restore the user's settings here. */
  onRestart: () => void | Promise<void>;
  /** Called once when restarts keep failing and the worker is given up. */
  onGiveUp: (message: string) => void;
}

/** Consecutive failed restarts before the worker is given up (e.g. its script cannot load). */
const MAX_FAILED_RESTARTS = 3;

/**
 * Wraps a comlink worker so that a crash, a `self.close()` or a hang is noticed and the worker
 * is replaced; pending calls then reject with WorkerRestartedError.
 */
export class ResilientWorker<T extends Heartbeat> {
  #worker!: Worker;
  #remote!: Comlink.Remote<T>;
  #inFlight = 0;
  #timer: ReturnType<typeof setInterval> | undefined;
  #generation = 0;
  #restarting = false;
  #rejecters = new Set<(e: Error) => void>();
  #failedRestarts = 0;
  #stopped = false;

  constructor(private readonly create: () => Worker, private readonly options: ResilientWorkerOptions) {
    this.#spawn();
    this.#timer = setInterval(() => void this.#beat(), options.heartbeatMs);
  }

  /** Calls a worker method; rejects if the worker dies first. */
  call<R>(use: (remote: Comlink.Remote<T>) => Promise<R>, timeoutMs = this.options.callTimeoutMs): Promise<R> {
    const generation = this.#generation;
    this.#inFlight++;
    return new Promise<R>((resolve, reject) => {
      let settled = false;
      const finish = (fn: () => void) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        this.#rejecters.delete(rejectNow);
        this.#inFlight--;
        fn();
      };
      const rejectNow = (e: Error) => finish(() => reject(e));
      const timer = setTimeout(() => {
        rejectNow(new WorkerRestartedError());
        if (generation === this.#generation) void this.restart();
      }, timeoutMs);
      this.#rejecters.add(rejectNow);
      use(this.#remote).then(
        (value) => finish(() => resolve(value)),
        (error: unknown) => finish(() => reject(error instanceof Error ? error : new Error(String(error)))),
      );
    });
  }

  /** Replaces the worker and lets the owner restore its settings. */
  async restart(): Promise<void> {
    if (this.#restarting || this.#stopped) return;
    this.#restarting = true;
    this.#generation++;
    this.#worker.terminate();
    for (const reject of [...this.#rejecters]) reject(new WorkerRestartedError());
    this.#spawn();
    try {
      await this.options.onRestart();
      this.#failedRestarts = 0;
    } catch (error) {
      if (++this.#failedRestarts >= MAX_FAILED_RESTARTS) {
        this.dispose();
        this.options.onGiveUp(
          `The simulation worker keeps failing (${errorText(error)}). Reload the page to try again.`,
        );
      }
    } finally {
      this.#restarting = false;
    }
  }

  dispose(): void {
    this.#stopped = true;
    clearInterval(this.#timer);
    this.#worker.terminate();
    for (const reject of [...this.#rejecters]) reject(new WorkerRestartedError());
  }

  #spawn(): void {
    this.#worker = this.create();
    this.#worker.addEventListener('error', (event) => {
      event.preventDefault();
      void this.restart();
    });
    this.#remote = Comlink.wrap<T>(this.#worker);
  }

  async #beat(): Promise<void> {
    if (this.#inFlight > 0 || this.#restarting || this.#stopped) return;
    try {
      await this.call((remote) => remote.ping() as Promise<number>, this.options.heartbeatMs * 2);
    } catch {
      // call() already restarts the worker on a timeout.
    }
  }
}
