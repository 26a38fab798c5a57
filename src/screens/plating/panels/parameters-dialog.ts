import { html, nothing, type TemplateResult } from 'lit';
import type { SubstrateInfo } from '../../../../worker/plating/types.ts';
import { formatSig } from './result-rows.ts';

/** The body of the Parameters dialog: each model parameter, published or a model choice, and why. */
export function parametersTable(info: SubstrateInfo): TemplateResult {
  return html`<table>
    <caption class="visually-hidden">Model parameters for ${info.label}</caption>
    <thead><tr><th scope="col">Parameter</th><th scope="col">Value</th><th scope="col">Kind</th><th scope="col">Source or reason</th></tr></thead>
    <tbody>${info.parameters.map((p) => html`<tr>
      <th scope="row">${p.name}</th>
      <td class="num">${typeof p.value === 'number' ? formatSig(p.value, 4) : p.value}${p.unit ? ` ${p.unit}` : ''}</td>
      <td><span class=${p.modelChoice ? 'tag choice' : 'tag published'}>${p.modelChoice ? 'model choice' : 'published'}</span></td>
      <td>
        ${p.source ? html`<span>${p.source.citation}${p.source.doi ? html`, doi:${p.source.doi}` : nothing}${p.source.via ? html` (via ${p.source.via})` : nothing}</span>` : nothing}
        ${p.why ? html`<span class="why">${p.why}</span>` : nothing}
      </td>
    </tr>`)}</tbody>
  </table>`;
}
