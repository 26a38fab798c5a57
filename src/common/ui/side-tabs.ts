import { css, html, nothing, type TemplateResult } from 'lit';
import { tabKeyTarget } from './tab-keys.ts';

/** A screen's side panel: tabs that open one part at a time beside the play area, and fold away. */
export interface SideTabsOptions<T extends string> {
  tabs: readonly T[];
  open: T | 'hidden';
  /** The accessible name of the section and of its tab list. */
  label: string;
  tabText: (tab: T) => string;
  hideText: string;
  choose: (tab: T | 'hidden') => void;
  /** The open tab's content. */
  content: (tab: T) => unknown;
  /** The host, whose render root holds the tabs: a key moves the focus to the tab it opens. */
  host: HTMLElement & { renderRoot: ParentNode; updateComplete: Promise<unknown> };
}

/** Renders into the host's own shadow root, so `aria-controls` and `aria-labelledby` reach their ids. */
export function sideTabs<T extends string>(o: SideTabsOptions<T>): TemplateResult {
  const { tabs, open } = o;
  const focusable = open === 'hidden' ? tabs[0] : open;
  // Arrow keys, Home and End move between the tabs and open each, as the ARIA tabs pattern has it.
  const keys = (e: KeyboardEvent) => {
    const next = tabKeyTarget(e.key, Math.max(0, tabs.indexOf(open as T)), tabs.length);
    if (next === null) return;
    e.preventDefault();
    e.stopPropagation();
    o.choose(tabs[next]!);
    void o.host.updateComplete.then(() => o.host.renderRoot.querySelector<HTMLElement>(`#tab-${tabs[next]}`)?.focus());
  };
  return html`<section class="side ${open === 'hidden' ? 'folded' : ''}" aria-label=${o.label}>
    <div class="tabs">
      <div role="tablist" aria-label=${o.label} aria-orientation=${open === 'hidden' ? 'vertical' : 'horizontal'} @keydown=${keys}>
        ${tabs.map((tab) => html`<button role="tab" id="tab-${tab}" aria-controls=${open === tab ? 'side-panel' : nothing}
          aria-selected=${open === tab ? 'true' : 'false'} tabindex=${tab === focusable ? '0' : '-1'}
          @click=${() => o.choose(tab)}>${o.tabText(tab)}</button>`)}
      </div>
      ${open === 'hidden' ? nothing : html`<button class="hide" @click=${() => o.choose('hidden')}>${o.hideText}</button>`}
    </div>
    ${open === 'hidden' ? nothing : html`<div id="side-panel" role="tabpanel" tabindex="0" aria-labelledby="tab-${open}">${o.content(open)}</div>`}
  </section>`;
}

export const sideTabStyles = css`
  .side {
    display: flex;
    flex-direction: column;
    gap: 0.4rem;
    min-height: 0;
    min-width: 0;
  }
  .tabs {
    display: flex;
    flex-wrap: wrap;
    gap: 0.3rem;
    align-items: flex-start;
  }
  [role='tablist'] {
    display: contents;
  }
  .tabs button {
    padding: 0.1em 0.5em;
  }
  .hide {
    margin-left: auto;
  }
  .folded .tabs {
    flex-direction: column;
    align-items: stretch;
  }
  /* Positioned, so visually hidden text far down a long panel stays inside it and never scrolls the page. */
  [role='tabpanel'] {
    position: relative;
    flex: 1;
    min-height: 0;
    overflow: auto;
  }
`;
