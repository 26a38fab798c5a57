import { css, unsafeCSS } from 'lit';
import { SYSTEM_FONT_FAMILY } from './font-family.ts';

/** Styles every Lit view shares: type scale, controls, focus ring, panels. */
export const sharedStyles = css`
  :host([hidden]) {
    display: none !important;
  }
  :host {
    color: var(--ip-fg);
    font-family: ${unsafeCSS(SYSTEM_FONT_FAMILY)};
    font-size: calc(1rem * var(--ip-font-scale, 1));
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  button,
  select,
  input {
    font: inherit;
    color: var(--ip-fg);
    background: var(--ip-panel);
    border: 2px solid var(--ip-border);
    border-radius: 6px;
    min-height: 2.4em;
    padding: 0.2em 0.6em;
  }
  button {
    cursor: pointer;
    font-weight: 600;
  }
  button.primary {
    background: var(--ip-accent);
    color: var(--ip-accent-fg);
    border-color: var(--ip-accent);
  }
  button[aria-pressed='true'] {
    background: var(--ip-accent);
    color: var(--ip-accent-fg);
  }
  [role='tab'][aria-selected='true'] {
    background: var(--ip-accent);
    color: var(--ip-accent-fg);
    border-color: var(--ip-accent);
  }
  button:disabled {
    opacity: 0.55;
    cursor: not-allowed;
  }
  :focus-visible {
    outline: 3px solid var(--ip-focus);
    outline-offset: 2px;
  }
  .panel {
    background: var(--ip-panel);
    border: 1px solid var(--ip-border);
    border-radius: 8px;
    padding: 0.6rem 0.8rem;
  }
  h2,
  h3 {
    margin: 0 0 0.4em;
    font-size: 1.1em;
  }
  .muted {
    color: var(--ip-muted);
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  .tag {
    display: inline-block;
    font-size: 0.75em;
    font-weight: 700;
    padding: 0 0.4em;
    border-radius: 4px;
    border: 1px solid var(--ip-muted);
    color: var(--ip-muted);
    vertical-align: middle;
  }
  .warn {
    color: var(--ip-warn);
  }
  dialog {
    background: var(--ip-bg);
    color: var(--ip-fg);
    border: 2px solid var(--ip-border);
    border-radius: 10px;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.55);
  }
`;
