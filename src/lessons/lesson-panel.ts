import { css, html, nothing, type PropertyDeclarations } from 'lit';
import type { Block, Question } from '../../lessons/build/lesson-types.ts';
import type { AppContext } from '../app/app-context.ts';
import { downloadText } from '../common/export/download.ts';
import { sharedStyles } from '../common/ui/shared-styles.ts';
import { WatchController } from '../common/ui/watch-controller.ts';
import { ViewportFit } from '../common/ui/viewport-fit.ts';
import { t } from '../i18n/i18n.ts';
import { LocalizedElement } from '../i18n/localized-element.ts';
import type { Answer } from './answer-check.ts';
import { answersCsv, answersJson } from './answers-export.ts';
import { renderBlock, renderInline, sourceHref } from './lesson-blocks.ts';
import type { LessonSession } from './lesson-session.ts';
import './lesson-question.ts';

/**
 * <ip-lesson-panel>: the open lesson beside the simulation. Previous/next, a list of every step
 * (any may be opened), the step's text, questions, task and "Run it", teacher notes in teacher
 * mode, the student's answers to export or clear. Folded, it is a narrow strip that opens again.
 */
export class LessonPanel extends LocalizedElement {
  static properties: PropertyDeclarations = {
    ctx: { attribute: false },
    session: { attribute: false },
    folded: { type: Boolean, reflect: true },
  };
  declare ctx: AppContext;
  declare session: LessonSession;
  declare folded: boolean;
  #lastStep = '';

  static styles = [
    sharedStyles,
    css`
      :host {
        display: block;
        height: 100%;
        width: 22rem;
      }
      :host([folded]) {
        width: auto;
      }
      @media (max-width: 1279px) {
        :host {
          width: 19rem;
        }
      }
      aside {
        display: flex;
        flex-direction: column;
        gap: 0.5rem;
        height: 100%;
        /* Ends at the bottom of the window, however many rows the header above wraps to. */
        max-height: calc(100dvh - var(--panel-top, 4rem));
        position: sticky;
        top: 0;
        overflow: auto;
        padding: 0.5rem 0.8rem;
        background: var(--ip-panel);
        border-left: 2px solid var(--ip-border);
      }
      .fold {
        writing-mode: vertical-rl;
        height: 100%;
        min-height: 12rem;
        width: 2.6rem;
      }
      /* A compact header (title, fold, progress, step list in three short rows), so that the step
         itself starts in the top third of the panel even at 1024x768 in projector type. */
      header {
        display: flex;
        flex-direction: column;
        gap: 0.25rem;
      }
      .title-bar {
        flex-wrap: nowrap;
        align-items: flex-start;
      }
      .title-bar h2 {
        flex: 1;
      }
      .title-bar button {
        min-height: 2em;
        padding-block: 0.1em;
      }
      .bar {
        display: flex;
        flex-wrap: wrap;
        gap: 0.4rem;
        align-items: center;
      }
      .bar label {
        display: inline-flex;
        align-items: center;
        gap: 0.35em;
      }
      input[type='checkbox'] {
        min-height: auto;
        width: 1.2em;
        height: 1.2em;
        margin: 0;
        accent-color: var(--ip-accent);
      }
      a {
        color: var(--ip-accent);
      }
      h2 {
        margin: 0;
        font-size: 1.05em;
        line-height: 1.25;
      }
      progress {
        width: 100%;
        height: 0.5em;
        accent-color: var(--ip-accent);
      }
      details.steps ol {
        margin: 0.3rem 0;
        padding-left: 1.6em;
      }
      details.steps li {
        margin: 0.15rem 0;
      }
      details.steps button {
        min-height: 2em;
        text-align: left;
        font-weight: normal;
        width: 100%;
      }
      details.steps button[aria-current='step'] {
        font-weight: 700;
        border-color: var(--ip-accent);
      }
      .step h3 {
        font-size: 1.15em;
        margin-top: 0.2em;
      }
      .step > .muted {
        margin: 0;
      }
      .step:focus {
        outline: none;
      }
      .task {
        border: 2px dashed var(--ip-border);
        border-radius: 8px;
        padding: 0.4em 0.6em;
      }
      .task.met {
        border-style: solid;
        border-color: var(--ip-accent);
      }
      aside.teacher {
        border-left: 4px solid var(--ip-warn);
        padding: 0.2em 0.6em;
        margin: 0.6em 0;
        background: var(--ip-warn-bg);
      }
      .teacher-label {
        font-weight: 700;
        margin: 0.2em 0;
      }
      .nav {
        display: flex;
        justify-content: space-between;
        gap: 0.5rem;
        margin-top: auto;
        padding-top: 0.4rem;
      }
      .table-wrap {
        overflow-x: auto;
      }
      a.cite {
        font-size: 0.85em;
        vertical-align: super;
        line-height: 0;
      }
      footer {
        font-size: 0.9em;
      }
      footer ol {
        padding-left: 1.4em;
      }
    `,
  ];

