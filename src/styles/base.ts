import {css} from 'lit';

/**
 * Tokens and base rules shared by every element. Text inherits the host
 * page's font and colour; colours have AA contrast on a white page.
 *
 * Tokens: --safeguard-accent (links, borders), --safeguard-urgent (the
 * most urgent line), --safeguard-focus (focus ring), --safeguard-surface
 * (card background), --safeguard-button, --safeguard-button-text,
 * --safeguard-radius, --safeguard-space.
 */
export const base = css`
  :host {
    display: block;
    box-sizing: border-box;
    font: inherit;
    color: inherit;
    line-height: 1.5;
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  h1, h2, h3, h4, h5, h6 {
    margin: 0 0 0.5em;
    line-height: 1.25;
    font-weight: 700;
    font-size: 1em;
  }
  /* Sizes follow the level, so nested widgets sit under their parent's
     headings; h5 and h6 never shrink below the text. */
  h1 { font-size: 1.75em; }
  h2 { font-size: 1.5em; }
  h3 { font-size: 1.25em; }
  h4 { font-size: 1.125em; }
  p {
    margin: 0 0 0.75em;
  }
  a {
    color: var(--safeguard-accent, #1d70b8);
    text-decoration-thickness: max(1px, 0.0625em);
    text-underline-offset: 0.15em;
    overflow-wrap: anywhere;
  }
  a:hover {
    text-decoration-thickness: max(3px, 0.1875em);
  }
  button {
    font: inherit;
    min-height: 44px;
    cursor: pointer;
  }
  :focus-visible {
    outline: 3px solid var(--safeguard-focus, #0b0c0c);
    outline-offset: 2px;
    box-shadow: 0 0 0 6px var(--safeguard-focus-halo, #ffdd00);
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: -1px !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
      scroll-behavior: auto !important;
    }
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
      box-shadow: none;
    }
    a {
      color: LinkText;
    }
  }
`;
