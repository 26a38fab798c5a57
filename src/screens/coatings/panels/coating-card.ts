import { css, html } from 'lit';
import { sharedStyles } from '../../../common/ui/shared-styles.ts';
import { LocalizedElement } from '../../../i18n/localized-element.ts';
import { t, tr } from '../../../i18n/i18n.ts';
import { chem } from '../../../common/ui/chem.ts';
import { processNameRef } from '../../../../worker/ald/process-words.ts';
import { requireSubstrate, substrateLabel } from '../../../../worker/plating/substrate-id.ts';
import { PROPERTIES, type CoatingData, type SimulationLinks, type SourceEntry } from '../catalogue/coating-types.ts';
import type { RecipePresetId } from '../../reactor/recipe-presets.ts';
import { coatingFateRef, coatingNameRef, coatingSummaryRef } from '../catalogue/coating-words.ts';
import { temperatureText, thicknessText } from '../result-text.ts';
import './results-table.ts';
import { emitSetting } from './setting-event.ts';

/** The process or the review's film the Reactor opens with. */
function growName(grow: NonNullable<SimulationLinks['grow']>): string {
  return 'process' in grow ? tr(processNameRef({ id: grow.process })) : t(`reactor.sequence.preset.${grow.recipePreset as RecipePresetId}`);
}

/** One coating in full: what it is, what it does in the cell, its published results and how to try it. */
export class CoatingCard extends LocalizedElement {
  static properties = {
    coating: { attribute: false },
    sources: { attribute: false },
  };
  declare coating: CoatingData | undefined;
  declare sources: Readonly<Record<string, SourceEntry>>;

  static styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      h2 {
        font-size: 1.3em;
        margin: 0 0 0.2em;
      }
      .summary {
        margin: 0 0 0.5em;
      }
      dl {
        display: grid;
        grid-template-columns: auto 1fr;
        gap: 0.15rem 0.8rem;
        margin: 0 0 0.5em;
      }
      dt {
        color: var(--ip-muted);
      }
      dd {
        margin: 0;
      }
      .ratings {
        list-style: none;
        padding: 0;
        margin: 0;
        display: flex;
        flex-wrap: wrap;
        gap: 0.3rem;
      }
      .ratings li {
        border: 1px solid var(--ip-border);
        border-radius: 4px;
        padding: 0 0.4em;
      }
      .ratings li[data-rating='not reported'] {
        color: var(--ip-muted);
        border-style: dashed;
      }
      .try {
        display: flex;
        flex-wrap: wrap;
        gap: 0.4rem 0.8rem;
        align-items: center;
      }
      .why {
        color: var(--ip-muted);
        margin: 0;
      }
      h3 {
        margin-top: 0.7em;
      }
    `,
  ];

  render() {
    const c = this.coating;
    if (!c) return html`<p>${t('coatings.filter.none')}</p>`;
    return html`
      <h2 id="name">${tr(coatingNameRef(c.id))}</h2>
      <p class="summary">${tr(coatingSummaryRef(c.id))}</p>
      <dl>
        <dt>${t('coatings.card.method')}</dt>
        <dd>${t(`coatings.method.${c.method}`)}</dd>
        <dt>${t('coatings.card.pathway')}</dt>
        <dd>${t(`coatings.pathway.${c.pathway}`)}</dd>
        <dt>${t('coatings.card.material')}</dt>
        <dd>${chem(c.material)}</dd>
        <dt>${t('coatings.card.thickness')}</dt>
        <dd>${thicknessText(c.thicknessNm)}</dd>
        <dt>${t('coatings.card.temperature')}</dt>
        <dd>${temperatureText(c.processTemperatureC)}</dd>
        ${c.hasFate
          ? html`<dt>${t('coatings.card.fate')}</dt>
              <dd>${tr(coatingFateRef(c.id))}</dd>`
          : null}
      </dl>
      <h3>${t('coatings.card.results')}</h3>
      ${c.results.length === 0
        ? html`<p>${t('coatings.card.noResults')}</p>`
        : html`<ip-coating-results .coatings=${[c]} .sources=${this.sources}></ip-coating-results>`}
      <h3>${t('coatings.card.properties')}</h3>
      <ul class="ratings">
        ${PROPERTIES.map(
          (p) => html`<li data-rating=${c.properties[p].rating}>
            ${t(`coatings.property.${p}`)}: <strong>${t(`coatings.rating.${c.properties[p].rating}`)}</strong>
          </li>`,
        )}
      </ul>
      <h3>${t('coatings.card.try')}</h3>
      ${this.#tryIt(c)}
    `;
  }

  #tryIt(c: CoatingData) {
    const { grow, plate, growReason, plateReason } = c.simulation;
    const growText = grow
      ? html`<button @click=${() => emitSetting(this, { screen: 'reactor', ...grow })} title=${t('coatings.card.growHint', { process: growName(grow) })}>
          ${t('coatings.card.grow')}
        </button>`
      : html`<p class="why">${t(`coatings.why.grow.${growReason ?? 'not-modelled'}`)}</p>`;
    const labels = plate?.substrates.map((id) => tr(substrateLabel(requireSubstrate(id)))).join(', ');
    const plateText = plate
      ? html`<button @click=${() => emitSetting(this, { screen: 'plating', substrates: plate.substrates })}
            title=${t('coatings.card.plateHint', { substrates: labels ?? '' })}>
            ${t('coatings.card.plate')}
          </button>`
      : html`<p class="why">${t(`coatings.why.plate.${plateReason ?? 'not-modelled'}`)}</p>`;
    return html`<div class="try">${growText}${plateText}</div>`;
  }
}
customElements.define('ip-coating-card', CoatingCard);
