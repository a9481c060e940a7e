import {css} from 'lit';

export const styles = css`
  details {
    border-block-end: 1px solid color-mix(in srgb, currentColor 30%, transparent);
  }
  [part='tips'] {
    margin-block-end: 1.5rem;
    border-block-start: 1px solid color-mix(in srgb, currentColor 30%, transparent);
  }
  summary {
    box-sizing: border-box;
    padding-block: 0.625rem;
    min-block-size: 44px;
    color: var(--_accent);
    font-weight: 700;
    cursor: pointer;
  }
  summary:hover {
    text-decoration: underline;
  }
  details p {
    margin-inline-start: 1.25rem;
  }
  @media (forced-colors: active) {
    details,
    [part='tips'] {
      border-color: CanvasText;
    }
    summary {
      color: CanvasText;
    }
  }
`;
