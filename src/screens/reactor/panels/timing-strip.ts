import { css, html } from 'lit';
import { sharedStyles } from '../../../common/ui/shared-styles.ts';
import { HALF_STEPS, type HalfStepKind, type Recipe } from '../../../../worker/ald/types.ts';
import { LocalizedElement } from '../../../i18n/localized-element.ts';
import { t } from '../../../i18n/i18n.ts';
import { formatSeconds } from './format.ts';

/** "Pulse A" … in the locale on screen. */
export function halfStepName(step: HalfStepKind): string {
  return t(`reactor.halfStep.${step}`);
}

const DURATION_KEY: Record<HalfStepKind, keyof Recipe> = {
  pulseA: 'pulseAS',
  purgeA: 'purgeAS',
  pulseB: 'pulseBS',
  purgeB: 'purgeBS',
};

/** The cycle as four boxes; the one being animated fills with the animation's progress. */
export class TimingStrip extends LocalizedElement {
  static properties = { active: { attribute: false }, phase: { type: Number }, recipe: { attribute: false }, caption: { attribute: false } };
  declare active: HalfStepKind | null;
  declare phase: number;
  declare recipe: Recipe;
  /** The block being grown, when a sequence runs; its half-steps are the boxes below it. */
  declare caption: string;

  static styles = [
    sharedStyles,
    css`
      ol {
        display: grid;
        grid-template-columns: repeat(4, 1fr);
        gap: 4px;
        list-style: none;
        margin: 0;
        padding: 0;
      }
      li {
        position: relative;
        border: 2px solid var(--ip-border);
        border-radius: 6px;
        padding: 0.15em 0.4em;
        overflow: hidden;
        background: var(--ip-panel);
      }
      li[aria-current='step'] {
        border-color: var(--ip-accent);
      }
      .fill {
        position: absolute;
        inset: 0 auto 0 0;
        background: var(--ip-accent);
        opacity: 0.3;
      }
      .text {
        position: relative;
        display: flex;
        flex-wrap: wrap;
        justify-content: space-between;
        column-gap: 0.4em;
        font-weight: 600;
      }
      .text span {
        white-space: nowrap;
      }
      .caption {
        margin: 0 0 0.2em;
        font-weight: 600;
      }
    `,
  ];

  render() {
    if (!this.recipe) return null;
    return html`${this.caption ? html`<p class="caption">${this.caption}</p>` : null}<ol aria-label=${t('reactor.timing.label')}>
      ${HALF_STEPS.map((k) => {
        const current = k === this.active;
        return html`<li aria-current=${current ? 'step' : 'false'}>
          ${current ? html`<span class="fill" style="width:${(this.phase * 100).toFixed(1)}%"></span>` : null}
          <span class="text"><span>${halfStepName(k)}</span><span>${formatSeconds(this.recipe[DURATION_KEY[k]])}</span></span>
        </li>`;
      })}
    </ol>`;
  }
}
customElements.define('ip-timing-strip', TimingStrip);
