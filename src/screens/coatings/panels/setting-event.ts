/** A control asks the screen to change keys; the screen applies them through the app, which warns alike for all. */
export function emitSetting(from: HTMLElement, detail: Record<string, unknown>): void {
  from.dispatchEvent(new CustomEvent<Record<string, unknown>>('setting', { detail, bubbles: true, composed: true }));
}
