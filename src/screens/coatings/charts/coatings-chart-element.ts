import { css, html, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { CoatingData, SourceEntry } from '../catalogue/coating-types.ts';
import { ChartElement } from '../../../charts/chart-element.ts';
import { chartStyles } from '../../../charts/chart-styles.ts';
import type { ChartFonts } from '../../../charts/chart-fonts.ts';
import type { Group, Svg } from '../../../charts/chart-frame.ts';
import type { PointWords, SourceLink } from './point-words.ts';

/** A point's <a>: typed as a group, since the figures only append marks into it. */
export type PointLink = Group;

/** Fired when a point or an example is activated; the screen selects that coating. */
export interface CoatingSelectDetail {
  id: string;
}

/**
 * What the Coatings figures add to the app's charts: the catalogue as input (the screen passes
 * its filtered list), a selected coating to highlight, points that are links to their sources
 * with a tooltip on hover and on focus, and a visible caption.
 *
 * The tooltip is written into the DOM directly, never through Lit: a Lit update redraws the
 * whole svg, which would remove the very link that has focus. For the same reason the key of a
 * focused point is noted before each update and that point is focused again once redrawn.
 */
export abstract class CoatingsChartElement extends ChartElement {
  static override styles = css`
      ${chartStyles}
      .stage { position: relative; }
      figcaption { margin-top: 0.5em; line-height: 1.45; max-width: 70em; }
      figcaption p { margin: 0.3em 0; }
      .tooltip {
        position: absolute;
        z-index: 2;
        pointer-events: none;
        max-width: min(26em, 90%);
        padding: 0.4em 0.6em;
        line-height: 1.35;
        color: var(--ip-fg, #eef2f6);
        background: var(--ip-panel, #19212b);
        border: 2px solid var(--ip-border, #3a4756);
        border-radius: 6px;
        box-shadow: 0 2px 8px rgb(0 0 0 / 35%);
      }
      .tooltip[hidden] { display: none; }
      .tooltip div:first-child { font-weight: 700; }
      .plot a { cursor: pointer; }
      .plot a:focus { outline: none; }
      .plot .focus-ring { fill: none; stroke: var(--ip-focus, #ffd84d); stroke-width: 3.5px; visibility: hidden; }
      .plot a:focus-visible .focus-ring, .plot a:hover .focus-ring { visibility: visible; }
    `;

  static override properties: PropertyDeclarations = {
    coatings: { attribute: false },
    sources: { attribute: false },
    selected: { type: String },
  };

  declare coatings: CoatingData[];
  declare sources: Record<string, SourceEntry>;
  /** The coating to highlight, by id. */
  declare selected: string | null;

  private focusedKey: string | null = null;

  constructor() {
    super();
    this.coatings = [];
    this.sources = {};
    this.selected = null;
    this.height = 460;
  }

  /** The figure's title, in the reader's language; also the exported files' name. */
  protected abstract figureTitle(): string;
  /** The caption's paragraphs. */
  protected abstract captionParagraphs(): string[];
  /** Draws the figure into the emptied svg; returns the svg's accessible summary. */
  protected abstract drawFigure(svg: Svg, width: number, height: number, fonts: ChartFonts): string;

  protected override chartKind(): string {
    return this.figureTitle();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const active = this.shadowRoot?.activeElement;
    this.focusedKey = active instanceof SVGElement ? active.getAttribute('data-point-key') : null;
  }

  protected override render(): TemplateResult {
    return html`
      <figure class="coatings-figure">
        <div class="stage">
          ${super.render()}
          <div class="tooltip" aria-hidden="true" hidden></div>
        </div>
        <figcaption>${this.captionParagraphs().map((p) => html`<p>${p}</p>`)}</figcaption>
      </figure>
    `;
  }

  protected override drawChart(svg: Svg, width: number, height: number, fonts: ChartFonts): string {
    this.hideTooltip();
    const summary = this.drawFigure(svg, width, height, fonts);
    // Not role="img": an image's children are presentational, and these points are links a
    // screen reader must reach. A labelled group keeps the overview and exposes every link.
    svg.attr('role', 'group');
    if (this.focusedKey) {
      const again = this.renderRoot.querySelector<SVGAElement>(`a[data-point-key="${CSS.escape(this.focusedKey)}"]`);
      again?.focus({ preventScroll: true });
      this.focusedKey = null;
    }
    return summary;
  }

  /**
   * A point as a link to its source: keyboard-focusable, named for a screen reader, a tooltip
   * on hover and on focus, and activating it also selects its coating on the screen.
   */
  protected pointLink(parent: Group, key: string, coatingId: string | null, link: SourceLink, words: PointWords): PointLink {
    const a = parent.append('a')
      .attr('href', link.href)
      .attr('target', '_blank')
      .attr('rel', 'noopener')
      .attr('aria-label', words.name)
      .attr('data-point-key', key)
      .attr('class', 'point');
    const show = () => this.showTooltip(a.node(), words.lines);
    a.on('mouseenter', show).on('focus', show).on('mouseleave', () => this.hideTooltip()).on('blur', () => this.hideTooltip());
    if (coatingId !== null) {
      a.on('click', () => {
        this.dispatchEvent(new CustomEvent<CoatingSelectDetail>('coating-select', { detail: { id: coatingId }, bubbles: true, composed: true }));
      });
    }
    return a as unknown as Group;
  }

  /** A figure that grows with its rows ends where its content ends: the svg is cut to that height. */
  protected fitHeight(svg: Svg, width: number, bottom: number): void {
    const height = Math.ceil(bottom + 12);
    svg.attr('height', height).attr('viewBox', `0 0 ${width} ${height}`);
    svg.select('rect.background').attr('height', height);
  }

  private showTooltip(anchor: Element | null, lines: readonly string[]): void {
    const tip = this.renderRoot.querySelector<HTMLDivElement>('.tooltip');
    const stage = this.renderRoot.querySelector<HTMLDivElement>('.stage');
    if (!tip || !stage || !anchor) return;
    tip.replaceChildren(...lines.map((line) => Object.assign(document.createElement('div'), { textContent: line })));
    tip.hidden = false;
    const box = anchor.getBoundingClientRect();
    const frame = stage.getBoundingClientRect();
    const tipBox = tip.getBoundingClientRect();
    // Beside the point, flipped to its left near the right edge and kept inside the figure.
    let left = box.right - frame.left + 12;
    if (left + tipBox.width > frame.width) left = box.left - frame.left - tipBox.width - 12;
    let top = box.top - frame.top - tipBox.height / 2 + box.height / 2;
    top = Math.max(0, Math.min(top, frame.height - tipBox.height));
    tip.style.left = `${Math.max(0, left)}px`;
    tip.style.top = `${top}px`;
  }

  private hideTooltip(): void {
    const tip = this.renderRoot.querySelector<HTMLDivElement>('.tooltip');
    if (tip) tip.hidden = true;
  }
}
