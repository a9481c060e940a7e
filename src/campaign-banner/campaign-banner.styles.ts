import {css} from 'lit';
import {heights} from '../generated/banner-heights.js';
import {links} from '../styles/base.js';

/*
 * Heights are in em of the host's own font size, so the `:not(:defined)`
 * placeholder CSS (same font size, same breakpoints) matches them. Both are
 * written from the locale table, src/locales.json: `heights` gives the base
 * --_wide, --_medium (below 40em of viewport), --_narrow (below 30em) and
 * --_slim in the language it is rendered in. Full text fits inside them
 * down to 22.5em (360px) wide, so the banner is exactly that tall when it
 * spans the page (measured in Chromium with Liberation Sans and Noto,
 * rounded up to half an em); slim is one or two lines of text. Override
 * with ::part(base) { min-height }.
 */
export const styles = css`
  ${links}
  ${heights}
  /* Outside its dates, or dismissed: no space at all. */
  :host(:not(:state(shown))) {
    display: none;
  }
  [part='base'] {
    position: relative;
    min-height: var(--_wide);
    padding: 1em 1.25em;
    border: 5px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  @media (max-width: 40em) {
    [part='base'] {
      min-height: var(--_medium);
    }
  }
  @media (max-width: 30em) {
    [part='base'] {
      min-height: var(--_narrow);
    }
  }
  [part='heading'] {
    padding-inline-end: 44px;
    font-size: 1.5em;
  }
  [part='message'],
  [part='partners'] {
    max-inline-size: 40em;
  }
  [part='figure'] strong {
    display: block;
    font-size: 2.5em;
    line-height: 1.2;
    color: var(--_accent);
  }
  [part='partners'] {
    font-size: 0.875em;
  }
  [part='link'] {
    font-size: 1.125em;
    font-weight: 700;
  }
  [part='close'] {
    position: absolute;
    inset-block-start: 0.25em;
    inset-inline-end: 0.25em;
    width: 44px;
    height: 44px;
    padding: 0;
    border: 2px solid transparent;
    border-radius: var(--_radius);
    background: none;
    color: inherit;
    font-size: 1.75em;
    line-height: 1;
  }
  [part='close']:hover {
    border-color: currentColor;
  }
  :host([variant='slim']) [part='base'] {
    display: flex;
    align-items: center;
    gap: 0.75em;
    min-height: var(--_slim);
    padding-block: 0;
    padding-inline: 0.75em 0.25em;
    border-width: 0 0 4px;
    border-radius: 0;
  }
  :host([variant='slim']) .text {
    flex: 1;
  }
  :host([variant='slim']) [part='heading'] {
    padding: 0;
    margin-inline-end: 0.5em;
    font-size: 1em;
  }
  :host([variant='slim']) [part='link'] {
    font-size: 1em;
    white-space: nowrap;
  }
  :host([variant='slim']) [part='close'] {
    position: static;
    flex: none;
  }
  @media (forced-colors: active) {
    [part='close'] {
      border-color: ButtonText;
    }
  }
`;
