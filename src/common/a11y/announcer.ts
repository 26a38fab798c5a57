/**
 * One polite live region for the whole app. Messages are debounced so a playing animation
 * does not flood a screen reader; the last message wins.
 */
export class Announcer {
  #region: HTMLElement;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(parent: HTMLElement) {
    this.#region = document.createElement('div');
    this.#region.setAttribute('role', 'status');
    this.#region.setAttribute('aria-live', 'polite');
    this.#region.className = 'visually-hidden';
    this.#region.id = 'announcer';
    parent.append(this.#region);
  }

  announce(message: string, delayMs = 400): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.#region.textContent = message;
    }, delayMs);
  }
}
