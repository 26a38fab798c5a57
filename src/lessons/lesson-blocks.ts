import { html, nothing, type TemplateResult } from 'lit';
import type { Block, Inline, Lesson } from '../../lessons/build/lesson-types.ts';
import { t } from '../i18n/i18n.ts';

type Sources = Lesson['sources'];

/** A source's link: its DOI where it has one. */
export function sourceHref(s: Sources[number]): string | undefined {
  return s.doi ? `https://doi.org/${s.doi}` : s.url;
}

/**
 * Lesson text as Lit templates, from the compiled form (lessons/build): text nodes only, never
 * innerHTML, so nothing in a lesson file can run in the page.
 */
export function renderInline(content: readonly Inline[], sources: Sources): (TemplateResult | string)[] {
  return content.map((n) => {
    if (typeof n === 'string') return n;
    switch (n.k) {
      case 'b':
        return html`<strong>${renderInline(n.c, sources)}</strong>`;
      case 'i':
        return html`<em>${renderInline(n.c, sources)}</em>`;
      case 'code':
        return html`<code>${renderInline(n.c, sources)}</code>`;
      case 'a':
        return html`<a href=${n.href} target="_blank" rel="noopener">${renderInline(n.c, sources)}</a>`;
      case 'cite': {
        const i = sources.findIndex((s) => s.id === n.id);
        const source = sources[i];
        if (!source) return `[${n.id}]`;
        const href = sourceHref(source);
        return html`<a class="cite" href=${href ?? nothing} target="_blank" rel="noopener" title=${source.citation}
          aria-label=${t('lessons.cite', { n: i + 1, citation: source.citation })}>[${i + 1}]</a>`;
      }
    }
  });
}

/** Blocks other than questions; `question` blocks are the panel's (they hold state). */
export function renderBlock(
  b: Block,
  sources: Sources,
  opts: { teacher: boolean; question: (b: Extract<Block, { k: 'question' }>) => TemplateResult },
): TemplateResult | typeof nothing {
  switch (b.k) {
    case 'p':
      return html`<p>${renderInline(b.c, sources)}</p>`;
    case 'h3':
      return html`<h4>${renderInline(b.c, sources)}</h4>`;
    case 'ul':
      return html`<ul>${b.items.map((i) => html`<li>${renderInline(i, sources)}</li>`)}</ul>`;
    case 'ol':
      return html`<ol>${b.items.map((i) => html`<li>${renderInline(i, sources)}</li>`)}</ol>`;
    case 'table':
      return html`<div class="table-wrap"><table>
        <thead><tr>${b.head.map((c) => html`<th scope="col">${renderInline(c, sources)}</th>`)}</tr></thead>
        <tbody>${b.rows.map((r) => html`<tr>${r.map((c) => html`<td>${renderInline(c, sources)}</td>`)}</tr>`)}</tbody>
      </table></div>`;
    case 'teacher':
      return opts.teacher
        ? html`<aside class="teacher" aria-label=${t('lessons.teacherNote')}>
            <p class="teacher-label" aria-hidden="true">${t('lessons.teacherNote')}</p>
            ${b.blocks.map((x) => renderBlock(x, sources, opts))}
          </aside>`
        : nothing;
    case 'question':
      return opts.question(b);
  }
}
