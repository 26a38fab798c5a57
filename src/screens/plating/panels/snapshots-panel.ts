import { css, html, type PropertyDeclarations } from 'lit';
import { SNAPSHOT_CAPACITIES_MAHCM2, type SubstrateRun } from '../../../../worker/plating/types.ts';
import { sharedStyles } from '../../../common/ui/shared-styles.ts';
import { sig } from '../../../i18n/format.ts';
import { t, tr } from '../../../i18n/i18n.ts';
import { LocalizedElement } from '../../../i18n/localized-element.ts';
import '../view/top-view.ts';
import '../view/section-view.ts';
import { snapshotAt } from '../charts/plating-series.ts';

/**
 * <ip-plating-snapshots>: per substrate, the top view at each snapshot capacity (where the
 * run got that far), so students can watch nuclei appear, grow and merge.
 */
export class PlatingSnapshots extends LocalizedElement {
  static properties: PropertyDeclarations = { runs: { attribute: false } };
  declare runs: SubstrateRun[];

  static styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      table {
        border-collapse: collapse;
        width: 100%;
        table-layout: fixed;
      }
      th {
        text-align: left;
        padding: 0.2em 0.3em;
        font-weight: 700;
      }
      col.names {
        width: 8em;
      }
      th[scope='row'] {
        vertical-align: middle;
        border-left: 0.35em solid var(--slot-color);
        padding-left: 0.4em;
      }
      td {
        padding: 0.25em;
        vertical-align: top;
      }
      .none {
        aspect-ratio: 1;
        display: grid;
        place-items: center;
        border: 1px dashed var(--ip-border, #3a4756);
        border-radius: 6px;
        text-align: center;
        font-size: 0.9em;
      }
    `,
  ];

  constructor() {
    super();
    this.runs = [];
  }

  protected override render() {
    return html`<section class="panel" aria-labelledby="snap-h">
      <h2 id="snap-h">${t('plating.snapshots.heading')}</h2>
      ${this.runs.length === 0
        ? html`<p class="muted">${t('plating.snapshots.empty')}</p>`
        : html`<table>
            <colgroup><col class="names" />${SNAPSHOT_CAPACITIES_MAHCM2.map(() => html`<col />`)}</colgroup>
            <thead><tr>
              <td></td>
              ${SNAPSHOT_CAPACITIES_MAHCM2.map((c) => html`<th scope="col">${sig(c)} mAh/cm²</th>`)}
            </tr></thead>
            <tbody>${this.runs.map((run, i) => html`<tr style=${`--slot-color: var(--ip-series-${i + 1})`}>
              <th scope="row">${tr(run.label)}</th>
              ${SNAPSHOT_CAPACITIES_MAHCM2.map((c) => {
                const frame = snapshotAt(run, c);
                return html`<td>${frame
                  ? html`<ip-plating-top-view compact .frame=${frame}
                      .label=${t('plating.snapshots.at', { label: tr(run.label), capacity: c })}></ip-plating-top-view>`
                  : html`<div class="none muted">${t('plating.snapshots.notReached')}</div>`}</td>`;
              })}
            </tr>`)}</tbody>
          </table>`}
      ${this.renderStripped()}
    </section>`;
  }

  /** Cross-sections after the first and the last strip, where dead Li shows in its own colour. */
  private renderStripped() {
    const cycles = [...new Set(this.runs.flatMap((r) => r.snapshots.flatMap((f) => (f.stripCycle === undefined ? [] : [f.stripCycle]))))].sort((a, b) => a - b);
    if (cycles.length === 0) return '';
    return html`<h3 id="strip-h">${t('plating.snapshots.strippedHeading')}</h3>
      <table aria-labelledby="strip-h">
        <colgroup><col class="names" />${cycles.map(() => html`<col />`)}</colgroup>
        <thead><tr><td></td>${cycles.map((c) => html`<th scope="col">${t('plating.snapshots.afterStrip', { cycle: c })}</th>`)}</tr></thead>
        <tbody>${this.runs.map((run, i) => html`<tr style=${`--slot-color: var(--ip-series-${i + 1})`}>
          <th scope="row">${tr(run.label)}</th>
          ${cycles.map((c) => {
            const frame = run.snapshots.find((f) => f.stripCycle === c);
            return html`<td>${frame
              ? html`<ip-plating-section .frame=${frame} .label=${t('plating.snapshots.afterStripOf', { label: tr(run.label), cycle: c })}></ip-plating-section>`
              : html`<div class="none muted">${t('plating.snapshots.notReached')}</div>`}</td>`;
          })}
        </tr>`)}</tbody>
      </table>`;
  }
}

customElements.define('ip-plating-snapshots', PlatingSnapshots);

declare global {
  interface HTMLElementTagNameMap {
    'ip-plating-snapshots': PlatingSnapshots;
  }
}
