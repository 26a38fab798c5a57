import { css, unsafeCSS } from 'lit';
import { SYSTEM_FONT_FAMILY } from '../common/ui/font-family.ts';

/** Host layout and the HTML around the svg: big, high-contrast controls for projection. */
export const chartStyles = css`
  :host {
    display: block;
    color: var(--ip-fg, #eef2f6);
    font-family: ${unsafeCSS(SYSTEM_FONT_FAMILY)};
    font-size: calc(16px * var(--ip-font-scale, 1));
  }
  figure { margin: 0; }
  .plot { width: 100%; line-height: 0; }
  .plot svg { display: block; }
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
    margin-top: 0.5em;
  }
  .controls .spacer { flex: 1; }
  .zoom { display: flex; flex-wrap: wrap; gap: 0.5em; }
  button {
    font: inherit;
    font-weight: 600;
    min-height: 2.5em;
    padding: 0.25em 0.9em;
    color: var(--ip-fg, #eef2f6);
    background: var(--ip-bg, #10151c);
    border: 2px solid var(--ip-fg, #eef2f6);
    border-radius: 6px;
    cursor: pointer;
  }
  button:disabled { opacity: 0.45; cursor: default; }
  button:focus-visible, summary:focus-visible {
    outline: 3px solid var(--ip-focus, #ffd84d);
    outline-offset: 2px;
  }
  .hint { opacity: 0.85; }
  details { margin-top: 0.5em; }
  summary { cursor: pointer; font-weight: 600; }
  .table-wrap { max-height: 20em; overflow: auto; }
  table { border-collapse: collapse; font-variant-numeric: tabular-nums; }
  th, td { border: 1px solid var(--ip-grid, #34404d); padding: 0.2em 0.6em; text-align: right; }
  th:first-child, td:first-child { text-align: left; }
  .sr-only {
    position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0;
    overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0;
  }
`;
