import { css, html } from 'lit';
import { sharedStyles } from '../../../common/ui/shared-styles.ts';
import { chem } from '../../../common/ui/chem.ts';
import type { HalfStepKind, ProcessDefinition } from '../../../../worker/ald/types.ts';
import { LocalizedElement } from '../../../i18n/localized-element.ts';
import { t } from '../../../i18n/i18n.ts';
import { halfStepName } from './timing-strip.ts';

/** What is happening in the half-step on screen, as an equation or a sentence. */
export function halfStepText(p: ProcessDefinition, step: HalfStepKind): string {
  switch (step) {
    case 'pulseA':
      return p.halfReactions[0];
    case 'purgeA':
      return t('reactor.halfStep.purgeSweep', { precursor: p.precursorA.formula, byproduct: p.byproduct.formula });
    case 'pulseB':
      return p.halfReactions[1];
    case 'purgeB':
      return t('reactor.halfStep.purgeSweep', { precursor: p.precursorB.formula, byproduct: p.byproduct.formula });
  }
}

export class EquationBanner extends LocalizedElement {
  static properties = { process: { attribute: false }, step: { attribute: false } };
  declare process: ProcessDefinition | undefined;
  declare step: HalfStepKind;

  static styles = [
    sharedStyles,
    css`
      p {
        margin: 0;
        padding: 0.3em 0.6em;
        background: color-mix(in srgb, var(--ip-panel) 88%, transparent);
        border-radius: 6px;
        border: 1px solid var(--ip-border);
      }
      strong {
        margin-right: 0.5em;
      }
      .eq {
        font-size: 1em;
      }
    `,
  ];

  render() {
    if (!this.process) return null;
    return html`<p><strong>${t('reactor.term', { term: halfStepName(this.step) })}</strong><span class="eq">${chem(halfStepText(this.process, this.step))}</span></p>`;
  }
}
customElements.define('ip-equation-banner', EquationBanner);
