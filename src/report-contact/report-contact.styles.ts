import {css} from 'lit';
import {links} from '../styles/base.js';

export const styles = css`
  ${links}
  .card {
    padding: var(--_space);
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .card li {
    display: flex;
    flex-direction: column;
    gap: 0.125rem;
    padding-block: 0.5rem;
    padding-inline-start: 0.75rem;
    border-inline-start: 4px solid transparent;
  }
  .card li + li {
    border-top: 1px solid color-mix(in srgb, currentColor 25%, transparent);
  }
  .card [part~='urgent'] {
    border-inline-start: 8px solid var(--_urgent);
    font-size: 1.125em;
  }
  .card [part~='urgent'] .route .phone {
    font-size: 1.5em;
    font-weight: 700;
  }
  .phone {
    font-weight: 700;
    white-space: nowrap;
    display: inline-block;
    min-height: 24px;
    min-width: 24px;
  }
  .compact ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1.25rem;
  }
  .compact [part~='urgent'] [part='when'] {
    font-weight: 700;
  }
  @media (forced-colors: active) {
    .card,
    .card [part~='urgent'] {
      border-color: CanvasText;
    }
  }
`;
