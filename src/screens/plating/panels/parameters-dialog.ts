import { html, nothing, type TemplateResult } from 'lit';
import type { SourceRef } from '../../../../worker/ald/types.ts';
import type { SubstrateInfo, SubstrateParameter } from '../../../../worker/plating/types.ts';
import { t, tr } from '../../../i18n/i18n.ts';
import { formatSig } from './result-rows.ts';

/** The body of the Parameters dialog: each model parameter, published or a model choice, and why. */
export function parametersTable(info: SubstrateInfo): TemplateResult {
  return html`<table>
    <caption class="visually-hidden">${t('plating.params.caption', { label: tr(info.label) })}</caption>
    <thead><tr>
      <th scope="col">${t('plating.params.colParameter')}</th><th scope="col">${t('plating.params.colValue')}</th>
      <th scope="col">${t('plating.params.colKind')}</th><th scope="col">${t('plating.params.colSource')}</th>
    </tr></thead>
    <tbody>${info.parameters.map((p) => html`<tr>
      <th scope="row">${tr(p.name)}</th>
      <td class="num">${valueText(p)}</td>
      <td><span class=${p.modelChoice ? 'tag choice' : 'tag published'}>${t(p.modelChoice ? 'plating.params.modelChoice' : 'plating.params.published')}</span></td>
      <td>
        ${p.source ? html`<span>${sourceLine(p.source)}</span>` : nothing}
        ${p.why ? html`<span class="why">${tr(p.why)}</span>` : nothing}
      </td>
    </tr>`)}</tbody>
  </table>`;
}

function valueText(p: SubstrateParameter): string {
  const value = typeof p.value === 'number' ? formatSig(p.value, 4) : tr(p.value);
  return p.unit ? `${value} ${p.unit}` : value;
}

/** The citation (data, not translated), its DOI and where it is quoted from. */
function sourceLine(source: SourceRef): string {
  const doi = source.doi ? `, doi:${source.doi}` : '';
  return source.via ? `${source.citation}${doi} (${t('plating.source.via', { via: source.via })})` : `${source.citation}${doi}`;
}
