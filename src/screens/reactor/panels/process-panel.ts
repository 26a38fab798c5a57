import { LitElement, css, html } from 'lit';
import { sharedStyles } from '../../../common/ui/shared-styles.ts';
import type { ProcessDefinition } from '../../../../worker/ald/types.ts';
import { formatNm } from './format.ts';
import { rateConstantsPerS } from '../../../../worker/ald/conditions.ts';
import { chem } from '../../../common/ui/chem.ts';

/** Process choice with its published numbers, source and the model's own choices. */
export class ProcessPanel extends LitElement {
  static properties = { processes: { attribute: false }, selected: { type: String } };
  declare processes: ProcessDefinition[];
  declare selected: string;

  static styles = [
    sharedStyles,
    css`
      select {
        width: 100%;
      }
      dl {
        display: grid;
        grid-template-columns: auto 1fr;
        gap: 0.15em 0.6em;
        margin: 0.5em 0;
      }
      dt {
        color: var(--ip-muted);
      }
      dd {
        margin: 0;
      }
      .doubt {
        border-left: 4px solid var(--ip-warn);
        padding-left: 0.5em;
        margin: 0.4em 0;
      }
      details {
        margin-top: 0.3em;
      }
      summary {
        cursor: pointer;
        font-weight: 600;
      }
      ul {
        padding-left: 1.1em;
        margin: 0.3em 0;
      }
    `,
  ];

  constructor() {
    super();
    this.processes = [];
    this.selected = '';
  }

  /** Values the model uses that no paper gives for this process, each with its reason. */
  #modelChoices(p: ProcessDefinition): [string, string, string][] {
    const d = p.dose.value;
    const k = rateConstantsPerS(p, p.gpcTemperatureC);
    return [
      ['Temperature window', `${p.temperatureWindowC.value.min}–${p.temperatureWindowC.value.max} °C`, p.temperatureWindowC.why],
      [
        'Dose (machball law)',
        `${d.pressurePa} Pa, ${(d.siteAreaM2 * 1e18).toFixed(2)} nm² per molecule, sticking A ${d.stickingA}, B ${d.stickingB}: ` +
          `rates ${k.a.toFixed(0)} and ${k.b.toFixed(0)} s⁻¹ at ${p.gpcTemperatureC} °C`,
        p.dose.why,
      ],
      ['Residence time', `${p.residenceTimeS.value} s`, p.residenceTimeS.why],
      ['Steric radius', `${p.stericRadiusSites.value} sites`, p.stericRadiusSites.why],
    ];
  }

  render() {
    const p = this.processes.find((d) => d.id === this.selected);
    const choices = p ? this.#modelChoices(p) : [];
    return html`<section class="panel" aria-labelledby="process-h">
      <h2 id="process-h">Process</h2>
      <label class="visually-hidden" for="process">Process</label>
      <select id="process" .value=${this.selected}
        @change=${(e: Event) => this.dispatchEvent(new CustomEvent('setting', { detail: { process: (e.target as HTMLSelectElement).value }, bubbles: true, composed: true }))}>
        ${this.processes.map((d) => html`<option value=${d.id} ?selected=${d.id === this.selected}>${d.name}</option>`)}
      </select>
      ${p
        ? html`<dl>
              <dt>Precursors</dt><dd>A: ${p.precursorA.name}; B: ${p.precursorB.name}</dd>
              <dt>Byproduct</dt><dd>${chem(p.byproduct.formula)} (${p.byproduct.name})</dd>
              <dt>Published GPC</dt><dd>${formatNm(p.gpcNm)} per cycle at ${p.gpcTemperatureC} °C</dd>
              <dt>Source</dt><dd>${p.source.citation}${p.source.doi ? html`, doi:${p.source.doi}` : null}${p.source.via ? html` <span class="muted">(via ${p.source.via})</span>` : null}</dd>
            </dl>
            ${p.doubt ? html`<p class="doubt"><strong class="warn">Doubtful number:</strong> ${p.doubt}</p>` : null}
            <details>
              <summary>Model choices <span class="tag">not published</span></summary>
              <ul>${choices.map(([k, v, why]) => html`<li><strong>${k}:</strong> ${v}. <span class="muted">${why}</span></li>`)}</ul>
            </details>`
        : null}
    </section>`;
  }
}
customElements.define('ip-process-panel', ProcessPanel);