  constructor() {
    super();
    this.folded = false;
    new WatchController(this, () => [
      this.session.lesson,
      this.session.work,
      this.session.taskMet,
      this.ctx.lessons.step,
      this.ctx.lessons.teacher,
    ]);
    new ViewportFit(this, 'panel-top', () => this);
  }

  updated(): void {
    // A new step: its heading takes focus, so a screen reader starts reading the step.
    const lesson = this.session.lesson.value;
    const key = lesson ? `${lesson.id}/${this.session.stepIndex}` : '';
    if (key && this.#lastStep && key !== this.#lastStep && !this.folded) {
      this.renderRoot.querySelector<HTMLElement>('.step')?.focus();
    }
    this.#lastStep = key;
  }

  #answer(e: CustomEvent<{ question: Question; answer: Answer }>): void {
    const correct = this.session.answer(e.detail.question, e.detail.answer);
    const said = correct === null ? t('lessons.question.saved') : t(correct ? 'lessons.question.right' : 'lessons.question.wrong');
    this.ctx.announcer.announce(said);
  }

  #export(kind: 'json' | 'csv'): void {
    const lesson = this.session.lesson.value;
    if (!lesson) return;
    const work = this.session.work.value;
    if (kind === 'json') downloadText(`${lesson.id}-answers.json`, answersJson(lesson, work), 'application/json');
    // The byte-order mark makes spreadsheet programs read the text as UTF-8.
    else downloadText(`${lesson.id}-answers.csv`, `\ufeff${answersCsv(lesson, work)}`, 'text/csv');
  }

  #clear(): void {
    if (window.confirm(t('lessons.clearConfirm'))) {
      this.session.clearAnswers();
      this.ctx.announcer.announce(t('lessons.cleared'));
    }
  }

  #look(id: string): void {
    this.dispatchEvent(new CustomEvent('lesson-look', { detail: id, bubbles: true, composed: true }));
  }

  #question = (b: Extract<Block, { k: 'question' }>) => html`<ip-lesson-question .question=${b.q}
    .sources=${this.session.lesson.value?.sources ?? []} .saved=${this.session.work.value.answers[b.q.id]}
    ?teacher=${this.ctx.lessons.teacher.value === 'on'}></ip-lesson-question>`;

  render() {
    const lesson = this.session.lesson.value;
    const summary = this.session.summary;
    if (!lesson || !summary) {
      return html`<aside aria-label=${t('lessons.panel')}><p role="status">${t('lessons.loading')}</p></aside>`;
    }
    const i = this.session.stepIndex;
    const n = lesson.steps.length;
    if (this.folded) {
      return html`<button class="fold" aria-expanded="false" @click=${() => (this.folded = false)}
        aria-label=${t('lessons.unfoldNamed', { title: lesson.title })}>${t('lessons.unfold')}</button>`;
    }
    const step = lesson.steps[i]!;
    const teacher = this.ctx.lessons.teacher.value === 'on';
    const sources = lesson.sources;
    const answered = (s: typeof step) => s.blocks.some((b) => b.k === 'question' && this.session.work.value.answers[b.q.id]);
    const met = this.session.taskMet.value;
    return html`<aside aria-labelledby="lesson-title" @answer=${this.#answer}>
      <header>
        <div class="bar title-bar">
          <h2 id="lesson-title">${lesson.title}</h2>
          <button aria-expanded="true" @click=${() => (this.folded = true)}>${t('lessons.fold')}</button>
        </div>
        <progress max=${n} .value=${i + 1} aria-label=${t('lessons.progress', { step: i + 1, steps: n })}></progress>
        <details class="steps">
          <summary><span id="step-progress">${t('lessons.progress', { step: i + 1, steps: n })}</span> · ${t('lessons.allSteps')}</summary>
          <nav aria-label=${t('lessons.steps')}>
            <ol>${lesson.steps.map((s, k) => html`<li><button aria-current=${k === i ? 'step' : 'false'} @click=${() => this.session.goTo(k + 1)}>
              ${renderInline(s.title, sources)}${answered(s) || this.session.work.value.met.includes(s.id)
                ? html` <span aria-label=${t('lessons.stepDone')}>✓</span>` : nothing}
            </button></li>`)}</ol>
          </nav>
        </details>
      </header>
      <section class="step" tabindex="-1" aria-labelledby="step-title" aria-describedby="step-progress">
        <h3 id="step-title">${renderInline(step.title, sources)}</h3>
        ${i === 0 ? html`<p class="muted">${t(`lessons.level.${summary.level}`)} · ${t('lessons.minutes', { n: summary.minutes })}</p>` : nothing}
        ${i === 0 && lesson.learningGoals.length
          ? html`<p><strong>${t('lessons.goals')}</strong></p><ul>${lesson.learningGoals.map((g) => html`<li>${renderInline(g, sources)}</li>`)}</ul>`
          : nothing}
        ${i === 0 ? lesson.intro.map((b) => renderBlock(b, sources, { teacher, question: this.#question })) : nothing}
        ${step.blocks.map((b) => renderBlock(b, sources, { teacher, question: this.#question }))}
        ${step.sim?.waitFor
          ? html`<p class="task ${met ? 'met' : ''}" role="status">${met ? html`✓ ${t('lessons.task.met')}` : t('lessons.task.open')}</p>`
          : nothing}
        <div class="bar">
          ${step.sim?.run ? html`<button class="primary" @click=${() => void this.session.run()}>${t('lessons.runIt')}</button>` : nothing}
          ${step.sim?.look ? html`<button @click=${() => this.#look(step.sim!.look!)}>${t('lessons.showMe')}</button>` : nothing}
        </div>
      </section>
      <div class="nav">
        <button ?disabled=${i === 0} @click=${() => this.session.goTo(i)}>${t('lessons.previous')}</button>
        <button class="primary" ?disabled=${i >= n - 1} @click=${() => this.session.goTo(i + 2)}>${t('lessons.next')}</button>
      </div>
      <footer>
        <details>
          <summary>${t('lessons.sources')}</summary>
          <ol>${sources.map((s) => html`<li>${s.citation}${sourceHref(s)
            ? html` <a href=${sourceHref(s)!} target="_blank" rel="noopener">${s.doi ? `doi:${s.doi}` : t('lessons.link')}</a>` : nothing}</li>`)}</ol>
        </details>
        <div class="bar">
          <label><input type="checkbox" .checked=${teacher}
            @change=${(e: Event) => this.ctx.apply({ teacher: (e.target as HTMLInputElement).checked ? 'on' : 'off' })} /> ${t('lessons.teacherMode')}</label>
          <button @click=${() => this.session.close()}>${t('lessons.close')}</button>
        </div>
        <div class="bar">
          <button @click=${() => this.#export('json')}>${t('lessons.exportJson')}</button>
          <button @click=${() => this.#export('csv')}>${t('lessons.exportCsv')}</button>
          <button @click=${() => this.#clear()}>${t('lessons.clear')}</button>
        </div>
      </footer>
    </aside>`;
  }
}
customElements.define('ip-lesson-panel', LessonPanel);
