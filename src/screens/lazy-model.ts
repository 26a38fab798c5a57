import { msg, type MessageKey } from '../i18n/i18n.ts';
import { errorRef } from '../i18n/error-ref.ts';
import type { MessageRef } from '../../worker/common/message-ref.ts';
import type { ScreenModel, ScreenModelHandle } from './screen-definition.ts';

/** A screen's model, built and started the first time it is needed; a failed start is told, not thrown. */
export class LazyModel<M extends ScreenModel & { start(): Promise<void> }> implements ScreenModelHandle {
  #model: M | null = null;
  #starting: Promise<void> = Promise.resolve();

  constructor(
    private readonly create: () => M,
    private readonly titleKey: MessageKey,
    private readonly notify: (message: MessageRef) => void,
  ) {}

  get(): M {
    if (!this.#model) {
      this.#model = this.create();
      this.#starting = this.#model
        .start()
        .catch((error: unknown) =>
          this.notify(msg('shell.screenFailed', { screen: msg(this.titleKey), reason: errorRef(error) })),
        );
    }
    return this.#model;
  }

  get started(): boolean {
    return this.#model !== null;
  }

  ready(): Promise<void> {
    this.get();
    return this.#starting;
  }
}
