import type * as Comlink from 'comlink';
import type { MessageRef } from '../../../worker/common/message-ref.ts';
import { errorText } from '../error-text.ts';
import { msg, verbatim } from '../../i18n/i18n.ts';
import { errorRef } from '../../i18n/error-ref.ts';
import { SerialQueue } from './serial-queue.ts';
import { WorkerDiedError, WorkerLife, type Heartbeat, type LifeLocks } from './worker-life.ts';

export type { Heartbeat } from './worker-life.ts';

/** A call on the worker: `use` gets its remote API. */
export type WorkerCall<T> = <V>(use: (remote: Comlink.Remote<T>) => Promise<V>) => Promise<V>;

/**
 * A call that could not be completed: its worker died twice under it, or the session was
 * given up or disposed. The user has already been told, so callers report it to no one.
 */
export class WorkerLostError extends Error {
  constructor() {
    super('The simulation worker stopped before the call could complete.');
    this.name = 'WorkerLostError';
  }
}

/** The read-only keys a screen publishes: the observables the host API and the views watch. */
interface Settable<V> {
  set(next: V): void;
}
type Readouts<R> = { [K in keyof R]: Settable<never> };
type ValueOf<O> = O extends Settable<infer V> ? V : never;

export interface WorkerSessionOptions<T extends Heartbeat, R extends Readouts<R>> {
  createWorker: () => Worker;
  /** Longest one call may run before its worker is presumed hung (ms). */
  callTimeoutMs: number;
  /**
   * Brings a new worker to where the dead one was: the user's settings and progress. Nothing
   * that waits for the worker is sent to it before this has finished.
   */
  replay: (call: WorkerCall<T>) => Promise<void>;
  /** Told to the user once a new worker has taken over. */
  restartedMessage: MessageRef;
  notify: (message: MessageRef) => void;
  /** The screen's read-only keys, set through `publish`. */
  readouts: R;
  /** Ping period (ms); unit tests shorten it. */
  heartbeatMs?: number;
  /** Web Locks (the browser's by default); null where they are unavailable. */
  locks?: LifeLocks | null;
}

/** Consecutive workers that die before taking over (e.g. the script cannot load) before giving up. */
const MAX_FAILED_STARTS = 3;
/** Half of the 2 s within which a dead worker must be noticed when only pings can tell. */
const HEARTBEAT_MS = 500;

function browserLocks(): LifeLocks | null {
  return typeof navigator !== 'undefined' && 'locks' in navigator ? navigator.locks : null;
}

const ignore = () => undefined;

/**
 * A screen's link to its model worker for the worker's whole life and the next ones: spawns
 * it, notices its death (see WorkerLife), replaces it and replays the user's settings and
 * progress, then sends every call that waited, or was lost in flight, to the new worker. It
 * also holds the screen's serial queue, its play loop and the publishing of its read-only keys.
 */
export class WorkerSession<T extends Heartbeat, R extends Readouts<R>> {
  readonly #o: WorkerSessionOptions<T, R>;
  readonly #locks: LifeLocks | null;
  readonly #queue = new SerialQueue();
  #life: WorkerLife<T>;
  /** The worker calls go to; pending while a new one replays. */
  #ready: Promise<WorkerLife<T>>;
  #takeover: { resolve: (life: WorkerLife<T>) => void; reject: (error: Error) => void } | null = null;
  /** The current worker has answered and, if it replaced one, replayed. */
  #tookOver = false;
  #failedStarts = 0;
  #stopped = false;
  #loop: Promise<void> | null = null;

