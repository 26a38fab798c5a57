import { Observable } from './observable.ts';
import type { MessageRef } from '../../../worker/common/message-ref.ts';

export interface Warning {
  id: number;
  /** Translated when shown, so a warning follows a change of language. */
  message: MessageRef;
}

/** Visible, dismissible messages about input that was ignored or clamped. */
export class Warnings {
  readonly list = new Observable<Warning[]>([]);
  #next = 1;

  add(lines: MessageRef[]): void {
    if (lines.length === 0) return;
    this.list.set([...this.list.value, ...lines.map((message) => ({ id: this.#next++, message }))]);
  }

  dismiss(id: number): void {
    this.list.set(this.list.value.filter((w) => w.id !== id));
  }

  clear(): void {
    this.list.set([]);
  }
}
