import { css, html, type TemplateResult } from 'lit';
import { sharedStyles } from '../../../common/ui/shared-styles.ts';
import type { AldSnapshot, MoleculeSpec, ProcessDefinition } from '../../../../worker/ald/types.ts';
import type { ModelChoiceField } from '../../../../worker/ald/process-words.ts';
import { formatNm } from './format.ts';
import { chem } from '../../../common/ui/chem.ts';
import { LocalizedElement } from '../../../i18n/localized-element.ts';
import { t } from '../../../i18n/i18n.ts';
import { sig } from '../../../i18n/format.ts';
import { choiceWhy, doubtText, moleculeName, processName } from '../process-text.ts';

/** A molecule by name where the catalogue has one, else by its formula. */
function named(m: MoleculeSpec): string {
  return moleculeName(m) ?? m.formula;
}

/** Formula with its name in brackets, or the formula alone. */
function formulaAndName(m: MoleculeSpec): TemplateResult {
  const name = moleculeName(m);
  return html`${chem(m.formula)}${name ? t('reactor.process.aside', { text: name }) : ''}`;
}

/** Process choice with its published numbers, source and the model's own choices. */
export class ProcessPanel extends LocalizedElement {
  static properties = { processes: { attribute: false }, selected: { type: String }, snapshot: { attribute: false } };
  declare processes: ProcessDefinition[];
  declare selected: string;
  /** The model's latest snapshot: its chemisorption rates are the ones shown. */
  declare snapshot: AldSnapshot | null;

  static styles = [
    sharedStyles,
    css`
      :host {
        display: block;
        container-type: inline-size;
      }
      select {
        width: 100%;
      }
      /* A name column never narrower than its longest word, so a Chinese term is not broken char by char. */
      dl {
        display: grid;
        grid-template-columns: max-content 1fr;
        gap: 0.15em 0.6em;
        margin: 0.5em 0;
      }
      dt {
        color: var(--ip-muted);
        max-width: 9em;
      }
      /* Long chemical names break rather than push past a narrow panel. */
      dd {
        margin: 0;
        min-width: 0;
        overflow-wrap: anywhere;
      }
      /* In a narrow panel (beside a lesson) each name stands above its value. */
      @container (max-width: 22rem) {
        dl {
          grid-template-columns: minmax(0, 1fr);
        }
        dt {
          max-width: none;
          margin-top: 0.3em;
        }
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
    this.snapshot = null;
  }

  /** Values the model uses that no paper gives for this process, each with its reason. */
  #modelChoices(p: ProcessDefinition): [ModelChoiceField, string, string][] {
    const d = p.dose.value;
    // The rates come from the model; until its first snapshot of this process there are none to show.
    const rates = this.snapshot?.processId === p.id ? this.snapshot.chemisorption : null;
    const window = p.temperatureWindowC.value;
    const dose: [ModelChoiceField, string, string][] = rates
      ? [[
          'dose',
          t('reactor.choice.dose'),
          t('reactor.choice.doseValue', {
            pressurePa: d.pressurePa,
            siteAreaNm2: d.siteAreaM2 * 1e18,
            stickingA: d.stickingA,
            stickingB: d.stickingB,
            rateA: rates.rateAPerS,
            rateB: rates.rateBPerS,
            temperatureC: rates.temperatureC,
          }),
        ]]
      : [];
    return [
      ['temperatureWindowC', t('reactor.choice.temperatureWindow'), `${sig(window.min, 4)}–${sig(window.max, 4)}\u00a0°C`],
      ...dose,
      ['residenceTimeS', t('reactor.choice.residenceTime'), `${sig(p.residenceTimeS.value)}\u00a0s`],
      ['stericRadiusSites', t('reactor.choice.stericRadius'), t('reactor.choice.sites', { sites: p.stericRadiusSites.value })],
    ];
  }

  render() {
    const p = this.processes.find((d) => d.id === this.selected);
    const choices = p ? this.#modelChoices(p) : [];
    const doubt = p ? doubtText(p) : null;
    return html`<section class="panel" aria-labelledby="process-h">
      <h2 id="process-h">${t('reactor.process.heading')}</h2>
      <label class="visually-hidden" for="process">${t('reactor.process.heading')}</label>
      <select id="process" .value=${this.selected}
        @change=${(e: Event) => this.dispatchEvent(new CustomEvent('setting', { detail: { process: (e.target as HTMLSelectElement).value }, bubbles: true, composed: true }))}>
        ${this.processes.map((d) => html`<option value=${d.id} ?selected=${d.id === this.selected}>${processName(d)}</option>`)}
      </select>
      ${p
        ? html`<dl>
              <dt>${t('reactor.process.precursors')}</dt>
              <dd>${t('reactor.process.pair', { a: named(p.precursorA), b: named(p.precursorB) })}</dd>
              <dt>${t('reactor.process.byproduct')}</dt><dd>${formulaAndName(p.byproduct)}</dd>
              <dt>${t('reactor.process.surface')}</dt>
              <dd>${t('reactor.process.afterPair', { a: named(p.fragmentA), b: named(p.fragmentB) })}</dd>
              <dt>${t('reactor.process.publishedGpc')}</dt>
              <dd>${t('reactor.process.gpcAt', { gpc: formatNm(p.gpcNm), temperatureC: p.gpcTemperatureC })}</dd>
              <dt>${t('reactor.process.source')}</dt><dd>${p.source.citation}${p.source.doi ? html`, doi:${p.source.doi}` : null}${p.source.via ? html` <span class="muted">${t('reactor.process.via', { source: p.source.via })}</span>` : null}</dd>
            </dl>
            ${doubt ? html`<p class="doubt"><strong class="warn">${t('reactor.process.doubtful')}</strong> ${doubt}</p>` : null}
            <details>
              <summary>${t('reactor.process.choices')} <span class="tag">${t('reactor.process.notPublished')}</span></summary>
              <ul>${choices.map(([field, name, value]) => {
                const why = choiceWhy(p, field);
                return html`<li><strong>${t('reactor.term', { term: name })}</strong> ${t('reactor.choice.value', { value })}
                  ${why ? html`<span class="muted">${why}</span>` : null}</li>`;
              })}</ul>
            </details>`
        : null}
    </section>`;
  }
}
customElements.define('ip-process-panel', ProcessPanel);