  constructor(options: WorkerSessionOptions<T, R>) {
    this.#o = options;
    this.#locks = options.locks === undefined ? browserLocks() : options.locks;
    const first = this.#spawn();
    this.#life = first;
    this.#ready = Promise.resolve(first);
    // The first worker has nothing to replay: answering proves its script loads.
    first.answered.then(() => {
      if (this.#life === first) this.#tookOver = true;
    }, ignore);
  }

  /**
   * Calls the worker. A call made while it is being replaced waits for the new one; a call in
   * flight when it dies is sent once more to the new one, after the replay. Rejects with the
   * worker's own error, or WorkerLostError.
   */
  async call<V>(use: (remote: Comlink.Remote<T>) => Promise<V>): Promise<V> {
    let retried = false;
    for (;;) {
      const life = await this.#ready;
      // Died after it was handed out: the call was never sent, so this is no retry.
      if (life.dead) continue;
      try {
        return await life.call(use);
      } catch (error) {
        if (!(error instanceof WorkerDiedError)) throw error;
        if (retried || this.#stopped) throw new WorkerLostError();
        retried = true;
      }
    }
  }

  /** Runs a task after every task queued before it, so commands never interleave on the worker. */
  run<V>(task: () => Promise<V>): Promise<V> {
    return this.#queue.run(task);
  }

  /** Resolves once everything queued so far has finished. */
  idle(): Promise<unknown> {
    return this.#queue.idle();
  }

  /**
   * The play loop: runs `pass` while `running()` holds; starting it again while it runs joins
   * the running loop. A failed pass ends the loop and goes to `onError`; the promise never rejects.
   */
  loop(running: () => boolean, pass: () => Promise<void>, onError: (error: unknown) => void): Promise<void> {
    this.#loop ??= this.#runLoop(running, pass, onError).finally(() => {
      this.#loop = null;
    });
    return this.#loop;
  }

  /** Sets some of the screen's read-only keys. */
  publish(values: { [K in keyof R]?: ValueOf<R[K]> }): void {
    for (const key of Object.keys(values) as (keyof R)[]) {
      (this.#o.readouts[key] as Settable<unknown>).set(values[key]);
    }
  }

  /** Tells the user a command failed, unless it was lost with a worker (they were told of that). */
  report(error: unknown, message: (reason: MessageRef) => MessageRef): void {
    if (error instanceof WorkerLostError) return;
    this.#o.notify(message(errorRef(error)));
  }

  dispose(): void {
    if (this.#stopped) return;
    this.#stopped = true;
    this.#life.dispose();
    const lost = new WorkerLostError();
    this.#takeover?.reject(lost);
    this.#takeover = null;
    this.#ready = Promise.reject(lost);
    this.#ready.catch(ignore);
  }

  async #runLoop(running: () => boolean, pass: () => Promise<void>, onError: (error: unknown) => void): Promise<void> {
    try {
      while (running() && !this.#stopped) await pass();
    } catch (error) {
      onError(error);
    }
  }

  #spawn(): WorkerLife<T> {
    const life: WorkerLife<T> = new WorkerLife<T>(this.#o.createWorker, {
      callTimeoutMs: this.#o.callTimeoutMs,
      heartbeatMs: this.#o.heartbeatMs ?? HEARTBEAT_MS,
      locks: this.#locks,
      onDeath: (cause) => this.#onDeath(life, cause),
    });
    return life;
  }

  #onDeath(dead: WorkerLife<T>, cause: MessageRef): void {
    if (this.#stopped || dead !== this.#life) return;
    if (!this.#tookOver && ++this.#failedStarts >= MAX_FAILED_STARTS) {
      this.dispose();
      this.#o.notify(msg('session.gaveUp', { cause }));
      return;
    }
    if (!this.#takeover) {
      this.#ready = new Promise((resolve, reject) => {
        this.#takeover = { resolve, reject };
      });
      this.#ready.catch(ignore);
    }
    const next = this.#spawn();
    this.#life = next;
    this.#tookOver = false;
    void this.#takeOver(next);
  }

  async #takeOver(life: WorkerLife<T>): Promise<void> {
    try {
      await life.answered;
      await this.#o.replay((use) => life.call(use));
    } catch (error) {
      // A death has already started the next worker; any other failure is this one's end.
      if (!life.dead) life.kill(verbatim(errorText(error)));
      return;
    }
    if (life !== this.#life || this.#stopped) return;
    this.#tookOver = true;
    this.#failedStarts = 0;
    this.#takeover?.resolve(life);
    this.#takeover = null;
    this.#o.notify(this.#o.restartedMessage);
  }
}
