import { css } from 'lit';

/** Layout shared by the canvas views: a figure with the picture, a caption line and buttons. */
export const viewStyles = css`
  :host {
    display: block;
  }
  figure {
    margin: 0;
    display: flex;
    flex-direction: column;
    gap: 0.3em;
  }
  canvas {
    display: block;
    width: 100%;
    border-radius: 6px;
    border: 1px solid var(--ip-border, #3a4756);
  }
  figcaption {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.4em;
    justify-content: space-between;
  }
  [hidden] {
    display: none !important;
  }
  button {
    white-space: nowrap;
  }
  .label {
    font-weight: 700;
  }
  .empty {
    display: grid;
    place-items: center;
    border: 1px dashed var(--ip-border, #3a4756);
    border-radius: 6px;
    color: var(--ip-muted, #b4c0cc);
    padding: 1em;
    text-align: center;
  }
`;
