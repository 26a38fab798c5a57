import { LitElement, css, html } from 'lit';
import { sharedStyles } from '../../../common/ui/shared-styles.ts';
import type { AldSnapshot, ProcessDefinition } from '../../../../worker/ald/types.ts';
import { formatNm, formatSeconds } from './format.ts';

/** Live numbers of the film: all read from the model's snapshot. */
export class ReadoutsPanel extends LitElement {
  static properties = { snapshot: { attribute: false }, process: { attribute: false } };
  declare snapshot: AldSnapshot | null;
  declare process: ProcessDefinition | undefined;

  static styles = [
    sharedStyles,
    css`
      dl {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr));
        gap: 0.2em 1.2em;
        margin: 0;
      }
      .pair {
        display: flex;
        justify-content: space-between;
        gap: 0.6em;
        border-bottom: 1px solid var(--ip-grid);
      }
      dt {
        color: var(--ip-muted);
      }
      dd {
        margin: 0;
        white-space: nowrap;
        font-weight: 700;
        font-variant-numeric: tabular-nums;
      }
      .swatch {
        display: inline-block;
        width: 0.9em;
        height: 0.9em;
        border-radius: 50%;
        margin-right: 0.3em;
        vertical-align: -0.1em;
        border: 1px solid var(--ip-fg);
      }
    `,
  ];

  constructor() {
    super();
    this.snapshot = null;
  }

  render() {
    const s = this.snapshot;
    if (!s) return html`<section class="panel"><h2>Film</h2><p class="muted">Starting the model…</p></section>`;
    const published = this.process ? formatNm(this.process.gpcNm) : '–';
    return html`<section class="panel" aria-labelledby="film-h">
      <h2 id="film-h">Film</h2>
      <dl>
        <div class="pair"><dt>Thickness</dt><dd data-key="thicknessNm">${formatNm(s.thicknessNm)}</dd></div>
        <div class="pair"><dt>Cycles</dt><dd data-key="cycle">${s.cycle}</dd></div>
        <div class="pair"><dt>Growth last cycle</dt><dd data-key="growthPerCycleNm">${s.cycle > 0 ? formatNm(s.growthPerCycleNm) : '–'}</dd></div>
        <div class="pair"><dt>Published GPC</dt><dd>${published}</dd></div>
        <div class="pair"><dt>Coverage</dt><dd data-key="coverage">${(s.coverage * 100).toFixed(0)} %</dd></div>
        <div class="pair"><dt>Process time</dt><dd>${formatSeconds(s.processTimeS)}</dd></div>
        <div class="pair"><dt><span class="swatch" style="background:var(--ip-site-free)"></span>Free sites</dt><dd>${s.counts.free}</dd></div>
        <div class="pair"><dt><span class="swatch" style="background:var(--ip-site-reacted)"></span>Reacted</dt><dd>${s.counts.reacted}</dd></div>
        <div class="pair"><dt><span class="swatch" style="background:var(--ip-site-blocked)"></span>Blocked (steric)</dt><dd>${s.counts.blocked}</dd></div>
      </dl>
    </section>`;
  }
}
customElements.define('ip-readouts-panel', ReadoutsPanel);
