import { css, html } from 'lit';
import type { LineSeries, ChartMarker } from '../../charts/chart-types.ts';
import type { AldSnapshot, ProcessDefinition, SaturationPoint } from '../../../worker/ald/types.ts';
import { LocalizedElement } from '../../i18n/localized-element.ts';
import { t } from '../../i18n/i18n.ts';
import '../../charts/line-chart.ts';
import { publishedThicknessNm } from './published-thickness.ts';

/** CSV headers: data, so plain English in every locale (as the charts' xColumn/yColumn ask). */
const CSV_COLUMNS = {
  cycle: 'Cycle',
  thicknessNm: 'Thickness (nm)',
  pulseAS: 'Pulse A time (s)',
  gpcA: 'GPC (Å/cycle)',
} as const;

/** Interpolates the saturation curve on a log time axis to mark the current recipe. */
export function gpcAtPulse(curve: SaturationPoint[], pulseAS: number): number | null {
  if (curve.length === 0) return null;
  if (pulseAS <= curve[0]!.pulseAS) return curve[0]!.gpcNm;
  for (let i = 1; i < curve.length; i++) {
    const a = curve[i - 1]!;
    const b = curve[i]!;
    if (pulseAS <= b.pulseAS) {
      const t = Math.log(pulseAS / a.pulseAS) / Math.log(b.pulseAS / a.pulseAS);
      return a.gpcNm + t * (b.gpcNm - a.gpcNm);
    }
  }
  return curve[curve.length - 1]!.gpcNm;
}

/** Thickness vs cycle (measured vs N × published GPC) and the saturation curve. */
export class ReactorCharts extends LocalizedElement {
  static properties = {
    snapshot: { attribute: false },
    process: { attribute: false },
    saturation: { attribute: false },
    pulseAS: { type: Number },
  };
  declare snapshot: AldSnapshot | null;
  declare process: ProcessDefinition | undefined;
  declare saturation: SaturationPoint[];
  declare pulseAS: number;

  static styles = css`
    :host {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(22rem, 1fr));
      gap: 0.6rem;
    }
  `;

  constructor() {
    super();
    this.snapshot = null;
    this.saturation = [];
    this.pulseAS = 0.02;
  }

  /** The shown process's published GPC (nm) at the recipe's temperature, as the worker states it. */
  #publishedGpcNm(): number | null {
    const s = this.snapshot;
    const at = s && this.process ? s.processIds.indexOf(this.process.id) : -1;
    return at < 0 ? null : s!.publishedGpcNm[at]!;
  }

  #thicknessSeries(): LineSeries[] {
    const s = this.snapshot;
    const gpcNm = this.#publishedGpcNm();
    if (!s || gpcNm === null) return [];
    const measured: [number, number][] = Array.from(s.thicknessHistoryNm.subarray(0, s.cycle + 1), (t, i) => [i, t]);
    const lastCycle = Math.max(10, s.cycle);
    const mixed = s.processIds.length > 1;
    return [
      { id: 'measured', label: t('reactor.chart.simulated'), points: measured, showPoints: s.cycle <= 60, colorIndex: 0 },
      {
        id: 'published',
        label: mixed ? t('reactor.chart.sumPublished') : t('reactor.chart.nTimesPublished', { gpcA: gpcNm * 10 }),
        points: mixed
          ? publishedThicknessNm(s)
          : [
              [0, 0],
              [lastCycle, lastCycle * gpcNm],
            ],
        dashed: true,
        colorIndex: 1,
      },
    ];
  }

  #saturationSeries(): { series: LineSeries[]; markers: ChartMarker[]; yDomain?: [number, number] } {
    const gpcNm = this.#publishedGpcNm();
    if (this.saturation.length === 0 || gpcNm === null) return { series: [], markers: [] };
    const series: LineSeries[] = [
      {
        id: 'expected',
        label: t('reactor.chart.expected'),
        points: this.saturation.map((p) => [p.pulseAS, p.gpcNm * 10]),
        colorIndex: 0,
      },
      {
        id: 'published',
        label: t('reactor.chart.published'),
        points: [
          [this.saturation[0]!.pulseAS, gpcNm * 10],
          [this.saturation[this.saturation.length - 1]!.pulseAS, gpcNm * 10],
        ],
        dashed: true,
        colorIndex: 1,
      },
    ];
    const y = gpcAtPulse(this.saturation, this.pulseAS);
    const markers = y === null ? [] : [{ x: this.pulseAS, y: y * 10, label: t('reactor.chart.yourRecipe') }];
    // From zero, so under-dosing reads as a loss of growth and not as a zoomed wiggle.
    const top = Math.max(gpcNm, ...this.saturation.map((p) => p.gpcNm)) * 10 * 1.1;
    return { series, markers, yDomain: [0, top] };
  }

  render() {
    const sat = this.#saturationSeries();
    return html`
      <ip-line-chart data-look="reactor-saturation-chart" chartTitle=${t('reactor.chart.saturationTitle')} xLabel=${t('reactor.chart.pulseATime')}
        yLabel=${t('reactor.chart.gpcA')} xColumn=${CSV_COLUMNS.pulseAS} yColumn=${CSV_COLUMNS.gpcA} xScaleType="log" .series=${sat.series} .markers=${sat.markers} .yDomain=${sat.yDomain}></ip-line-chart>
      <ip-line-chart data-look="reactor-thickness-chart" x-whole-numbers chartTitle=${t('reactor.chart.thicknessTitle')} xLabel=${t('reactor.chart.cycle')}
        yLabel=${t('reactor.chart.thicknessNm')} xColumn=${CSV_COLUMNS.cycle} yColumn=${CSV_COLUMNS.thicknessNm}
        .series=${this.#thicknessSeries()}></ip-line-chart>
    `;
  }
}
customElements.define('ip-reactor-charts', ReactorCharts);
