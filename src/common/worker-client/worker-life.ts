import * as Comlink from 'comlink';
import type { MessageRef } from '../../../worker/common/message-ref.ts';
import { msg, verbatim } from '../../i18n/i18n.ts';

/** What every worker entry answers besides its model (worker/entries/expose-with-heartbeat.ts). */
export interface Heartbeat {
  ping(): number;
  /** Holds the Web Lock `name` until the worker ends; true once held, false where locks are unavailable. */
  holdLife(name: string): Promise<boolean>;
}

/** The part of the Web Locks API a life watch uses; unit tests pass a fake. */
export interface LifeLocks {
  request(name: string, options: { signal: AbortSignal }, callback: () => void): Promise<unknown>;
}

/** A call was lost because its worker ended (closed, crashed, stopped answering or timed out). */
export class WorkerDiedError extends Error {
  constructor(readonly deathCause: MessageRef) {
    super('The simulation worker stopped.');
    this.name = 'WorkerDiedError';
  }
}

export interface WorkerLifeOptions {
  /** Longest one call may run before its worker is presumed hung (ms). */
  callTimeoutMs: number;
  /** Ping period (ms). */
  heartbeatMs: number;
  locks: LifeLocks | null;
  /** Called once, when this worker is found dead (not when it is disposed). */
  onDeath: (cause: MessageRef) => void;
}

/** A ping unanswered for this many periods, with no call ahead of it, means the worker is gone. */
const MISSED_PERIODS = 1.5;

interface OutstandingPing {
  /** Calls sent before the ping and still running: the worker answers the ping only after them. */
  ahead: Set<object>;
  /** Since when nothing has stood between the ping and its answer (ms). */
  clearSince: number;
}

let lives = 0;

/**
 * One worker from spawn to death. How death is noticed, whether or not a call is in flight:
 * - A worker busy computing cannot answer a ping, and one ended by `self.close()` fires no
 *   event and answers nothing, so pings alone cannot tell "busy" from "gone". Instead the
 *   worker holds a Web Lock for its whole life; the browser releases it the moment the worker
 *   ends however it ends, and our own request for that lock is then granted. That notices a
 *   close or crash within milliseconds, even mid-call, and never mistakes a long call for death.
 * - Pings run all the time as well. The worker takes messages in order, so a ping waits only
 *   behind calls sent before it; one unanswered for MISSED_PERIODS once those have settled
 *   means the worker is gone, even if calls sent after it are running. Each call goes out
 *   behind a ping, so a call sent to a worker that has already ended is noticed too. Where
 *   locks are unavailable (opaque origins) pings are the check, and a worker that ends in the
 *   middle of a call is only noticed at the call's timeout.
 * - A call that outlives callTimeoutMs means a hung worker (the last resort without locks).
 * - An 'error' event (the script failed to load or threw at the top level).
 */
export class WorkerLife<T extends Heartbeat> {
  readonly remote: Comlink.Remote<T>;
  /** Resolves once the loaded worker has answered; a worker still loading is not pinged. */
  readonly answered: Promise<void>;
  readonly #worker: Worker;
  readonly #o: WorkerLifeOptions;
  readonly #lockAbort = new AbortController();
  readonly #timer: ReturnType<typeof setInterval>;
  readonly #rejecters = new Set<(error: Error) => void>();
  #dead = false;
  #hasAnswered = false;
  /** Calls sent and not yet settled. */
  readonly #inFlight = new Set<object>();
  #ping: OutstandingPing | null = null;
  #lastTick = performance.now();

