import { css, html, type PropertyDeclarations } from 'lit';
import type { Block, LessonSummary } from '../../lessons/build/lesson-types.ts';
import { sharedStyles } from '../common/ui/shared-styles.ts';
import { shownLocale, t } from '../i18n/i18n.ts';
import { LocalizedElement } from '../i18n/localized-element.ts';
import { renderBlock } from './lesson-blocks.ts';
import { lessonLocale } from './lesson-session.ts';

/**
 * <ip-lessons-dialog>: the lessons menu (each with its level and minutes) and, from "For
 * instructors", the teacher guide. Fires `open-lesson` with the id; `teacher-guide` asks the app
 * for the guide's blocks, which it sets on `guide`.
 */
export class LessonsDialog extends LocalizedElement {
  static properties: PropertyDeclarations = {
    lessons: { attribute: false },
    guide: { attribute: false },
    showGuide: { state: true },
  };
  declare lessons: readonly LessonSummary[];
  /** The teacher guide, once loaded. */
  declare guide: { title: string; blocks: Block[] } | null;
  declare protected showGuide: boolean;

  static styles = [
    sharedStyles,
    css`
      dialog {
        width: min(48rem, 94vw);
        max-height: 90vh;
      }
      ul.lessons {
        list-style: none;
        padding: 0;
        display: grid;
        gap: 0.5rem;
      }
      ul.lessons li {
        display: flex;
        gap: 0.6rem;
        align-items: center;
        justify-content: space-between;
        border: 1px solid var(--ip-border);
        border-radius: 8px;
        padding: 0.4rem 0.6rem;
      }
      .row {
        display: flex;
        gap: 0.5rem;
        justify-content: flex-end;
        margin-top: 0.6rem;
      }
      .table-wrap {
        overflow-x: auto;
      }
      table {
        border-collapse: collapse;
        font-size: 0.9em;
      }
      th,
      td {
        border: 1px solid var(--ip-border);
        padding: 0.2em 0.4em;
        text-align: left;
        vertical-align: top;
      }
    `,
  ];

  constructor() {
    super();
    this.lessons = [];
    this.guide = null;
    this.showGuide = false;
  }

  open(view: 'lessons' | 'guide' = 'lessons'): void {
    this.showGuide = view === 'guide';
    if (this.showGuide) this.#askGuide();
    void this.updateComplete.then(() => this.renderRoot.querySelector('dialog')?.showModal());
  }

  #askGuide(): void {
    this.dispatchEvent(new CustomEvent('teacher-guide', { bubbles: true, composed: true }));
  }

  #open(id: string): void {
    this.renderRoot.querySelector('dialog')?.close();
    this.dispatchEvent(new CustomEvent('open-lesson', { detail: id, bubbles: true, composed: true }));
  }

  render() {
    const locale = lessonLocale(shownLocale.value);
    const body = this.showGuide
      ? html`<h2 id="lessons-title">${this.guide?.title ?? t('lessons.guide')}</h2>
          ${this.guide
            ? this.guide.blocks.map((b) => renderBlock(b, [], { teacher: true, question: () => html`` }))
            : html`<p role="status">${t('lessons.loading')}</p>`}
          <div class="row"><button @click=${() => (this.showGuide = false)}>${t('lessons.backToList')}</button></div>`
      : html`<h2 id="lessons-title">${t('lessons.menu')}</h2>
          <ul class="lessons">
            ${this.lessons.map((l) => html`<li>
              <span><strong>${l.title[locale]}</strong><br />
                <span class="muted">${t(`lessons.level.${l.level}`)} · ${t('lessons.minutes', { n: l.minutes })} · ${t('lessons.stepCount', { n: l.steps })}</span></span>
              <button class="primary" aria-label=${t('lessons.openNamed', { title: l.title[locale] })} @click=${() => this.#open(l.id)}>${t('lessons.open')}</button>
            </li>`)}
          </ul>
          <div class="row"><button @click=${() => { this.showGuide = true; this.#askGuide(); }}>${t('lessons.forInstructors')}</button></div>`;
    return html`<dialog aria-labelledby="lessons-title">
      ${body}
      <form method="dialog" class="row"><button class="primary">${t('dialogs.close')}</button></form>
    </dialog>`;
  }
}
customElements.define('ip-lessons-dialog', LessonsDialog);
