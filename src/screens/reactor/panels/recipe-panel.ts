import { css, html } from 'lit';
import { sharedStyles } from '../../../common/ui/shared-styles.ts';
import type { ParamSpec } from '../../../common/query/param-spec.ts';
import type { ProcessDefinition, Recipe } from '../../../../worker/ald/types.ts';
import { RECIPE_KEYS } from '../reactor-settings.ts';
import { chem } from '../../../common/ui/chem.ts';
import { LocalizedElement } from '../../../i18n/localized-element.ts';
import { t } from '../../../i18n/i18n.ts';
import { fieldValue } from '../../../common/ui/field-value.ts';

type RecipeKey = (typeof RECIPE_KEYS)[number];

/** The four step durations and the temperature, with units and ranges on screen. */
export class RecipePanel extends LocalizedElement {
  static properties = {
    recipe: { attribute: false },
    specs: { attribute: false },
    process: { attribute: false },
  };
  declare recipe: Recipe;
  declare specs: Record<RecipeKey, ParamSpec>;
  declare process: ProcessDefinition | undefined;

  static styles = [
    sharedStyles,
    css`
      .grid {
        display: grid;
        grid-template-columns: 1fr 7em;
        gap: 0.35em 0.6em;
        align-items: center;
      }
      input {
        width: 100%;
      }
      .hint {
        font-size: 0.85em;
        margin: 0.5em 0 0;
      }
    `,
  ];

  #label(key: RecipeKey) {
    const p = this.process;
    switch (key) {
      case 'pulseAS':
        return p ? html`${t('reactor.halfStep.pulseA')} (${chem(p.precursorA.formula)})` : t('reactor.halfStep.pulseA');
      case 'purgeAS':
        return t('reactor.halfStep.purgeA');
      case 'pulseBS':
        return p ? html`${t('reactor.halfStep.pulseB')} (${chem(p.precursorB.formula)})` : t('reactor.halfStep.pulseB');
      case 'purgeBS':
        return t('reactor.halfStep.purgeB');
      case 'temperatureC':
        return t('reactor.recipe.temperature');
    }
  }

  #change(key: RecipeKey, input: HTMLInputElement): void {
    const value = input.valueAsNumber;
    if (!Number.isFinite(value)) {
      input.value = String(this.recipe[key]);
      return;
    }
    this.dispatchEvent(new CustomEvent('setting', { detail: { [key]: value }, bubbles: true, composed: true }));
    // Re-render even if the setting did not change (clamped to its old value), to show it.
    this.requestUpdate();
  }

  render() {
    if (!this.recipe || !this.specs) return null;
    return html`<section class="panel" aria-labelledby="recipe-h">
      <h2 id="recipe-h">${t('reactor.recipe.heading')}</h2>
      <div class="grid">
        ${RECIPE_KEYS.map((key) => {
          const spec = this.specs[key];
          if (spec.kind !== 'number') return null;
          return html`<label for=${key}>${this.#label(key)} (${spec.unit})</label>
            <input id=${key} type="number" inputmode="decimal" min=${spec.min} max=${spec.max}
              step=${key === 'temperatureC' ? 1 : 'any'} .value=${fieldValue(String(this.recipe[key]))}
              aria-describedby="recipe-range-${key}"
              @change=${(e: Event) => this.#change(key, e.target as HTMLInputElement)} />
            <span id="recipe-range-${key}" class="visually-hidden">${t('reactor.recipe.range', spec)}</span>`;
        })}
      </div>
      ${this.process
        ? html`<p class="hint muted">${t('reactor.recipe.window', this.process.temperatureWindowC.value)}
            <span class="tag">${t('reactor.recipe.modelChoice')}</span>${t('reactor.recipe.tryThis')}</p>`
        : null}
    </section>`;
  }
}
customElements.define('ip-recipe-panel', RecipePanel);
