import { css, html } from 'lit';
import { sharedStyles } from '../../common/ui/shared-styles.ts';
import { ViewportFit } from '../../common/ui/viewport-fit.ts';
import { tabKeyTarget } from '../../common/ui/tab-keys.ts';
import { WatchController } from '../../common/ui/watch-controller.ts';
import type { AppContext } from '../../app/app-context.ts';
import { t } from '../../i18n/i18n.ts';
import { LocalizedElement } from '../../i18n/localized-element.ts';
import type { CoatingsScreenInstance } from './index.ts';
import { SOURCES } from './catalogue/catalogue.ts';
import { COATINGS_VIEWS, filteredCoatings, type CoatingsView } from './coatings-settings.ts';
import './panels/coatings-filters.ts';
import './panels/coating-list.ts';
import './panels/coating-card.ts';
import './panels/properties-table.ts';
import './panels/results-table.ts';
import './figures-view.ts';

/** The review's catalogue: cards, the seven properties, the results, two physical limits and the three pathways. */
export class CoatingsScreen extends LocalizedElement {
  static properties = {
    ctx: { attribute: false },
    screen: { attribute: false },
  };
  declare ctx: AppContext;
  declare screen: CoatingsScreenInstance;

  static styles = [
    sharedStyles,
    css`
      :host {
        display: block;
        padding: 0.6rem;
        /* Its layout follows its own width, which a lesson panel beside it narrows. */
        container: screen / inline-size;
      }
      .bar {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.4rem 1.2rem;
        margin-bottom: 0.5rem;
      }
      [role='tablist'] {
        display: flex;
        flex-wrap: wrap;
        gap: 0.3rem;
      }
      /* Each part fits one screenful; what is longer scrolls inside its pane, not the page. */
      .pane {
        max-height: calc(100vh - var(--panes-top, 12rem) - 0.6rem);
        min-height: 18rem;
        overflow: auto;
      }
      .cards {
        display: grid;
        grid-template-columns: minmax(13rem, 22rem) minmax(0, 1fr);
        gap: 0.6rem;
      }
      @container screen (max-width: 1100px) {
        .cards {
          grid-template-columns: minmax(12rem, 17rem) minmax(0, 1fr);
        }
      }
      @container screen (max-width: 760px) {
        .cards {
          grid-template-columns: minmax(0, 1fr);
        }
      }
      ip-properties-table {
        max-height: calc(100vh - var(--panes-top, 12rem) - 0.6rem);
      }
      .empty {
        display: flex;
        gap: 0.8rem;
        align-items: center;
      }
    `,
  ];

  constructor() {
    super();
    new WatchController(this, () => {
      const s = this.screen.settings;
      return [s.coating, s.pathway, s.method, s.view, s.sort];
    });
  }

  /** Where the panes start below the header and the bar, whose heights depend on width and locale. */
  #fit = new ViewportFit(this, 'panes-top', () => this.renderRoot.querySelector('#panel'));

  updated(): void {
    // The bar above the panes wraps differently with each view and filter.
    this.#fit.measure();
  }

  #setting(e: CustomEvent<Record<string, unknown>>): void {
    e.stopPropagation();
    this.ctx.apply(e.detail);
  }

  render() {
    const s = this.screen.settings;
    const view = s.view.value;
    const total = this.screen.coatings.length;
    const shown = view === 'cards' ? this.screen.shown() : filteredCoatings(this.screen.coatings, s.pathway.value, s.method.value);
    return html`
      <div @setting=${this.#setting}>
        <h2 class="visually-hidden">${t('coatings.heading')}</h2>
        <div class="bar">
          <div role="tablist" aria-label=${t('coatings.views')} @keydown=${this.#tabKeys}>
            ${COATINGS_VIEWS.map(
              (v) => html`<button
                role="tab"
                id="tab-${v}"
                aria-controls="panel"
                aria-selected=${v === view ? 'true' : 'false'}
                tabindex=${v === view ? '0' : '-1'}
                @click=${() => this.ctx.apply({ coatingsView: v })}
              >
                ${t(`coatings.view.${v}`)}
              </button>`,
            )}
          </div>
          <ip-coatings-filters
            method=${s.method.value}
            pathway=${s.pathway.value}
            sort=${s.sort.value}
            .shown=${shown.length}
            .total=${total}
            ?sortable=${view === 'cards'}
          ></ip-coatings-filters>
        </div>
        <section id="panel" role="tabpanel" tabindex="0" aria-labelledby="tab-${view}">
          ${shown.length === 0
            ? html`<p class="empty">
                ${t('coatings.filter.none')}
                <button @click=${() => this.ctx.apply({ method: 'all', pathway: 'all' })}>${t('coatings.filter.clear')}</button>
              </p>`
            : this.#view(view, shown)}
        </section>
      </div>
    `;
  }

  #view(view: CoatingsView, shown: ReturnType<CoatingsScreenInstance['shown']>) {
    const selectedId = this.screen.settings.coating.value;
    switch (view) {
      case 'cards': {
        const selected = shown.find((c) => c.id === selectedId) ?? shown[0];
        return html`<div class="cards">
          <ip-coating-list class="pane" .coatings=${shown} selected=${selected?.id ?? ''}></ip-coating-list>
          <ip-coating-card class="pane panel" .coating=${selected} .sources=${SOURCES}></ip-coating-card>
        </div>`;
      }
      case 'properties':
        return html`<ip-properties-table .coatings=${shown} .sources=${SOURCES}></ip-properties-table>`;
      default:
        return html`<ip-coatings-figures
          class="pane"
          view=${view}
          .coatings=${shown}
          .sources=${SOURCES}
          selected=${selectedId}
          @coating-select=${(e: CustomEvent<{ id: string }>) => this.ctx.apply({ coating: e.detail.id, coatingsView: 'cards' })}
        ></ip-coatings-figures>`;
    }
  }

  /** Arrow keys move between the tabs, as the ARIA tabs pattern has it. */
  #tabKeys(e: KeyboardEvent): void {
    const next = tabKeyTarget(e.key, COATINGS_VIEWS.indexOf(this.screen.settings.view.value), COATINGS_VIEWS.length);
    if (next === null) return;
    e.preventDefault();
    e.stopPropagation();
    this.ctx.apply({ coatingsView: COATINGS_VIEWS[next] });
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#tab-${COATINGS_VIEWS[next]}`)?.focus());
  }

}
customElements.define('ip-coatings-screen', CoatingsScreen);
