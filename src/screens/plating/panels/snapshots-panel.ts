import { LitElement, css, html, type PropertyDeclarations } from 'lit';
import type { SubstrateRun } from '../../../../worker/plating/types.ts';
import { sharedStyles } from '../../../common/ui/shared-styles.ts';
import '../view/top-view.ts';

/** The capacities the model snapshots, as in Oyakhire et al.'s SEM series. */
const SNAPSHOT_CAPACITIES = [0.1, 0.3, 1] as const;

/**
 * <ip-plating-snapshots>: per substrate, the top view at 0.1, 0.3 and 1 mAh/cm² (where the
 * run got that far), so students can watch nuclei appear, grow and merge.
 */
export class PlatingSnapshots extends LitElement {
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
      <h2 id="snap-h">Top views while plating</h2>
      ${this.runs.length === 0
        ? html`<p class="muted">No runs yet.</p>`
        : html`<table>
            <colgroup><col class="names" />${SNAPSHOT_CAPACITIES.map(() => html`<col />`)}</colgroup>
            <thead><tr>
              <td></td>
              ${SNAPSHOT_CAPACITIES.map((c) => html`<th scope="col">${c} mAh/cm²</th>`)}
            </tr></thead>
            <tbody>${this.runs.map((run, i) => html`<tr style=${`--slot-color: var(--ip-series-${i + 1})`}>
              <th scope="row">${run.label}</th>
              ${SNAPSHOT_CAPACITIES.map((c) => {
                const frame = run.snapshots.find((f) => Math.abs(f.capacityMAhcm2 - c) < c * 0.05);
                return html`<td>${frame
                  ? html`<ip-plating-top-view compact .frame=${frame} .label=${`${run.label}, ${c} mAh/cm²`}></ip-plating-top-view>`
                  : html`<div class="none muted">not reached</div>`}</td>`;
              })}
            </tr>`)}</tbody>
          </table>`}
    </section>`;
  }
}

customElements.define('ip-plating-snapshots', PlatingSnapshots);

declare global {
  interface HTMLElementTagNameMap {
    'ip-plating-snapshots': PlatingSnapshots;
  }
}
