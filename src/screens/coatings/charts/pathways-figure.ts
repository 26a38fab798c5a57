import { css, html, svg, type PropertyDeclarations, type SVGTemplateResult, type TemplateResult } from 'lit';
import { PATHWAYS, type CoatingData, type Pathway, type SourceEntry } from '../catalogue/coating-types.ts';
import { LocalizedElement } from '../../../i18n/localized-element.ts';
import { t } from '../../../i18n/i18n.ts';
import { sharedStyles } from '../../../common/ui/shared-styles.ts';
import type { CoatingSelectDetail } from './coatings-chart-element.ts';
import { pathwayExamples } from './pathways-points.ts';
import { coatingName } from './point-words.ts';

/**
 * <ip-coatings-pathways-figure>: the review's three ways to use a coating, side by side: a
 * drawn schematic, how it helps, and the coatings of that pathway as buttons that select them.
 * Every colour is a theme token, so both colour profiles restyle it; the text is HTML so it
 * wraps in any language at 1024 px and up.
 */
export class IpCoatingsPathwaysFigure extends LocalizedElement {
  static override styles = [
    sharedStyles,
    css`
      :host { display: block; }
      h2 { font-size: 1.15em; margin: 0 0 0.5em; }
      .panels { display: grid; grid-template-columns: repeat(auto-fit, minmax(17em, 1fr)); gap: 0.8rem; }
      section { display: flex; flex-direction: column; gap: 0.4em; }
      h3 { margin: 0; font-size: 1.05em; }
      h4 { margin: 0.3em 0 0; font-size: 0.95em; color: var(--ip-muted); }
      p { margin: 0; line-height: 1.4; }
      svg { width: 100%; height: auto; display: block; }
      .examples { display: flex; flex-wrap: wrap; gap: 0.4em; list-style: none; margin: 0; padding: 0; }
      .none { color: var(--ip-muted); }
      .label { font-size: 12px; fill: var(--ip-fg); paint-order: stroke; stroke: var(--ip-panel); stroke-width: 3px; stroke-linejoin: round; }
    `,
  ];

  static override properties: PropertyDeclarations = {
    coatings: { attribute: false },
    sources: { attribute: false },
    selected: { type: String },
  };

  declare coatings: CoatingData[];
  /** Not drawn here (the examples carry no numbers), taken for the same contract as the charts. */
  declare sources: Record<string, SourceEntry>;
  declare selected: string | null;

  constructor() {
    super();
    this.coatings = [];
    this.sources = {};
    this.selected = null;
  }

  protected override render(): TemplateResult {
    const examples = pathwayExamples(this.coatings);
    return html`
      <figure style="margin:0" aria-labelledby="pathways-title">
        <h2 id="pathways-title">${t('coatingsCharts.pathways.title')}</h2>
        <div class="panels">${PATHWAYS.map((p) => this.renderPanel(p, examples[p]))}</div>
      </figure>
    `;
  }

  private renderPanel(pathway: Pathway, ids: readonly string[]): TemplateResult {
    const heading = `pathway-${pathway}`;
    return html`
      <section class="panel" aria-labelledby=${heading} data-pathway=${pathway}>
        <h3 id=${heading}>${t(`coatings.pathway.${pathway}`)}</h3>
        <svg viewBox="0 0 240 130" role="img" aria-label=${t(`coatingsCharts.pathways.${pathway}.schematic`)}>${SCHEMATICS[pathway]()}</svg>
        <h4>${t('coatingsCharts.pathways.mechanism')}</h4>
        <p>${t(`coatingsCharts.pathways.${pathway}.mechanism`)}</p>
        <h4>${t('coatingsCharts.pathways.examples')}</h4>
        ${ids.length === 0
          ? html`<p class="none">${t('coatingsCharts.pathways.noExamples')}</p>`
          : html`<ul class="examples">${ids.map((id) => html`<li>
              <button type="button" aria-pressed=${id === this.selected ? 'true' : 'false'} @click=${() => this.select(id)}>${coatingName(id)}</button>
            </li>`)}</ul>`}
      </section>
    `;
  }

  private select(id: string): void {
    this.dispatchEvent(new CustomEvent<CoatingSelectDetail>('coating-select', { detail: { id }, bubbles: true, composed: true }));
  }
}

/* Schematics, in a 240 × 130 box: theme colours only, labels through the catalogue. */
const LI = 'var(--ip-muted)';
const COATING = 'var(--ip-accent)';
const CU = 'var(--ip-series-2)';
const ELECTROLYTE = 'var(--ip-bg)';
const EDGE = 'var(--ip-border)';

function label(x: number, y: number, text: string, anchor: 'start' | 'middle' | 'end' = 'start'): SVGTemplateResult {
  return svg`<text class="label" x=${x} y=${y} text-anchor=${anchor}>${text}</text>`;
}

function electrolyte(height: number): SVGTemplateResult {
  return svg`<rect x="0" y="0" width="240" height=${height} fill=${ELECTROLYTE} stroke=${EDGE} stroke-width="1" />
    ${label(8, 16, t('coatingsCharts.pathways.label.electrolyte'))}`;
}

const SCHEMATICS: Record<Pathway, () => SVGTemplateResult> = {
  // A Li foil with a thin film on top; the film faces the electrolyte.
  'coating-on-li': () => svg`
    ${electrolyte(58)}
    <rect x="0" y="58" width="240" height="8" fill=${COATING} />
    <rect x="0" y="66" width="240" height="64" fill=${LI} />
    ${label(232, 54, t('coatingsCharts.pathways.label.coating'), 'end')}
    ${label(120, 104, t('coatingsCharts.pathways.label.li'), 'middle')}
  `,
  // A Cu foil with a thin lithiophilic film; Li plates on the film as a few large, flat deposits.
  'current-collector': () => svg`
    ${electrolyte(78)}
    <path d="M14,78 q0,-22 26,-22 h40 q26,0 26,22 z M126,78 q0,-18 22,-18 h56 q22,0 22,18 z" fill=${LI} stroke=${EDGE} stroke-width="1" />
    <rect x="0" y="78" width="240" height="7" fill=${COATING} />
    <rect x="0" y="85" width="240" height="45" fill=${CU} />
    ${label(60, 50, t('coatingsCharts.pathways.label.plated'), 'middle')}
    ${label(232, 96, t('coatingsCharts.pathways.label.coating'), 'end')}
    ${label(120, 116, t('coatingsCharts.pathways.label.cu'), 'middle')}
  `,
  // A porous skeleton: coated fibres in cross-section, Li filling the lower spaces between them.
  '3d-host': () => {
    const fibres: SVGTemplateResult[] = [];
    for (let row = 0; row < 3; row++) {
      for (let col = 0; col < 6; col++) {
        const cx = 22 + col * 39 + (row % 2) * 18;
        const cy = 38 + row * 30;
        fibres.push(svg`<circle cx=${cx} cy=${cy} r="11" fill=${EDGE} stroke=${COATING} stroke-width="4" />`);
      }
    }
    return svg`
      ${electrolyte(130)}
      <path d="M0,130 V84 q30,-10 60,-2 t60,0 t60,-2 t60,2 V130 z" fill=${LI} />
      ${fibres}
      ${label(8, 126, t('coatingsCharts.pathways.label.confined'))}
      ${label(232, 16, t('coatingsCharts.pathways.label.host'), 'end')}
    `;
  },
};

customElements.define('ip-coatings-pathways-figure', IpCoatingsPathwaysFigure);

declare global {
  interface HTMLElementTagNameMap {
    'ip-coatings-pathways-figure': IpCoatingsPathwaysFigure;
  }
}
