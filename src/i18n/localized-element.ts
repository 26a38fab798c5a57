import { LitElement } from 'lit';
import { WatchController } from '../common/ui/watch-controller.ts';
import { shownLocale } from './i18n.ts';

/** A Lit element that renders again in the new language when the locale changes. */
export class LocalizedElement extends LitElement {
  constructor() {
    super();
    new WatchController(this, () => [shownLocale]);
  }
}
