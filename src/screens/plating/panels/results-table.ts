import { css, html, nothing, type PropertyDeclarations } from 'lit';
import type { PlatingResults, SubstrateInfo, SubstrateRun } from '../../../../worker/plating/types.ts';
import { toCsv } from '../../../common/export/csv.ts';
import { downloadText } from '../../../common/export/download.ts';
import { sharedStyles } from '../../../common/ui/shared-styles.ts';
import { t, tr } from '../../../i18n/i18n.ts';
import { LocalizedElement } from '../../../i18n/localized-element.ts';
import { RESULT_NOTES, type NoteSource } from './result-notes.ts';
import { publishedFor, publishedText, RESULT_ROWS, resultsCsvColumns, resultsCsvRows, rowHeading, simulatedText, sourceText, type ResultRow } from './result-rows.ts';

/**
 * <ip-plating-results>: one row per result, one column per substrate; each simulated
 * value beside the published one (with its electrolyte and source) where there is one.
 * A row's name opens a short note on what it means and why a coating changes it.
 */
export class PlatingResultsTable extends LocalizedElement {
  static properties: PropertyDeclarations = {
    runs: { attribute: false },
    infos: { attribute: false },
    openNote: { state: true },
  };
  declare runs: SubstrateRun[];
  declare infos: SubstrateInfo[];
  declare protected openNote: keyof PlatingResults | null;

  static styles = [
    sharedStyles,
    css`
      :host {
        display: block;
        container-type: inline-size;
      }
      .head {
        display: flex;
        justify-content: space-between;
        align-items: center;
        gap: 0.5em;
        flex-wrap: wrap;
      }
      .wrap {
        overflow-x: auto;
      }
      table {
        border-collapse: collapse;
        width: 100%;
        font-variant-numeric: tabular-nums;
      }
      th,
      td {
        border-bottom: 1px solid var(--ip-grid, #34404d);
        padding: 0.35em 0.5em;
        text-align: left;
        vertical-align: top;
      }
      thead th {
        border-bottom: 2px solid var(--ip-border, #3a4756);
      }
      .swatch {
        display: inline-block;
        width: 0.8em;
        height: 0.8em;
        border-radius: 2px;
        margin-right: 0.3em;
        vertical-align: -0.05em;
      }
      th[scope='row'] button {
        background: none;
        border: none;
        padding: 0;
        min-height: 0;
        text-align: left;
        color: var(--ip-accent, #5cb8ff);
        text-decoration: underline;
        text-underline-offset: 0.2em;
      }
      .sim {
        font-weight: 700;
        font-size: 1.05em;
      }
      .pub {
        display: block;
        font-size: 0.85em;
        color: var(--ip-muted, #b4c0cc);
      }
      /* A narrow panel (beside a lesson at 1024 px) keeps every substrate's column in sight. */
      @container (max-width: 30rem) {
        table {
          table-layout: fixed;
        }
        thead th:first-child {
          width: 34%;
        }
        th,
        td {
          padding: 0.3em 0.25em;
          overflow-wrap: break-word;
        }
        .pub {
          font-size: 0.78em;
        }
        .sim {
          overflow-wrap: normal;
        }
      }
      .note td {
        background: var(--ip-bg, #10151c);
      }
      .note p {
        margin: 0 0 0.4em;
        max-width: 60em;
      }
      .note ul {
        margin: 0;
        padding-left: 1.2em;
        color: var(--ip-muted, #b4c0cc);
      }
    `,
  ];

  constructor() {
    super();
    this.runs = [];
    this.infos = [];
    this.openNote = null;
  }

  protected override render() {
    return html`<section class="panel" aria-labelledby="results-h">
      <div class="head">
        <h2 id="results-h">${t('plating.results.heading')}</h2>
        <button type="button" ?disabled=${this.runs.length === 0} @click=${this.exportCsv}>${t('plating.results.export')}</button>
      </div>
      ${this.runs.length === 0
        ? html`<p class="muted">${t('plating.results.empty')}</p>`
        : html`<div class="wrap"><table>
            <thead><tr>
              <th scope="col">${t('plating.results.colResult')}</th>
              ${this.runs.map((r, i) => html`<th scope="col">
                <span class="swatch" style=${`background: var(--ip-series-${i + 1})`}></span>${tr(r.label)}</th>`)}
            </tr></thead>
            <tbody>${RESULT_ROWS.map((row) => this.renderRow(row))}</tbody>
          </table></div>`}
    </section>`;
  }

  private renderRow(row: ResultRow) {
    const open = this.openNote === row.key;
    const noteId = `note-${row.key}`;
    return html`<tr>
        <th scope="row">
          <button type="button" aria-expanded=${open ? 'true' : 'false'} aria-controls=${noteId}
            @click=${() => (this.openNote = open ? null : row.key)}>${rowHeading(row)}</button>
        </th>
        ${this.runs.map((run) => {
          const p = publishedFor(row, this.infos.find((i) => i.id === run.substrateId));
          return html`<td>
            <span class="sim" data-key=${row.key}>${simulatedText(row, run)}</span>
            ${p
              ? html`<span class="pub">${p.electrolyte
                  ? t('plating.results.publishedIn', { value: publishedText(p), electrolyte: tr(p.electrolyte), source: sourceText(p) })
                  : t('plating.results.published', { value: publishedText(p), source: sourceText(p) })}</span>`
              : nothing}
          </td>`;
        })}
      </tr>
      ${open ? this.renderNote(row, noteId) : nothing}`;
  }

  private renderNote(row: ResultRow, id: string) {
    const note = RESULT_NOTES[row.key];
    return html`<tr class="note" id=${id}>
      <td colspan=${this.runs.length + 1}>
        <p><strong>${t('plating.note.title', { name: tr(row.name) })}</strong> ${tr(note.meaning)}</p>
        <p>${tr(note.coating)}</p>
        <ul aria-label=${t('plating.results.sources')}>${note.sources.map((s) => html`<li>${sourceLine(s)}</li>`)}</ul>
      </td>
    </tr>`;
  }

  private readonly exportCsv = (): void => {
    const csv = toCsv(resultsCsvColumns(this.runs), resultsCsvRows(this.runs, this.infos));
    // The byte-order mark makes spreadsheets read µm and ² as UTF-8.
    downloadText('plating-results.csv', `\ufeff${csv}`, 'text/csv');
  };
}

function sourceLine(s: NoteSource): string {
  return s.citation ? t('plating.note.source', { citation: s.citation, about: tr(s.about) }) : tr(s.about);
}

customElements.define('ip-plating-results', PlatingResultsTable);

declare global {
  interface HTMLElementTagNameMap {
    'ip-plating-results': PlatingResultsTable;
  }
}
