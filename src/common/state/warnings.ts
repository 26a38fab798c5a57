import { Observable } from './observable.ts';

export interface Warning {
  id: number;
  text: string;
}

/** Visible, dismissible messages about input that was ignored or clamped. */
export class Warnings {
  readonly list = new Observable<Warning[]>([]);
  #next = 1;

  add(lines: string[]): void {
    if (lines.length === 0) return;
    this.list.set([...this.list.value, ...lines.map((text) => ({ id: this.#next++, text }))]);
  }

  dismiss(id: number): void {
    this.list.set(this.list.value.filter((w) => w.id !== id));
  }

  clear(): void {
    this.list.set([]);
  }
}
