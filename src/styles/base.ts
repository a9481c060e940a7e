import {css} from 'lit';

/**
 * Base rules shared by every element, and the defaults of the tokens. Text
 * inherits the host page's font and colour; colours have AA contrast on a
 * white page.
 *
 * Each public token `--safeguard-x` is read once, with its default, into a
 * private `--_x` on `:host` (Material Web's pattern): every default is here,
 * and rules use only `var(--_x)`. Every element's `:host` derives them again
 * from the public token, so a token set on an outer element (or the page)
 * reaches nested elements, and one set on a nested element through
 * `::part` applies there. Each element documents with `@cssprop` the tokens
 * its rendering responds to (test/tokens.test.ts checks both ways).
 */
export const base = css`
  :host {
    --_accent: var(--safeguard-accent, #1d70b8);
    --_button: var(--safeguard-button, #1d70b8);
    --_button-text: var(--safeguard-button-text, #ffffff);
    --_focus: var(--safeguard-focus, #0b0c0c);
    --_focus-halo: var(--safeguard-focus-halo, #ffdd00);
    --_radius: var(--safeguard-radius, 4px);
    --_space: var(--safeguard-space, 1rem);
    --_surface: var(--safeguard-surface, transparent);
    --_urgent: var(--safeguard-urgent, #b3261e);
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
  button {
    font: inherit;
    min-height: 44px;
    cursor: pointer;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
    box-shadow: 0 0 0 6px var(--_focus-halo);
  }
  /* Only on elements without a part, inside a shadow root: no page rule
     reaches them, so no !important is needed. */
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: 0;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
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
  }
`;

/**
 * Links, for the elements that render them (not in `base`, so that an
 * element without links neither carries nor documents the link colour).
 * Interpolated into those elements' styles: `css\`${links} …\``.
 */
export const links = css`
  a {
    color: var(--_accent);
    text-decoration-thickness: max(1px, 0.0625em);
    text-underline-offset: 0.15em;
    overflow-wrap: anywhere;
  }
  a:hover {
    text-decoration-thickness: max(3px, 0.1875em);
  }
  @media (forced-colors: active) {
    a {
      color: LinkText;
    }
  }
`;
