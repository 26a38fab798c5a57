import { css, html, nothing, type PropertyDeclarations } from 'lit';
import type { Lesson, Question } from '../../lessons/build/lesson-types.ts';
import { sharedStyles } from '../common/ui/shared-styles.ts';
import { t } from '../i18n/i18n.ts';
import { LocalizedElement } from '../i18n/localized-element.ts';
import type { Answer } from './answer-check.ts';
import type { SavedAnswer } from './answer-store.ts';
import { renderInline } from './lesson-blocks.ts';

/**
 * <ip-lesson-question>: one predict–observe–explain question. Choices are native radio buttons
 * and are checked the moment one is picked; a number is checked with its button or Enter; free
 * text is saved. Fires `answer` with { question, answer }; the saved answer comes back in `saved`.
 */
export class LessonQuestion extends LocalizedElement {
  static properties: PropertyDeclarations = {
    question: { attribute: false },
    sources: { attribute: false },
    saved: { attribute: false },
    teacher: { type: Boolean },
    problem: { state: true },
  };
  declare question: Question;
  declare sources: Lesson['sources'];
  declare saved: SavedAnswer | undefined;
  declare teacher: boolean;
  /** A numeric entry that is not a number: named, nothing saved. */
  declare protected problem: string;

  static styles = [
    sharedStyles,
    css`
      :host {
        display: block;
        margin: 0.6em 0;
      }
      fieldset,
      .q {
        border: 2px solid var(--ip-border);
        border-radius: 8px;
        padding: 0.5em 0.7em;
        margin: 0;
      }
      legend,
      .prompt {
        font-weight: 600;
        padding: 0 0.2em;
      }
      .choice {
        display: flex;
        gap: 0.5em;
        align-items: flex-start;
        margin: 0.35em 0;
      }
      .choice input {
        /* A long choice wraps its text, never squeezes its button. */
        flex: none;
        min-height: auto;
        width: 1.2em;
        height: 1.2em;
        margin-top: 0.15em;
        accent-color: var(--ip-accent);
      }
      .row {
        display: flex;
        flex-wrap: wrap;
        gap: 0.4em;
        align-items: center;
        margin-top: 0.4em;
      }
      input[type='text'] {
        width: 8em;
      }
      textarea {
        width: 100%;
        min-height: 4.5em;
        font: inherit;
        color: var(--ip-fg);
        background: var(--ip-panel);
        border: 2px solid var(--ip-border);
        border-radius: 6px;
      }
      .feedback {
        margin: 0.4em 0 0;
      }
      .right {
        color: var(--ip-ok, var(--ip-fg));
      }
      a {
        color: var(--ip-accent);
      }
      .model {
        margin: 0.4em 0 0;
        padding: 0.3em 0.5em;
        border-left: 4px solid var(--ip-accent);
      }
    `,
  ];

  constructor() {
    super();
    this.sources = [];
    this.saved = undefined;
    this.teacher = false;
    this.problem = '';
  }

  #send(answer: Answer): void {
    this.problem = '';
    this.dispatchEvent(new CustomEvent('answer', { detail: { question: this.question, answer }, bubbles: true, composed: true }));
  }

  #checkNumber(): void {
    const input = this.renderRoot.querySelector<HTMLInputElement>('input[type="text"]');
    const text = (input?.value ?? '').trim().replace(',', '.');
    const n = Number(text);
    if (text === '' || !Number.isFinite(n)) {
      this.problem = t('lessons.question.notNumber', { value: input?.value ?? '' });
      return;
    }
    this.#send(n);
  }

  #feedback() {
    const q = this.question;
    const s = this.saved;
    if (this.problem) return html`<p class="feedback" role="status">${this.problem}</p>`;
    if (!s) return html`<p class="feedback" role="status"></p>`;
    if (q.type === 'text') return html`<p class="feedback" role="status">${t('lessons.question.saved')}</p>`;
    const extra = q.type === 'choice' && typeof s.answer === 'number' ? q.feedback?.[s.answer] : undefined;
    return html`<p class="feedback ${s.correct ? 'right' : ''}" role="status">
      <strong>${t(s.correct ? 'lessons.question.right' : 'lessons.question.wrong')}</strong>
      ${extra ? renderInline(extra, this.sources) : nothing}
    </p>`;
  }

  #model() {
    if (!this.teacher) return nothing;
    return html`<p class="model"><strong>${t('lessons.question.modelAnswer')}</strong> ${renderInline(this.question.modelAnswer, this.sources)}</p>`;
  }

  render() {
    const q = this.question;
    const prompt = renderInline(q.prompt, this.sources);
    if (q.type === 'choice') {
      return html`<fieldset>
        <legend>${prompt}</legend>
        ${(q.choices ?? []).map((c, i) => html`<label class="choice">
          <input type="radio" name=${q.id} .checked=${this.saved?.answer === i} @change=${() => this.#send(i)} />
          <span>${renderInline(c, this.sources)}</span>
        </label>`)}
        ${this.#feedback()} ${this.#model()}
      </fieldset>`;
    }
    if (q.type === 'numeric') {
      return html`<div class="q">
        <label class="prompt" for="n">${prompt}</label>
        <div class="row">
          <input id="n" type="text" inputmode="decimal" autocomplete="off" .value=${this.saved ? String(this.saved.answer) : ''}
            @keydown=${(e: KeyboardEvent) => e.key === 'Enter' && this.#checkNumber()} />
          <span>${q.unit ?? ''}</span>
          <button @click=${() => this.#checkNumber()}>${t('lessons.question.check')}</button>
        </div>
        ${this.#feedback()} ${this.#model()}
      </div>`;
    }
    return html`<div class="q">
      <label class="prompt" for="txt">${prompt}</label>
      <textarea id="txt" .value=${this.saved ? String(this.saved.answer) : ''}></textarea>
      <div class="row">
        <button @click=${() => this.#send(this.renderRoot.querySelector('textarea')?.value ?? '')}>${t('lessons.question.save')}</button>
      </div>
      ${this.#feedback()} ${this.#model()}
    </div>`;
  }
}
customElements.define('ip-lesson-question', LessonQuestion);
