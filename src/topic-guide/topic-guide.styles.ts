import {css} from 'lit';

export const styles = css`
  section,
  [part~='checklist'],
  [part~='contacts'] {
    margin-block-start: 1.25rem;
  }
  section + section {
    padding-block-start: 1rem;
    border-block-start: 1px solid color-mix(in srgb, currentColor 30%, transparent);
  }
  ul {
    margin: 0 0 0.75em;
    padding-inline-start: 1.25rem;
  }
  @media (forced-colors: active) {
    section + section {
      border-color: CanvasText;
    }
  }
`;
