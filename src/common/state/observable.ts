/** A value that views can watch; the whole app's state is built from these. */
export type Listener<T> = (value: T) => void;

export class Observable<T> {
  #value: T;
  readonly #listeners = new Set<Listener<T>>();

  constructor(initial: T, private readonly equals: (a: T, b: T) => boolean = Object.is) {
    this.#value = initial;
  }

  get value(): T {
    return this.#value;
  }

  set(next: T): void {
    if (this.equals(this.#value, next)) return;
    this.#value = next;
    for (const listener of [...this.#listeners]) listener(next);
  }

  /** Calls back at once with the current value, then on every change. */
  observe(listener: Listener<T>): () => void {
    this.#listeners.add(listener);
    listener(this.#value);
    return () => this.#listeners.delete(listener);
  }

  /** Calls back on changes only. */
  subscribe(listener: Listener<T>): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}

/** Anything a view can re-render on. */
export interface Watchable {
  subscribe(listener: () => void): () => void;
}
