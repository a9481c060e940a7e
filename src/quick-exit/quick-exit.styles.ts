import {css} from 'lit';

export const styles = css`
  /* Sticky keeps its line where it is placed (at the top of the page, so
     nothing there sits under the button): what the button and its dots take
     at the default text size; the :not(:defined) placeholder in
     docs/webmasters.md
     reserves the same. Fixed takes no space. */
  .sticky {
    min-height: 3.75rem;
  }
  .bar {
    padding: 0.5rem 0;
  }
  /* Sticky and fixed: the button is in the browser's top layer, above the
     page whatever its z-index, at the top of the screen, at the end (a
     popover is position: fixed and as wide and tall as its content). */
  .bar:popover-open {
    inset: 0 auto auto;
    inset-inline-end: 0;
    margin: 0;
    border: 0;
    overflow: visible;
    background: none;
    color: inherit;
  }
  button {
    display: flex;
    flex-direction: column;
    align-items: center;
    min-width: 44px;
    padding: 0.5rem 1rem;
    border: 2px solid transparent;
    border-radius: var(--_radius);
    background: var(--_urgent);
    color: #fff;
    font-weight: 700;
    box-shadow: 0 2px 0 #0b0c0c;
  }
  button:hover {
    background: color-mix(in srgb, var(--_urgent) 80%, #000);
  }
  button:focus-visible {
    background: var(--_focus-halo);
    color: #0b0c0c;
  }
  [part='indicator'] {
    display: flex;
    gap: 0.5rem;
    padding-block-start: 0.25rem;
    forced-color-adjust: none;
  }
  [part='indicator'] span {
    width: 0.75rem;
    height: 0.75rem;
    border: 2px solid;
    border-radius: 50%;
  }
  [part='indicator'] .on {
    background: currentColor;
  }
  /* The cover: blank, over the whole screen (a modal dialog is in the top
     layer; min- sizes win over its default max- sizes); its one line is
     for screen readers. */
  dialog {
    min-width: 100%;
    min-height: 100%;
    margin: 0;
    border: 0;
    background: #fff;
  }
  dialog::backdrop {
    background: #fff;
  }
  @media print {
    :host {
      display: none;
    }
  }
  @media (forced-colors: active) {
    [part='indicator'] span {
      border-color: ButtonText;
    }
    [part='indicator'] .on {
      background: ButtonText;
    }
  }
`;
