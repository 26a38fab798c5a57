import { queueDraw } from '../common/ui/draw-queue.ts';
import { watchNearViewport } from '../common/ui/near-viewport.ts';
import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { select } from 'd3';
import type { CsvCell } from '../common/export/csv.ts';
import { downloadBlob, downloadText } from '../common/export/download.ts';
import { svgToPngBlob } from '../common/export/svg-to-png.ts';
import { toCsv } from '../common/export/csv.ts';
import { chartFonts, type ChartFonts } from './chart-fonts.ts';
import type { Svg } from './chart-frame.ts';
import { chartStyles } from './chart-styles.ts';
import { fileSlug, tableCell } from './chart-text.ts';
import { LocalizedElement } from '../i18n/localized-element.ts';
import { t } from '../i18n/i18n.ts';

let nextChartId = 0;

/**
 * What both charts share: size tracking (ResizeObserver on the host), a d3-owned svg that
 * Lit never renders into, PNG/CSV export buttons and a data table. Subclasses draw.
 * Titles and labels come translated from the screen; a locale change re-renders, and every
 * render redraws the svg, so its words and numbers follow the language.
 */
export abstract class ChartElement extends LocalizedElement {
  static styles = chartStyles;
  static properties: PropertyDeclarations = {
    chartTitle: { type: String },
    xLabel: { type: String },
    yLabel: { type: String },
    xColumn: { type: String },
    yColumn: { type: String },
    height: { type: Number },
    widthPx: { state: true },
    tableOpen: { state: true },
  };

  declare chartTitle: string;
  declare xLabel: string;
  declare yLabel: string;
  /** CSV headers of the x and y values: plain English whatever the locale, since a CSV is data. */
  declare xColumn: string;
  declare yColumn: string;
  /** Height of the svg in px; the width follows the container. */
  declare height: number;
  declare protected widthPx: number;
  /** The data table can hold thousands of cells: build it only while it is open. */
  declare protected tableOpen: boolean;

  /** Unique per instance: the clip-path id must not clash in the exported, standalone svg. */
  protected readonly chartId = `ip-chart-${nextChartId++}`;
  private resizeObserver: ResizeObserver | undefined;
  private stopWatchingViewport: (() => void) | undefined;
  /** Drawn only near the viewport: a chart off screen redraws once it is scrolled to. */
  private nearViewport = false;
  private stale = true;

  constructor() {
    super();
    this.chartTitle = '';
    this.xLabel = '';
    this.yLabel = '';
    this.xColumn = '';
    this.yColumn = '';
    this.height = 380;
    this.widthPx = 0;
    this.tableOpen = false;
  }

  /** Draws into the emptied svg and returns its aria-label. */
  protected abstract drawChart(svg: Svg, width: number, height: number, fonts: ChartFonts): string;
  /** The CSV: English headers and ids, the same in every locale. */
  protected abstract csvColumns(): string[];
  protected abstract csvRows(): CsvCell[][];
  /** The on-page data table, in the reader's language. */
  protected abstract tableColumns(): string[];
  protected abstract tableRows(): CsvCell[][];
  /** The chart's kind in words ("Line chart"), its name when it has no title. */
  protected abstract chartKind(): string;

  protected renderControls(): TemplateResult | typeof nothing {
    return nothing;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.resizeObserver = new ResizeObserver((entries) => {
      const width = Math.floor(entries[0]?.contentRect.width ?? 0);
      if (width !== this.widthPx) this.widthPx = width;
    });
    this.resizeObserver.observe(this);
    this.stopWatchingViewport = watchNearViewport(this, (near) => {
      this.nearViewport = near;
      if (near && this.stale) this.queueRedraw();
    });
  }

  override disconnectedCallback(): void {
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    this.stopWatchingViewport?.();
    this.stopWatchingViewport = undefined;
    super.disconnectedCallback();
  }

  /** The chart data as CSV text (columns as in the data table). */
  toCsv(): string {
    return toCsv(this.csvColumns(), this.csvRows());
  }

  /** The chart as drawn now (current zoom, current colour profile), at 2x for sharp slides. */
  async toPngBlob(scale = 2): Promise<Blob> {
    await this.updateComplete;
    if (this.stale) this.redraw();
    const svg = this.renderRoot.querySelector<SVGSVGElement>('.plot svg');
    if (!svg) throw new Error(`${this.localName}: nothing drawn yet (the element has no width)`);
    return svgToPngBlob(svg, scale);
  }

  protected override render(): TemplateResult {
    // The chart's name follows the visible words, so the accessible name starts with what is seen.
    const ofChart = html`<span class="sr-only">${t('charts.ofChart', { name: this.chartTitle || this.chartKind() })}</span>`;
    return html`
      <figure>
        <div class="plot"></div>
        <div class="controls">
          ${this.renderControls()}
          <span class="spacer"></span>
          <button type="button" @click=${this.downloadPng}>${t('charts.exportPng')}${ofChart}</button>
          <button type="button" @click=${this.downloadCsv}>${t('charts.exportCsv')}${ofChart}</button>
        </div>
        <details @toggle=${(e: Event) => (this.tableOpen = (e.target as HTMLDetailsElement).open)}>
          <summary>${t('charts.dataTable')}${ofChart}</summary>
          <div class="table-wrap">${this.tableOpen ? this.renderTable() : null}</div>
        </details>
      </figure>
    `;
  }

  protected override updated(): void {
    this.stale = true;
    if (this.nearViewport) this.queueRedraw();
  }

  private queueRedraw(): void {
    queueDraw(this, () => this.redraw());
  }

  private redraw(): void {
    const container = this.renderRoot.querySelector<HTMLDivElement>('.plot');
    if (!container || this.widthPx <= 0) return;
    this.stale = false;
    const root = select(container);
    const svg: Svg = root.select<SVGSVGElement>('svg').empty()
      ? root.append('svg')
      : root.select<SVGSVGElement>('svg');
    svg.selectAll('*').remove();
    const width = this.widthPx;
    const height = this.height;
    svg.attr('width', width).attr('height', height).attr('viewBox', `0 0 ${width} ${height}`).attr('role', 'img');
    const label = this.drawChart(svg, width, height, chartFonts(this));
    svg.attr('aria-label', label);
  }

  private renderTable(): TemplateResult {
    const rows = this.tableRows();
    return html`
      <table>
        <caption class="sr-only">${this.chartTitle || this.chartKind()}</caption>
        <thead><tr>${this.tableColumns().map((c) => html`<th scope="col">${c}</th>`)}</tr></thead>
        <tbody>${rows.map((r) => html`<tr>${r.map((v) => html`<td>${tableCell(v)}</td>`)}</tr>`)}</tbody>
      </table>
    `;
  }

  private readonly downloadPng = async (): Promise<void> => {
    downloadBlob(`${this.fileName()}.png`, await this.toPngBlob());
  };

  private readonly downloadCsv = (): void => {
    // The byte-order mark makes spreadsheet programs read units such as µm as UTF-8.
    downloadText(`${this.fileName()}.csv`, `\ufeff${this.toCsv()}`, 'text/csv');
  };

  private fileName(): string {
    return fileSlug(this.chartTitle, fileSlug(this.chartKind()));
  }
}
