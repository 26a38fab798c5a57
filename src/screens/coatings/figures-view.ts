import { css, html } from 'lit';
import { sharedStyles } from '../../common/ui/shared-styles.ts';
import { LocalizedElement } from '../../i18n/localized-element.ts';
import { t } from '../../i18n/i18n.ts';
import type { CoatingData, SourceEntry } from './catalogue/coating-types.ts';
import type { CoatingsView } from './coatings-settings.ts';
import './charts/lifetime-chart.ts';
import './charts/efficiency-chart.ts';
import './charts/air-chart.ts';
import './charts/limits-chart.ts';
import './charts/pathways-figure.ts';
import './panels/results-table.ts';

/** The Results, Limits and Pathways parts: the figures drawn from the filtered catalogue. */
export class CoatingsFigures extends LocalizedElement {
  static properties = {
    view: {},
    coatings: { attribute: false },
    sources: { attribute: false },
    selected: {},
  };
  declare view: Exclude<CoatingsView, 'cards' | 'properties'>;
  declare coatings: CoatingData[];
  declare sources: Record<string, SourceEntry>;
  declare selected: string;

  static styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      .caveat {
        margin: 0 0 0.5rem;
        font-weight: 600;
      }
      .grid {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 30rem), 1fr));
        gap: 0.8rem;
        align-items: start;
      }
      ip-coating-results {
        margin-top: 0.8rem;
      }
    `,
  ];

  render() {
    const data = { coatings: this.coatings, sources: this.sources, selected: this.selected };
    switch (this.view) {
      case 'results':
        return html`
          <p class="caveat">${t('coatings.results.caveat')}</p>
          <div class="grid">
            <ip-coatings-lifetime-chart class="panel" .coatings=${data.coatings} .sources=${data.sources} selected=${data.selected}></ip-coatings-lifetime-chart>
            <ip-coatings-efficiency-chart class="panel" .coatings=${data.coatings} .sources=${data.sources} selected=${data.selected}></ip-coatings-efficiency-chart>
            <ip-coatings-air-chart class="panel" .coatings=${data.coatings} .sources=${data.sources} selected=${data.selected}></ip-coatings-air-chart>
          </div>
          <ip-coating-results with-coating .coatings=${this.coatings} .sources=${this.sources} caption=${t('coatings.results.table')}></ip-coating-results>
        `;
      case 'limits':
        return html`<ip-coatings-limits-chart class="panel" .coatings=${data.coatings} .sources=${data.sources} selected=${data.selected}></ip-coatings-limits-chart>`;
      case 'pathways':
        return html`<ip-coatings-pathways-figure class="panel" .coatings=${data.coatings} .sources=${data.sources} selected=${data.selected}></ip-coatings-pathways-figure>`;
    }
  }
}
customElements.define('ip-coatings-figures', CoatingsFigures);
