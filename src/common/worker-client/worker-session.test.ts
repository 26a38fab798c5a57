import { afterEach, describe, expect, it } from 'vitest';
import * as Comlink from 'comlink';
import { Observable } from '../state/observable.ts';
import type { MessageRef } from '../../../worker/common/message-ref.ts';
import type { LifeLocks } from './worker-life.ts';
import { WorkerLostError, WorkerSession, type WorkerCall } from './worker-session.ts';

/** Web Locks in one thread: a lock is granted when free, else once its holder lets go. */
class FakeLocks implements LifeLocks {
  readonly #holders = new Map<string, (() => void)[]>();

  /** The worker side: holds `name` until the returned function is called. */
  hold(name: string): () => void {
    this.#holders.set(name, []);
    return () => {
      const waiters = this.#holders.get(name) ?? [];
      this.#holders.delete(name);
      for (const grant of waiters) grant();
    };
  }

  request(name: string, options: { signal: AbortSignal }, callback: () => void): Promise<unknown> {
    return new Promise((resolve, reject) => {
      const grant = () => resolve(callback());
      const waiters = this.#holders.get(name);
      if (!waiters) return grant();
      waiters.push(grant);
      options.signal.addEventListener('abort', () => {
        waiters.splice(waiters.indexOf(grant), 1);
        reject(new Error('AbortError'));
      });
    });
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A model worth replaying: a running total. `slowAdd` stands for a long calculation. */
interface CounterApi {
  ping(): number;
  holdLife(name: string): Promise<boolean>;
  init(start: number): number;
  add(n: number): number;
  slowAdd(n: number, ms: number): Promise<number>;
  fail(): number;
}

/**
 * A Worker over a MessageChannel. `close()` is the worker's `self.close()`: it answers
 * nothing from then on, fires no event and lets go of its life lock.
 */
class FakeWorker {
  readonly #page: MessagePort;
  readonly #inside: MessagePort;
  #release: (() => void) | null = null;
  #busy: Promise<unknown> = Promise.resolve();
  #errorListeners: ((e: Event) => void)[] = [];
  closed = false;
  total = 0;

  constructor(locks: FakeLocks | null) {
    const channel = new MessageChannel();
    this.#page = channel.port1;
    this.#inside = channel.port2;
    this.#page.start();
    const api: CounterApi = {
      // A busy worker answers its ping only after the calculation it is on (comlink awaits it).
      ping: (() => this.#busy.then(() => 1)) as unknown as () => number,
      holdLife: async (name) => {
        if (!locks) return false;
        this.#release = locks.hold(name);
        return true;
      },
      init: (start) => (this.total = start),
      add: (n) => (this.total += n),
      slowAdd: (n, ms) => {
        const done = sleep(ms).then(() => (this.total += n));
        this.#busy = done;
        return done;
      },
      fail: () => {
        throw new Error('bad input');
      },
    };
    Comlink.expose(api, this.#inside);
  }

  addEventListener(type: string, listener: (e: Event) => void): void {
    if (type === 'error') this.#errorListeners.push(listener);
    else this.#page.addEventListener(type, listener as never);
  }

  removeEventListener(type: string, listener: (e: Event) => void): void {
    this.#page.removeEventListener(type, listener as never);
  }

  postMessage(message: unknown, transfer?: Transferable[]): void {
    if (!this.closed) this.#page.postMessage(message, (transfer ?? []) as never);
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.#inside.close();
    this.#release?.();
  }

  terminate(): void {
    this.close();
  }

  crash(): void {
    const event = Object.assign(new Event('error'), { message: 'boom' });
    for (const listener of this.#errorListeners) listener(event);
  }
}

interface Setup {
  locks?: boolean;
  callTimeoutMs?: number;
  /** Replays go wrong from the nth worker on (for the give-up case). */
  brokenFrom?: number;
}

const sessions: WorkerSession<CounterApi, { total: Observable<number> }>[] = [];
afterEach(() => {
  for (const s of sessions.splice(0)) s.dispose();
});

function setup({ locks = true, callTimeoutMs = 20_000, brokenFrom = Infinity }: Setup = {}) {
  const lockManager = locks ? new FakeLocks() : null;
  const workers: FakeWorker[] = [];
  const told: MessageRef[] = [];
  const replays: number[] = [];
  const total = new Observable(0);
  /** What the owner knows of the worker: its last reported total. */
  let known: number | null = null;
  const session = new WorkerSession<CounterApi, { total: Observable<number> }>({
    createWorker: () => {
      const w = new FakeWorker(lockManager);
      workers.push(w);
      if (workers.length >= brokenFrom) w.close();
      return w as unknown as Worker;
    },
    callTimeoutMs,
    heartbeatMs: 20,
    locks: lockManager,
    readouts: { total },
    notify: (m) => told.push(m),
    restartedMessage: { key: 'session.restarted.reactor' },
    replay: async (call: WorkerCall<CounterApi>) => {
      replays.push(workers.length);
      if (known !== null) await call((w) => w.init(known!));
    },
  });
  sessions.push(session);
  const remember = (v: number) => {
    known = v;
    session.publish({ total: v });
    return v;
  };
  const worker = () => workers.at(-1)!;
  const restarted = async (count: number) => {
    while (workers.length < count + 1 || replays.length < count || told.length < count) await sleep(5);
  };
  return { session, workers, worker, told, replays, total, remember, restarted };
}

describe('WorkerSession', () => {
  it('sends calls to the worker and passes its errors through without a restart', async () => {
    const { session, remember, total, workers, told } = setup();
    remember(await session.call((w) => w.init(5)));
    remember(await session.call((w) => w.add(2)));
    expect(total.value).toBe(7);
    await expect(session.call((w) => w.fail())).rejects.toThrow('bad input');
    expect(workers).toHaveLength(1);
    expect(told).toEqual([]);
  });

  it('notices a worker closed in the middle of a long call at once, replays, and retries the call there', async () => {
    const { session, remember, worker, workers, replays, told } = setup({ callTimeoutMs: 60_000 });
    remember(await session.call((w) => w.init(10)));
    const started = Date.now();
    const pending = session.call((w) => w.slowAdd(1, 200));
    await sleep(20);
    worker().close();
    // The retried call resolves on the new worker, which the replay brought to 10 first.
    expect(remember(await pending)).toBe(11);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(workers).toHaveLength(2);
    expect(replays).toEqual([2]);
    expect(told).toEqual([{ key: 'session.restarted.reactor' }]);
    expect(workers[1]!.total).toBe(11);
  });

  it('does not take a long calculation for death (pings wait behind it)', async () => {
    for (const locks of [true, false]) {
      const { session, remember, workers } = setup({ locks });
      remember(await session.call((w) => w.init(0)));
      // Thirty ping periods with no answer: the worker is busy, not gone.
      expect(await session.call((w) => w.slowAdd(3, 600))).toBe(3);
      expect(workers).toHaveLength(1);
    }
  });

  it('without locks, notices an idle worker that closed from its missed pings', async () => {
    const { session, remember, worker, restarted, workers } = setup({ locks: false });
    remember(await session.call((w) => w.init(4)));
    await sleep(60); // the first pings are answered
    worker().close();
    await restarted(1);
    expect(workers).toHaveLength(2);
    expect(await session.call((w) => w.add(1))).toBe(5);
  });

  it('holds a call made while the worker is dead until the new one has replayed', async () => {
    const { session, remember, worker, workers, told } = setup({ locks: false });
    remember(await session.call((w) => w.init(20)));
    await sleep(60);
    worker().close();
    // Sent to the dead worker before its death is noticed: lost in flight, then retried.
    expect(await session.call((w) => w.add(1))).toBe(21);
    expect(workers).toHaveLength(2);
    expect(told).toHaveLength(1);
  });

  it('retries a call only once', async () => {
    const { session, remember, worker, restarted } = setup({ callTimeoutMs: 60_000 });
    remember(await session.call((w) => w.init(0)));
    const pending = session.call((w) => w.slowAdd(1, 400));
    await sleep(20);
    worker().close();
    await restarted(1);
    await sleep(20);
    worker().close();
    await expect(pending).rejects.toBeInstanceOf(WorkerLostError);
  });

  it('restarts a worker that fires an error event', async () => {
    const { session, remember, worker, restarted } = setup();
    remember(await session.call((w) => w.init(8)));
    worker().crash();
    await restarted(1);
    expect(await session.call((w) => w.add(0))).toBe(8);
  });

  it('treats a call that outlives its timeout as a hung worker', async () => {
    const { session, remember, restarted, workers } = setup({ locks: false, callTimeoutMs: 150 });
    remember(await session.call((w) => w.init(1)));
    const pending = session.call((w) => w.slowAdd(1, 10_000));
    await restarted(1);
    expect(workers).toHaveLength(2);
    // Retried once on the new worker, where it hangs again: then it is given up.
    await expect(pending).rejects.toBeInstanceOf(WorkerLostError);
  });

  it('gives up, once, after workers keep dying before they take over', async () => {
    const { session, remember, worker, told, workers } = setup({ brokenFrom: 2, callTimeoutMs: 300 });
    remember(await session.call((w) => w.init(1)));
    worker().close();
    await expect(session.call((w) => w.add(1))).rejects.toBeInstanceOf(WorkerLostError);
    expect(told.map((m) => m.key)).toEqual(['session.gaveUp']);
    expect(workers.length).toBeGreaterThanOrEqual(3);
    await expect(session.call((w) => w.add(1))).rejects.toBeInstanceOf(WorkerLostError);
  });

  it('runs one play loop at a time and reports what ends it', async () => {
    const { session } = setup();
    let passes = 0;
    const errors: unknown[] = [];
    const running = () => passes < 3;
    const pass = () => session.run(async () => void passes++);
    const first = session.loop(running, pass, (e) => errors.push(e));
    expect(session.loop(running, pass, (e) => errors.push(e))).toBe(first);
    await first;
    expect(passes).toBe(3);
    await session.loop(() => true, () => Promise.reject(new Error('stop')), (e) => errors.push(e));
    expect(errors).toEqual([new Error('stop')]);
  });

  it('reports failures except calls lost with a worker', () => {
    const { session, told } = setup();
    const wrap = (reason: MessageRef): MessageRef => ({ key: 'session.couldNotApply', params: { reason } });
    session.report(new WorkerLostError(), wrap);
    session.report(new Error('nope'), wrap);
    expect(told).toEqual([wrap({ key: 'common.verbatim', params: { text: 'nope' } })]);
  });
});
