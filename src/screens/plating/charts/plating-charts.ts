import { css, html, type PropertyDeclarations } from 'lit';
import '../../../charts/line-chart.ts';
import '../../../charts/histogram.ts';
import type { ScaleType } from '../../../charts/scale-domain.ts';
import type { LineSeries } from '../../../charts/chart-types.ts';
import type { SubstrateRun } from '../../../../worker/plating/types.ts';
import { sharedStyles } from '../../../common/ui/shared-styles.ts';
import { t, tr } from '../../../i18n/i18n.ts';
import { LocalizedElement } from '../../../i18n/localized-element.ts';
import {
  diametersAt, efficiencySeries, exposedAreaSeries, inactiveLiSeries, nearZeroDomainMV, potentialSeriesMV, snapshotMoments, type DiameterMoment,
} from './plating-series.ts';

/**
 * <ip-plating-charts>: potential vs capacity (all substrates overlaid), exposed area vs
 * capacity, and one island-diameter histogram per substrate. A log capacity axis (the
 * default) spreads out the first 0.01 mAh/cm², where the nucleation dip happens; the
 * "Near 0 V" window (also the default) keeps a 20 mV dip visible beside TiO₂'s 1.5 V slope.
 * The histograms default to the earliest snapshot, before neighbouring islands merge.
 */
export class PlatingCharts extends LocalizedElement {
  static properties: PropertyDeclarations = {
    runs: { attribute: false },
    xScale: { state: true },
    nearZero: { state: true },
    moment: { state: true },
  };
  declare runs: SubstrateRun[];
  declare protected xScale: ScaleType;
  declare protected nearZero: boolean;
  /** null: the earliest snapshot, so the histograms show nuclei before they merge. */
  declare protected moment: DiameterMoment | null;

  static styles = [
    sharedStyles,
    css`
      :host {
        display: grid;
        /* The two curves side by side on a wide screen, so the page stays short. */
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 28rem), 1fr));
        gap: 0.8rem;
      }
      .axis-options,
      .hists,
      h3 {
        grid-column: 1 / -1;
      }
      .hists {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 17rem), 1fr));
        gap: 0.8rem;
      }
      h3 {
        margin: 0;
      }
      .axis-options {
        display: flex;
        flex-wrap: wrap;
        gap: 0.4em 1.2em;
        align-items: center;
      }
      .axis-options [role='group'] {
        display: flex;
        gap: 0.3em;
        align-items: center;
      }
      ip-line-chart,
      ip-histogram {
        min-width: 0;
      }
    `,
  ];

  constructor() {
    super();
    this.runs = [];
    this.xScale = 'log';
    this.nearZero = true;
    this.moment = null;
  }

  protected override render() {
    const potential = potentialSeriesMV(this.runs);
    const moments = snapshotMoments(this.runs);
    const moment: DiameterMoment = this.moment ?? moments[0] ?? 'end';
    const toggle = (pressed: boolean, label: string, onClick: () => void) =>
      html`<button type="button" aria-pressed=${pressed ? 'true' : 'false'} @click=${onClick}>${label}</button>`;
    return html`
      <div class="axis-options">
        <span role="group" aria-labelledby="cap-axis">
          <span id="cap-axis">${t('plating.charts.capacityScale')}</span>
          ${toggle(this.xScale === 'log', t('plating.charts.log'), () => (this.xScale = 'log'))}
          ${toggle(this.xScale === 'linear', t('plating.charts.linear'), () => (this.xScale = 'linear'))}
        </span>
        <span role="group" aria-labelledby="v-range">
          <span id="v-range">${t('plating.charts.potentialRange')}</span>
          ${toggle(!this.nearZero, t('plating.charts.full'), () => (this.nearZero = false))}
          ${toggle(this.nearZero, t('plating.charts.nearZero'), () => (this.nearZero = true))}
        </span>
      </div>
      <ip-line-chart data-look="plating-potential-chart"
        chartTitle=${t('plating.charts.potentialTitle')}
        xLabel=${t('plating.charts.capacityAxis')}
        yLabel=${t('plating.charts.potentialAxis')}
        .xScaleType=${this.xScale}
        .series=${potential}
        .yDomain=${this.nearZero ? nearZeroDomainMV(potential) : undefined}
        .height=${400}
      ></ip-line-chart>
      <ip-line-chart data-look="plating-exposed-chart"
        chartTitle=${t('plating.charts.exposedTitle')}
        xLabel=${t('plating.charts.capacityAxis')}
        yLabel=${t('plating.charts.exposedAxis')}
        .xScaleType=${this.xScale}
        .series=${exposedAreaSeries(this.runs)}
        .height=${400}
      ></ip-line-chart>
      ${this.runs.some((r) => r.results.coulombicEfficiency.length > 0) ? html`
        ${perCycleChart(t('plating.charts.ceTitle'), t('plating.charts.ceAxis'), efficiencySeries(this.runs))}
        ${perCycleChart(t('plating.charts.inactiveTitle'), t('plating.charts.inactiveAxis'), inactiveLiSeries(this.runs))}` : ''}
      <div class="axis-options">
        <h3>${moment === 'end' ? t('plating.charts.diametersAtEnd') : t('plating.charts.diametersAt', { capacity: moment })}</h3>
        <span role="group" aria-label=${t('plating.charts.showDiameters')}>
          ${moments.map((m) => toggle(moment === m, t('plating.charts.at', { capacity: m }), () => (this.moment = m)))}
          ${toggle(moment === 'end', t('plating.charts.atEnd'), () => (this.moment = 'end'))}
        </span>
      </div>
      <div class="hists" data-look="plating-diameter-charts">${this.runs.map((r, i) => html`<ip-histogram
        chartTitle=${tr(r.label)}
        xLabel=${t('plating.charts.diameterAxis')}
        yLabel=${t('plating.charts.countAxis')}
        .values=${diametersAt(r, moment)}
        .bins=${15}
        .colorIndex=${i}
        .height=${320}
      ></ip-histogram>`)}</div>
    `;
  }
}

/** A chart against cycle number, for runs with plate–strip cycles. */
function perCycleChart(title: string, yLabel: string, series: LineSeries[]) {
  return html`<ip-line-chart x-whole-numbers chartTitle=${title} xLabel=${t('plating.charts.cycleAxis')} yLabel=${yLabel} .series=${series} .height=${360}></ip-line-chart>`;
}

customElements.define('ip-plating-charts', PlatingCharts);

declare global {
  interface HTMLElementTagNameMap {
    'ip-plating-charts': PlatingCharts;
  }
}