  constructor(create: () => Worker, options: WorkerLifeOptions) {
    this.#o = options;
    this.#worker = create();
    this.#worker.addEventListener('error', (event) => {
      event.preventDefault();
      const text = (event as Partial<ErrorEvent>).message ?? '';
      this.#die(text ? verbatim(text) : msg('session.cause.crashed'));
    });
    this.remote = Comlink.wrap<T>(this.#worker);
    this.answered = this.#hello();
    // A worker that dies while loading is no unhandled rejection; the session reads `answered`.
    this.answered.catch(() => undefined);
    this.#timer = setInterval(() => this.#beat(), options.heartbeatMs);
  }

  get dead(): boolean {
    return this.#dead;
  }

  /** Calls the worker; rejects with WorkerDiedError if it ends first, or with the worker's own error. */
  call<R>(use: (remote: Comlink.Remote<T>) => Promise<R>): Promise<R> {
    if (this.#dead) return Promise.reject(new WorkerDiedError(msg('session.cause.closed')));
    // A ping just ahead of the call is answered before the call starts, so a call sent to a
    // worker that already ended is noticed by pings too, not only at its timeout.
    if (this.#hasAnswered && !this.#ping) this.#sendPing(performance.now());
    const token = {};
    this.#inFlight.add(token);
    return new Promise<R>((resolve, reject) => {
      const finish = (settle: () => void) => {
        if (!this.#rejecters.delete(rejectNow)) return;
        clearTimeout(timer);
        this.#inFlight.delete(token);
        const ping = this.#ping;
        if (ping?.ahead.delete(token) && ping.ahead.size === 0) ping.clearSince = performance.now();
        settle();
      };
      const rejectNow = (error: Error) => finish(() => reject(error));
      this.#rejecters.add(rejectNow);
      const timer = setTimeout(
        () => this.#die(msg('session.cause.timeout', { seconds: this.#o.callTimeoutMs / 1000 })),
        this.#o.callTimeoutMs,
      );
      use(this.remote).then(
        (value) => finish(() => resolve(value)),
        (error: unknown) => finish(() => reject(error instanceof Error ? error : new Error(String(error)))),
      );
    });
  }

  /** Ends a worker that failed in a way only its owner can tell (e.g. it could not replay); reported as a death. */
  kill(cause: MessageRef): void {
    this.#die(cause);
  }

  /** Ends the worker on purpose: pending calls reject, and no death is reported. */
  dispose(): void {
    this.#end(msg('session.cause.closed'));
  }

  async #hello(): Promise<void> {
    const name = `interphase-worker-${++lives}-${Math.random().toString(36).slice(2)}`;
    const held = await this.call((r) => r.holdLife(name) as Promise<boolean>);
    this.#hasAnswered = true;
    // Only a lock the worker holds may be waited for: one nobody holds is granted at once.
    if (held && this.#o.locks) {
      this.#o.locks
        .request(name, { signal: this.#lockAbort.signal }, () => this.#die(msg('session.cause.closed')))
        .catch(() => undefined); // Aborted: this life ended first.
    }
  }

  #beat(): void {
    const now = performance.now();
    // A late tick means the main thread itself was stalled; an answer may be queued behind us.
    const stalled = now - this.#lastTick > 2 * this.#o.heartbeatMs;
    this.#lastTick = now;
    if (this.#dead || !this.#hasAnswered) return;
    const ping = this.#ping;
    if (!ping) {
      this.#sendPing(now);
      return;
    }
    if (!stalled && ping.ahead.size === 0 && now - ping.clearSince >= MISSED_PERIODS * this.#o.heartbeatMs) {
      this.#die(msg('session.cause.silent'));
    }
  }

  #sendPing(now: number): void {
    const sent: OutstandingPing = { ahead: new Set(this.#inFlight), clearSince: now };
    this.#ping = sent;
    void (this.remote.ping() as Promise<number>).then(() => {
      if (this.#ping === sent) this.#ping = null;
    });
  }

  #die(cause: MessageRef): void {
    if (this.#dead) return;
    this.#end(cause);
    this.#o.onDeath(cause);
  }

  #end(cause: MessageRef): void {
    if (this.#dead) return;
    this.#dead = true;
    clearInterval(this.#timer);
    // Before terminating, so our own end of the worker is not taken for a death.
    this.#lockAbort.abort();
    this.#worker.terminate();
    for (const reject of [...this.#rejecters]) reject(new WorkerDiedError(cause));
  }
}
