import { css, html } from 'lit';
import { sharedStyles } from '../../../common/ui/shared-styles.ts';
import type { AldSnapshot, ProcessDefinition } from '../../../../worker/ald/types.ts';
import { LocalizedElement } from '../../../i18n/localized-element.ts';
import { t } from '../../../i18n/i18n.ts';
import { fixed, percent, whole } from '../../../i18n/format.ts';
import { formatNm, formatSeconds } from './format.ts';

/** Live numbers of the film: all read from the model's snapshot. */
export class ReadoutsPanel extends LocalizedElement {
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
      /* Where a value does not fit beside its name, the name wraps; the value never runs over the next column. */
      .pair {
        display: flex;
        align-items: baseline;
        justify-content: space-between;
        gap: 0.6em;
        border-bottom: 1px solid var(--ip-grid);
      }
      dt {
        color: var(--ip-muted);
        min-width: 0;
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
    if (!s) return html`<section class="panel"><h2>${t('reactor.film.heading')}</h2><p class="muted">${t('reactor.film.starting')}</p></section>`;
    // At the recipe's temperature, as the worker states it (the process panel gives the paper's own point).
    const at = this.process ? s.processIds.indexOf(this.process.id) : -1;
    const published = at < 0 ? '–' : formatNm(s.publishedGpcNm[at]!);
    return html`<section class="panel" aria-labelledby="film-h">
      <h2 id="film-h">${t('reactor.film.heading')}</h2>
      <dl>
        <div class="pair"><dt>${t('reactor.film.thickness')}</dt><dd data-key="thicknessNm">${formatNm(s.thicknessNm)}</dd></div>
        <div class="pair"><dt>${t('reactor.film.cycles')}</dt><dd data-key="cycle">${whole(s.cycle)}</dd></div>
        <div class="pair"><dt>${t('reactor.film.growthLastCycle')}</dt><dd data-key="growthPerCycleNm">${s.cycle > 0 ? formatNm(s.growthPerCycleNm) : '–'}</dd></div>
        <div class="pair"><dt>${t('reactor.film.publishedGpc')}</dt><dd>${published}</dd></div>
        <div class="pair"><dt>${t('reactor.film.roughness')}</dt><dd data-key="roughnessRmsNm">${fixed(s.roughnessRmsNm * 10, 1)}\u00a0Å</dd></div>
        <div class="pair"><dt>${t('reactor.film.coverage')}</dt><dd data-key="coverage">${percent(s.coverage)}</dd></div>
        <div class="pair"><dt>${t('reactor.film.processTime')}</dt><dd>${formatSeconds(s.processTimeS)}</dd></div>
        <div class="pair"><dt><span class="swatch" style="background:var(--ip-site-free)"></span>${t('reactor.film.freeSites')}</dt><dd>${whole(s.counts.free)}</dd></div>
        <div class="pair"><dt><span class="swatch" style="background:var(--ip-site-reacted)"></span>${t('reactor.film.reacted')}</dt><dd>${whole(s.counts.reacted)}</dd></div>
        <div class="pair"><dt><span class="swatch" style="background:var(--ip-site-blocked)"></span>${t('reactor.film.blocked')}</dt><dd>${whole(s.counts.blocked)}</dd></div>
      </dl>
    </section>`;
  }
}
customElements.define('ip-readouts-panel', ReadoutsPanel);
