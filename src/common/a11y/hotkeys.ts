import type { MessageRef } from '../../../worker/common/message-ref.ts';

/** A keyboard shortcut: shown in the keyboard-help dialog and bound by the app. */
export interface Hotkey {
  /** Key caps as printed on the keyboard ("Space", "→"). */
  keys: string[];
  /** What the key does, translated when the dialog shows it. */
  description: MessageRef;
  /** Return false to let the key through (e.g. nothing to do on this screen). */
  run: (event: KeyboardEvent) => boolean | void;
  match: (event: KeyboardEvent) => boolean;
}

const TYPING_TAGS = new Set(['INPUT', 'SELECT', 'TEXTAREA']);
/** Buttons own Space and Enter (they click), but leave other keys to the shortcuts. */
const PRESSABLE_TAGS = new Set(['BUTTON', 'SUMMARY', 'A']);

/** True while the user is typing or operating a control, where shortcuts must stay quiet. */
export function isInControl(event: KeyboardEvent): boolean {
  for (const node of event.composedPath()) {
    if (!(node instanceof HTMLElement)) continue;
    if (TYPING_TAGS.has(node.tagName) || node.isContentEditable) return true;
    if (PRESSABLE_TAGS.has(node.tagName) && (event.key === ' ' || event.key === 'Enter')) return true;
    if (node.getAttribute('role') === 'slider' || node.dataset.ownKeys === 'true') return true;
    if (node.tagName === 'DIALOG') return true;
  }
  return false;
}

export function bindHotkeys(target: Window, hotkeys: () => Hotkey[], enabled: () => boolean): () => void {
  const onKey = (event: KeyboardEvent) => {
    if (!enabled() || event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    if (isInControl(event)) return;
    for (const hotkey of hotkeys()) {
      if (!hotkey.match(event)) continue;
      if (hotkey.run(event) === false) return;
      event.preventDefault();
      return;
    }
  };
  target.addEventListener('keydown', onKey);
  return () => target.removeEventListener('keydown', onKey);
}
